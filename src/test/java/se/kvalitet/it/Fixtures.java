package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.UUID;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * Test-only: the one way integration tests make their data. All tests share one server and one database (rebuilt
 * from the migrations at the start of each run), so they keep apart by data: every cycle gets the next year no
 * other cycle has (a cycle's year is unique), and units, people and e-mail addresses get a unique suffix. Tests
 * never choose years, so they run in any order and again on the same database. Runs with the caller's role;
 * each boundary call commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Fixtures {

    /** A cycle opened for a test. */
    public record Opened(Long cycleId, int year) {
    }

    @Inject
    Cycles cycles;

    @PersistenceContext
    EntityManager em;

    /**
     * Opens a cycle named {@code name} and its year, in the earliest year no cycle has yet (so a test's later
     * cycle always comes after its earlier ones, as carry-over from last year expects).
     */
    public Opened cycle(String name) {
        var taken = new HashSet<>(em.createQuery("select c.year from AwardCycle c", Integer.class).getResultList());
        for (int year = AwardCycle.FIRST_YEAR; year <= AwardCycle.LAST_YEAR; year++) {
            if (taken.contains(year)) {
                continue;
            }
            try {
                return new Opened(cycles.open(year, name + " " + year).getId(), year);
            } catch (RuleViolation takenMeanwhile) {
                // another test took that year between the query and the insert: try the next one
            }
        }
        throw new IllegalStateException("every year " + AwardCycle.FIRST_YEAR + "–" + AwardCycle.LAST_YEAR
                + " has a cycle: this run opened more cycles than a cycle's year allows");
    }

    /** A year no cycle has yet, for a test that opens its cycle through the pages. */
    public int freeYear() {
        var taken = new HashSet<>(em.createQuery("select c.year from AwardCycle c", Integer.class).getResultList());
        for (int year = AwardCycle.FIRST_YEAR; year <= AwardCycle.LAST_YEAR; year++) {
            if (!taken.contains(year)) {
                return year;
            }
        }
        throw new IllegalStateException("every year has a cycle");
    }

    /** {@code name} with a suffix no other test data has. */
    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}

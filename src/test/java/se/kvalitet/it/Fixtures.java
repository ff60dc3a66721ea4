package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.stream.IntStream;
import java.util.UUID;
import se.kvalitet.cycles.boundary.CycleSettings;
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

    private static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @Inject
    Cycles cycles;

    @PersistenceContext
    EntityManager em;

    /**
     * Opens a cycle named {@code name} and its year, in the earliest year after the demo's no cycle has yet (so a
     * test's later cycle always comes after its earlier ones, as carry-over from last year expects, and the demo's
     * cycles stay the oldest under way).
     */
    public Opened cycle(String name) {
        while (true) {
            int year = freeYear();
            try {
                return new Opened(cycles.open(year, name + " " + year).getId(), year);
            } catch (RuleViolation takenMeanwhile) {
                // another test took that year between the query and the insert: take the next one
            }
        }
    }

    /**
     * A year no cycle has yet: after this year first, then the earlier years (the last years of the valid range).
     */
    public int freeYear() {
        var taken = new HashSet<>(em.createQuery("select c.year from AwardCycle c", Integer.class).getResultList());
        int next = Year.now(CITY).getValue() + 1;
        var candidates = IntStream.concat(IntStream.rangeClosed(next, AwardCycle.LAST_YEAR),
                IntStream.range(AwardCycle.FIRST_YEAR, next - 2));
        return candidates.filter(y -> !taken.contains(y)).findFirst().orElseThrow(() -> new IllegalStateException(
                "every year " + AwardCycle.FIRST_YEAR + "–" + AwardCycle.LAST_YEAR + " has a cycle: this run opened "
                        + "more cycles than a cycle's year allows"));
    }

    /**
     * Moves every date of the cycle into the past, with the feedback date on {@code feedbackOn}. Passed dates are
     * locked, so this is the administrator's audited correction with a reason; dates already where the test wants
     * them stay as they are.
     */
    public void yearPassed(Long cycleId, LocalDate feedbackOn) {
        var cycle = cycles.find(cycleId).orElseThrow();
        var settings = CycleSettings.of(cycle);
        LocalDate today = LocalDate.now(CITY);
        settings.setApplicationOpensOn(today.minusDays(100));
        settings.setApplicationClosesAt(today.minusDays(90).atTime(LocalTime.of(16, 0)));
        settings.setReviewStartsOn(today.minusDays(80));
        settings.setConsensusStartsOn(today.minusDays(60));
        settings.setSiteVisitsStartOn(today.minusDays(40));
        settings.setJuryStartsOn(today.minusDays(30));
        settings.setAnnouncementOn(today.minusDays(10));
        settings.setFeedbackOn(feedbackOn);
        try {
            cycles.correctDates(cycleId, settings, "Testet lägger årets datum i det förflutna.", cycle.getVersion());
        } catch (RuleViolation unchanged) {
            if (!"cycle.dates.correction.nothing".equals(unchanged.getMessageKey())) {
                throw unchanged;
            }
        }
    }

    /** {@code name} with a suffix no other test data has. */
    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}

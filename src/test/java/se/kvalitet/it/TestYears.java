package se.kvalitet.it;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * Cycle years for the integration tests. A cycle's year is unique, and the tests share one database, so each
 * test class opens its cycles in its own range of years; a year an earlier run on the same database already
 * took is skipped rather than failing the test.
 */
public final class TestYears {

    /** A cycle opened for a test. */
    public record Opened(Long cycleId, int year) {
    }

    private final int[] years;
    private final AtomicInteger next = new AtomicInteger();

    /** The years {@code first}..{@code last}, then those of {@code more} (pairs of first and last). */
    public TestYears(int first, int last, int... more) {
        IntStream all = IntStream.rangeClosed(first, last);
        for (int i = 0; i + 1 < more.length; i += 2) {
            all = IntStream.concat(all, IntStream.rangeClosed(more[i], more[i + 1]));
        }
        this.years = all.toArray();
    }

    /** Opens a cycle named {@code name} and its year in the next free year of the range. */
    public Opened open(Cycles cycles, String name) {
        while (true) {
            int index = next.getAndIncrement();
            if (index >= years.length) {
                throw new IllegalStateException("no free test year left for '" + name + "': recreate the test database");
            }
            int year = years[index];
            try {
                return new Opened(cycles.open(year, name + " " + year).getId(), year);
            } catch (RuleViolation taken) {
                // an earlier run on this database has a cycle in that year
            }
        }
    }
}

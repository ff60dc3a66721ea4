package se.kvalitet.applications.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The quarantine after a win, from the system's own record: a unit that won an award in year W (an announced jury
 * decision) may not win the same award again in W+1 … W+Q, Q being the cycle's quarantine years. The competition
 * class does not matter (classes are set per cycle and a unit may change class); the award does: a quality-award
 * win does not keep a unit from the renewal prize, nor the reverse. The latest win counts. The applicant's own
 * answer ({@link Eligibility}) is still asked for wins before the system's record begins; when the record shows a
 * win, its warning is the one given.
 */
public final class Quarantine {

    /** An announced win: the cycle's year, the award (QUALITY_AWARD, RENEWAL_PRIZE) and the class it was won in. */
    public record Win(int year, String award, String competitionClass) {
    }

    private Quarantine() {
    }

    /**
     * The warning for a unit applying in {@code cycleYear} for {@code award}, from its recorded {@code wins}; empty
     * when none falls within the quarantine. Arguments: the year won, the class, the quarantine years, the first year
     * the unit may win again.
     */
    public static Optional<Eligibility.Reason> fromRecord(int cycleYear, int quarantineYears, String award,
                                                          List<Win> wins) {
        return wins.stream()
                .filter(w -> w.award().equals(award))
                .filter(w -> w.year() < cycleYear && cycleYear - w.year() <= quarantineYears)
                .max(Comparator.comparingInt(Win::year))
                .map(w -> new Eligibility.Reason("applications.eligibility.warning.quarantineRecord",
                        List.of(w.year(), w.competitionClass() == null ? "–" : w.competitionClass(), quarantineYears,
                                w.year() + quarantineYears + 1)));
    }
}

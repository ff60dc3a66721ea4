package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quarantine after a win from the record, as a table: the applying year, the wins on record, the award. */
class QuarantineTest {

    /**
     * wins: "year:award:class" separated by spaces (Q = quality award, R = renewal prize); expected: the year the
     * warning names, or 0 for no warning.
     */
    @ParameterizedTest(name = "{0} with quarantine {1}, {2}, wins [{3}]: warned for {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2027 | 2 | Q | -                      | 0",    // nothing on record
            "2027 | 2 | Q | 2026:Q:Förskola        | 2026", // won last year
            "2027 | 2 | Q | 2025:Q:Förskola        | 2025", // two years ago: the last year of quarantine
            "2027 | 2 | Q | 2024:Q:Förskola        | 0",    // three years ago: free again
            "2027 | 0 | Q | 2026:Q:Förskola        | 0",    // no quarantine in this cycle
            "2027 | 3 | Q | 2024:Q:Skola           | 2024", // a longer quarantine reaches further back
            "2027 | 2 | Q | 2026:Q:Skola           | 2026", // another class: still the same unit
            "2027 | 2 | Q | 2026:R:-               | 0",    // the renewal prize does not bar the quality award
            "2027 | 2 | R | 2026:R:-               | 2026", // but it bars the renewal prize
            "2027 | 2 | Q | 2025:Q:Skola 2026:Q:Skola | 2026", // the latest win counts
            "2027 | 2 | Q | 2027:Q:Förskola        | 0",    // the cycle's own year is no earlier win
            "2027 | 2 | Q | 2028:Q:Förskola        | 0",    // nor a later one
    })
    void aWinWithinTheQuarantineOfTheSameAwardWarns(int year, int quarantine, String award, String wins, int warnedFor) {
        var reason = Quarantine.fromRecord(year, quarantine, awardOf(award), parse(wins));
        assertEquals(warnedFor == 0 ? Optional.empty() : Optional.of(warnedFor),
                reason.map(r -> (Integer) r.arguments().get(0)));
    }

    @Test
    void theReasonNamesTheYearTheClassTheQuarantineAndTheFirstYearTheUnitMayWinAgain() {
        var reason = Quarantine.fromRecord(2027, 2, "QUALITY_AWARD",
                List.of(new Quarantine.Win(2026, "QUALITY_AWARD", "Förskola"))).orElseThrow();
        assertEquals("applications.eligibility.warning.quarantineRecord", reason.messageKey());
        assertEquals(List.of(2026, "Förskola", 2, 2029), reason.arguments());
    }

    @Test
    void theRecordReplacesTheApplicantsAnswerAndTheAnswerStillCountsWithoutIt() {
        var answers = new se.kvalitet.applications.entity.EligibilityAnswers(true, true, 10, null, true, 2025, true);
        var settings = new Eligibility.Settings(5, 51, 2, 2027);
        var fromAnswer = Eligibility.assess(answers, settings, false, Optional.empty());
        assertEquals(List.of("applications.eligibility.warning.quarantine"),
                fromAnswer.warnings().stream().map(Eligibility.Reason::messageKey).toList());
        var recorded = Quarantine.fromRecord(2027, 2, "QUALITY_AWARD", List.of(new Quarantine.Win(2026, "QUALITY_AWARD", "Skola")));
        var fromRecord = Eligibility.assess(answers, settings, false, recorded);
        assertEquals(List.of("applications.eligibility.warning.quarantineRecord"),
                fromRecord.warnings().stream().map(Eligibility.Reason::messageKey).toList());
    }

    private static String awardOf(String letter) {
        return "R".equals(letter) ? "RENEWAL_PRIZE" : "QUALITY_AWARD";
    }

    private static List<Quarantine.Win> parse(String wins) {
        if (wins == null) {
            return List.of();
        }
        return Arrays.stream(wins.trim().split("\\s+(?=\\d{4}:)")).map(w -> w.split(":", 3))
                .map(p -> new Quarantine.Win(Integer.parseInt(p[0]), awardOf(p[1]), "-".equals(p[2]) ? null : p[2]))
                .toList();
    }
}

package se.kvalitet.feedback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.feedback.control.ReportRule.Action;
import se.kvalitet.feedback.control.ReportRule.Part;

/** The feedback report's access rule and the unit's release rule as tables. */
class ReportRuleTest {

    @ParameterizedTest(name = "{0}, conflict {1}, released {2}, {3}: {4}")
    @CsvSource({
            "ADMIN,     false, false, READ,  true",
            "ADMIN,     false, false, WORK,  true",
            "ADMIN,     false, true,  READ,  true",
            // the leader drafts and previews before release, reads after
            "LEADER,    false, false, READ,  true",
            "LEADER,    false, false, WORK,  true",
            "LEADER,    false, true,  READ,  true",
            // a blocking conflict closes the report to the leader, released or not
            "LEADER,    true,  false, READ,  false",
            "LEADER,    true,  false, WORK,  false",
            "LEADER,    true,  true,  READ,  false",
            // the unit reads the released report only and never works on it
            "APPLICANT, false, false, READ,  false",
            "APPLICANT, false, true,  READ,  true",
            "APPLICANT, false, true,  WORK,  false",
            "APPLICANT, false, false, WORK,  false",
            // anybody else: nothing
            "NONE,      false, true,  READ,  false",
            "NONE,      false, false, WORK,  false"})
    void reportTable(Part part, boolean conflict, boolean released, Action action, boolean allowed) {
        assertEquals(allowed, ReportRule.allows(part, conflict, released, action));
    }

    @ParameterizedTest(name = "released {0}, feedback on {1}, today {2}: {3}")
    @CsvSource({
            "true,  2030-05-15, 2030-05-15, true",
            "true,  2030-05-15, 2030-06-01, true",
            // a report released before the date by mistake still waits for the date
            "true,  2030-05-15, 2030-05-14, false",
            // the date alone is not enough: the report must be released
            "false, 2030-05-15, 2030-06-01, false",
            "false, 2030-05-15, 2030-05-14, false",
            // no feedback date: nothing
            "true,  ,           2030-06-01, false"})
    void releaseTable(boolean released, LocalDate feedbackOn, LocalDate today, boolean sees) {
        assertEquals(sees, ReportRule.unitSeesResult(released, feedbackOn, today));
    }
}

package se.kvalitet.scoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.scoring.control.AssessmentAccess.Answer;
import se.kvalitet.scoring.control.Visibility.Viewer;

/** Reaching an application's assessments as a table: relation to the team × blocking conflict × confirmed. */
class AssessmentAccessTest {

    @ParameterizedTest(name = "{0}, conflict {1}, confirmed {2}: {3}")
    @CsvSource({
            // the team's examiners: confirmed and free of conflicts
            "MEMBER,   false, true,  ALLOWED",
            "LEADER,   false, true,  ALLOWED",
            // not yet confirmed: asked to confirm first
            "MEMBER,   false, false, CONFIRM_FIRST",
            "LEADER,   false, false, CONFIRM_FIRST",
            // a blocking conflict closes it, even after an earlier confirmation, and says nothing of its existence
            "MEMBER,   true,  true,  NOT_FOUND",
            "MEMBER,   true,  false, NOT_FOUND",
            "LEADER,   true,  true,  NOT_FOUND",
            "LEADER,   true,  false, NOT_FOUND",
            // off the team: not found whatever else holds
            "OUTSIDER, false, true,  NOT_FOUND",
            "OUTSIDER, false, false, NOT_FOUND",
            "OUTSIDER, true,  true,  NOT_FOUND",
            // administrators follow from outside the team
            "ADMIN,    false, false, ALLOWED",
            "ADMIN,    false, true,  ALLOWED"})
    void table(Viewer viewer, boolean conflict, boolean confirmed, Answer expected) {
        assertEquals(expected, AssessmentAccess.reach(viewer, conflict, confirmed));
    }
}

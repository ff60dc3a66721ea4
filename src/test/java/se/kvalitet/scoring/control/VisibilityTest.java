package se.kvalitet.scoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.kvalitet.scoring.control.Visibility.Own;
import se.kvalitet.scoring.control.Visibility.Viewer;
import se.kvalitet.scoring.control.Visibility.What;

/** Blindness as a table: role × where one's own assessment stands × what is asked for. */
class VisibilityTest {

    @ParameterizedTest(name = "{0} with own {1} sees {2}: {3}")
    @CsvSource({
            // a member who has not submitted sees nothing of the team's work
            "MEMBER,   NOT_STARTED, OWN,                 true",
            "MEMBER,   NOT_STARTED, TEAMMATES_SUBMITTED, false",
            "MEMBER,   NOT_STARTED, TEAMMATES_DRAFTS,    false",
            "MEMBER,   NOT_STARTED, TEAM_PROGRESS,       false",
            "MEMBER,   DRAFT,       OWN,                 true",
            "MEMBER,   DRAFT,       TEAMMATES_SUBMITTED, false",
            "MEMBER,   DRAFT,       TEAMMATES_DRAFTS,    false",
            "MEMBER,   DRAFT,       TEAM_PROGRESS,       false",
            // after submitting: the team's submitted assessments, never drafts
            "MEMBER,   SUBMITTED,   OWN,                 true",
            "MEMBER,   SUBMITTED,   TEAMMATES_SUBMITTED, true",
            "MEMBER,   SUBMITTED,   TEAMMATES_DRAFTS,    false",
            "MEMBER,   SUBMITTED,   TEAM_PROGRESS,       false",
            // consensus opened: the team discusses everything that was submitted
            "MEMBER,   LOCKED,      OWN,                 true",
            "MEMBER,   LOCKED,      TEAMMATES_SUBMITTED, true",
            "MEMBER,   LOCKED,      TEAMMATES_DRAFTS,    false",
            // the leader is as blind as anyone, but follows progress (counts, never content)
            "LEADER,   NOT_STARTED, OWN,                 true",
            "LEADER,   NOT_STARTED, TEAMMATES_SUBMITTED, false",
            "LEADER,   NOT_STARTED, TEAMMATES_DRAFTS,    false",
            "LEADER,   NOT_STARTED, TEAM_PROGRESS,       true",
            "LEADER,   DRAFT,       TEAMMATES_SUBMITTED, false",
            "LEADER,   DRAFT,       TEAM_PROGRESS,       true",
            "LEADER,   SUBMITTED,   TEAMMATES_SUBMITTED, true",
            "LEADER,   SUBMITTED,   TEAMMATES_DRAFTS,    false",
            "LEADER,   LOCKED,      TEAMMATES_SUBMITTED, true",
            // the administrator scores nothing, sees what was submitted and the progress, never drafts
            "ADMIN,    NOT_STARTED, OWN,                 false",
            "ADMIN,    NOT_STARTED, TEAMMATES_SUBMITTED, true",
            "ADMIN,    NOT_STARTED, TEAMMATES_DRAFTS,    false",
            "ADMIN,    NOT_STARTED, TEAM_PROGRESS,       true",
    })
    void theTable(Viewer viewer, Own own, What what, boolean sees) {
        assertEquals(sees, Visibility.sees(viewer, own, what));
    }

    @Test
    void somebodyOutsideTheTeamSeesNothingAtAll() {
        for (Own own : Own.values()) {
            for (What what : What.values()) {
                assertEquals(false, Visibility.sees(Viewer.OUTSIDER, own, what), own + " " + what);
            }
        }
    }

    @Test
    void nobodyEverSeesATeammatesDraft() {
        for (Viewer viewer : Viewer.values()) {
            for (Own own : Own.values()) {
                assertEquals(false, Visibility.sees(viewer, own, What.TEAMMATES_DRAFTS), viewer + " " + own);
            }
        }
    }

    @Test
    void teammatesWorkOpensExactlyWhenOnesOwnIsSubmittedOrLocked() {
        List<String> opened = new ArrayList<>();
        for (Viewer viewer : List.of(Viewer.MEMBER, Viewer.LEADER)) {
            for (Own own : Own.values()) {
                if (Visibility.sees(viewer, own, What.TEAMMATES_SUBMITTED)) {
                    opened.add(viewer + ":" + own);
                }
            }
        }
        assertEquals(List.of("MEMBER:SUBMITTED", "MEMBER:LOCKED", "LEADER:SUBMITTED", "LEADER:LOCKED"), opened);
    }
}

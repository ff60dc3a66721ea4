package se.kvalitet.consensus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.consensus.control.SheetAccess.Action;
import se.kvalitet.consensus.control.SheetAccess.Answer;
import se.kvalitet.consensus.control.SheetAccess.Relation;

/** The consensus sheet's and the site visit's access rule as a table: relation × administers × conflict × action. */
class SheetAccessTest {

    @ParameterizedTest(name = "{0}, admin {1}, conflict {2}, {3}: {4}")
    @CsvSource({
            // the leader does everything the team does and leads
            "LEADER, false, false, READ,          ALLOWED",
            "LEADER, false, false, WORK,          ALLOWED",
            "LEADER, false, false, LEAD,          ALLOWED",
            "LEADER, false, false, LEAD_OR_ADMIN, ALLOWED",
            // a member reads and works, does not lead
            "MEMBER, false, false, READ,          ALLOWED",
            "MEMBER, false, false, WORK,          ALLOWED",
            "MEMBER, false, false, LEAD,          LEADER_ONLY",
            "MEMBER, false, false, LEAD_OR_ADMIN, LEADER_ONLY",
            // a blocking conflict closes every route, for members and leaders alike, administrators or not
            "LEADER, false, true,  READ,          NOT_FOUND",
            "LEADER, false, true,  WORK,          NOT_FOUND",
            "LEADER, false, true,  LEAD,          NOT_FOUND",
            "LEADER, false, true,  LEAD_OR_ADMIN, NOT_FOUND",
            "MEMBER, false, true,  READ,          NOT_FOUND",
            "MEMBER, false, true,  WORK,          NOT_FOUND",
            "MEMBER, true,  true,  READ,          NOT_FOUND",
            "MEMBER, true,  true,  LEAD_OR_ADMIN, NOT_FOUND",
            // administrators off the team follow and take the leader's administrative steps, not the team's work
            "NONE,   true,  false, READ,          ALLOWED",
            "NONE,   true,  false, WORK,          MEMBERS_ONLY",
            "NONE,   true,  false, LEAD,          LEADER_ONLY",
            "NONE,   true,  false, LEAD_OR_ADMIN, ALLOWED",
            // anybody else: not found, whatever they ask
            "NONE,   false, false, READ,          NOT_FOUND",
            "NONE,   false, false, WORK,          NOT_FOUND",
            "NONE,   false, false, LEAD,          NOT_FOUND",
            "NONE,   false, false, LEAD_OR_ADMIN, NOT_FOUND",
            "NONE,   false, true,  READ,          NOT_FOUND"})
    void table(Relation relation, boolean administrator, boolean conflict, Action action, Answer expected) {
        assertEquals(expected, SheetAccess.decide(relation, administrator, conflict, action));
    }
}

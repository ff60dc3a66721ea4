package se.kvalitet.assignments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kvalitet.assignments.control.ProblemBuilder.ExaminerRow;

class DraftRulesTest {

    /** 1 and 2 lead and are experienced, 3 and 4 are new; 4 has a conflict with application 10; 3 has room for one. */
    static AssignmentProblem problem() {
        return ProblemBuilder.build(3, List.of(new ApplicationToStaff(10, "PRESCHOOL"), new ApplicationToStaff(11, "SCHOOL")),
                List.of(new ExaminerRow(1, 2, true, true, Set.of("PRESCHOOL"), true),
                        new ExaminerRow(2, 2, true, true, Set.of(), true),
                        new ExaminerRow(3, 1, false, false, Set.of(), true),
                        new ExaminerRow(4, 2, false, false, Set.of(), true),
                        new ExaminerRow(5, 2, false, true, Set.of(), true)),
                Map.of(), List.<long[]>of(new long[] {4, 10}), List.of());
    }

    @Test
    void aGoodTeamBreaksNothing() {
        assertEquals(List.of(), DraftRules.breaches(problem(), List.of(new TeamDraft(10, 1L, List.of(1L, 2L, 3L)))));
    }

    @Test
    void conflictCapacityAndLeaderAreBreachesAtOnce() {
        var p = problem();
        var conflict = DraftRules.breaches(p, List.of(new TeamDraft(10, 1L, List.of(1L, 2L, 4L))));
        assertEquals(List.of(new RuleBreach(10, 4L, RuleBreach.CONFLICT)), conflict);
        var capacity = DraftRules.breaches(p, List.of(new TeamDraft(10, 1L, List.of(1L, 2L, 3L)),
                new TeamDraft(11, 2L, List.of(2L, 3L, 5L))));
        assertEquals(List.of(new RuleBreach(11, 3L, RuleBreach.OVER_CAPACITY)), capacity);
        var leader = DraftRules.breaches(p, List.of(new TeamDraft(10, 5L, List.of(5L, 1L, 2L))));
        assertEquals(List.of(new RuleBreach(10, 5L, RuleBreach.LEADER_NOT_ELIGIBLE)), leader);
    }

    @Test
    void aFullTeamWithoutExperienceIsABreachButAnIncompleteOneIsAShortfall() {
        var p = problem();
        var full = DraftRules.breaches(p, List.of(new TeamDraft(11, 2L, List.of(2L, 3L, 4L))));
        assertEquals(List.of(), full);
        var unled = DraftRules.breaches(p, List.of(new TeamDraft(11, null, List.of(3L))));
        assertEquals(List.of(), unled, "a team being filled seat by seat is a shortfall, not a breach");
        var newOnly = new TeamDraft(11, 3L, List.of(3L, 4L, 5L));
        assertTrue(DraftRules.breaches(p, List.of(newOnly)).contains(new RuleBreach(11, 3L, RuleBreach.LEADER_NOT_ELIGIBLE)));
    }

    @Test
    void introducedAreTheNewBreachesOnly() {
        var old = new RuleBreach(10, 4L, RuleBreach.CONFLICT);
        var fresh = new RuleBreach(11, 3L, RuleBreach.OVER_CAPACITY);
        assertEquals(List.of(fresh), DraftRules.introduced(List.of(old), List.of(old, fresh)));
        assertEquals(List.of(), DraftRules.introduced(List.of(old, fresh), List.of(old)));
    }

    @Test
    void warningsNameSeveralNewRepeatedPairsAndNoCompetence() {
        var p = ProblemBuilder.build(3, List.of(new ApplicationToStaff(10, "PRESCHOOL")),
                List.of(new ExaminerRow(1, 2, true, true, Set.of("SCHOOL"), true),
                        new ExaminerRow(3, 1, false, false, Set.of(), true),
                        new ExaminerRow(4, 2, false, false, Set.of(), true)),
                Map.of(), List.of(), List.of(new ProblemBuilder.TeamMemberRow(1, 1), new ProblemBuilder.TeamMemberRow(1, 3)));
        var warnings = TeamAdvice.warnings(p, "PRESCHOOL", new TeamDraft(10, 1L, List.of(1L, 3L, 4L)));
        assertEquals(List.of(new TeamAdvice.Warning(TeamAdvice.SEVERAL_NEW, List.of(3L, 4L)),
                new TeamAdvice.Warning(TeamAdvice.REPEATED_PAIR, List.of(1L, 3L)),
                new TeamAdvice.Warning(TeamAdvice.NO_COMPETENCE, List.of())), warnings);
    }
}

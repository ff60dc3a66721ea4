package se.kvalitet.assignments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kvalitet.assignments.control.ProblemBuilder.ExaminerRow;
import se.kvalitet.assignments.control.ProblemBuilder.TeamMemberRow;

class ProblemBuilderTest {

    static final List<ApplicationToStaff> APPS = List.of(new ApplicationToStaff(10, "PRESCHOOL"),
            new ApplicationToStaff(11, "SCHOOL"));

    @Test
    void capacityIsWhatIsLeftAfterTheCommittedLoadAndNeverNegative() {
        var problem = ProblemBuilder.build(3, APPS, List.of(
                        new ExaminerRow(1, 3, true, true, Set.of("PRESCHOOL"), true),
                        new ExaminerRow(2, 2, false, false, Set.of(), true),
                        new ExaminerRow(3, 1, false, true, Set.of(), true)),
                Map.of(1L, 1, 3L, 4), List.of(), List.of());
        var byId = TeamAdvice.byId(problem);
        assertEquals(2, byId.get(1L).capacity());
        assertEquals(2, byId.get(2L).capacity());
        assertEquals(0, byId.get(3L).capacity());
        assertTrue(byId.get(1L).leaderEligible());
        assertTrue(byId.get(2L).isNew());
    }

    @Test
    void onlyReadyExaminersAreOffered() {
        var problem = ProblemBuilder.build(2, APPS, List.of(
                new ExaminerRow(1, 3, true, true, Set.of(), true),
                new ExaminerRow(2, 3, true, true, Set.of(), false)), Map.of(), List.of(), List.of());
        assertEquals(List.of(1L), problem.examiners().stream().map(AvailableExaminer::examinerId).toList());
    }

    @Test
    void conflictsAreExaminerApplicationPairs() {
        var problem = ProblemBuilder.build(2, APPS, List.of(), Map.of(),
                List.of(new long[] {1, 10}, new long[] {2, 11}), List.of());
        assertTrue(problem.conflicted(1, 10));
        assertTrue(problem.conflicted(2, 11));
        assertFalse(problem.conflicted(1, 11));
        assertFalse(problem.conflicted(10, 1));
    }

    @Test
    void everyTwoMembersOfLastCyclesTeamsAreAnEarlierPairInEitherOrder() {
        var problem = ProblemBuilder.build(2, APPS, List.of(), Map.of(), List.of(), List.of(
                new TeamMemberRow(100, 7), new TeamMemberRow(100, 3), new TeamMemberRow(100, 5),
                new TeamMemberRow(101, 9), new TeamMemberRow(101, 4)));
        assertTrue(problem.workedTogether(3, 7));
        assertTrue(problem.workedTogether(7, 3));
        assertTrue(problem.workedTogether(5, 7));
        assertTrue(problem.workedTogether(3, 5));
        assertTrue(problem.workedTogether(4, 9));
        assertFalse(problem.workedTogether(3, 9));
        assertEquals(4, problem.earlierPairs().size());
    }
}

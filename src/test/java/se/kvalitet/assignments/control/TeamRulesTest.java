package se.kvalitet.assignments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kvalitet.assignments.control.TeamSolverTest.app;
import static se.kvalitet.assignments.control.TeamSolverTest.leader;
import static se.kvalitet.assignments.control.TeamSolverTest.member;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamRulesTest {

    private static final List<AvailableExaminer> EXAMINERS = List.of(leader(1, 2, "skola"), leader(2, 1, "omsorg"),
            member(3, 1, true, "skola"), member(4, 2, false, "skola"), member(5, 2, false, "omsorg"),
            new AvailableExaminer(6, 2, true, false, Set.of("skola")));

    private static AssignmentProblem problem(int teamSize) {
        return new AssignmentProblem(teamSize, List.of(app(100, "skola"), app(200, "omsorg")), EXAMINERS,
                new Pairs().add(3, 200), new Pairs().add(1, 4));
    }

    private static List<RuleBreach> check(int teamSize, ProposedTeam... teams) {
        return TeamRules.check(problem(teamSize), List.of(teams));
    }

    @Test
    void aValidProposalHasNoBreach() {
        assertEquals(List.of(), check(3, new ProposedTeam(100, 1, List.of(1L, 3L, 4L)),
                new ProposedTeam(200, 2, List.of(2L, 4L, 5L))));
    }

    @Test
    void conflictedExaminer() {
        assertEquals(List.of(new RuleBreach(200, 3L, RuleBreach.CONFLICT)),
                check(2, new ProposedTeam(200, 2, List.of(2L, 3L))));
    }

    @Test
    void overCapacityIsReportedOnTheTeamBeyondIt() {
        assertEquals(List.of(new RuleBreach(200, 2L, RuleBreach.OVER_CAPACITY)),
                check(2, new ProposedTeam(100, 2, List.of(2L, 4L)), new ProposedTeam(200, 2, List.of(2L, 5L))));
    }

    @Test
    void leaderMustBeEligible() {
        assertEquals(List.of(new RuleBreach(100, 3L, RuleBreach.LEADER_NOT_ELIGIBLE)),
                check(2, new ProposedTeam(100, 3, List.of(3L, 1L))));
    }

    @Test
    void leaderMustBeAMember() {
        assertEquals(List.of(new RuleBreach(100, 2L, RuleBreach.LEADER_NOT_ELIGIBLE)),
                check(2, new ProposedTeam(100, 2, List.of(1L, 3L))));
    }

    @Test
    void aTeamNeedsAnExperiencedMember() {
        assertEquals(List.of(new RuleBreach(100, null, RuleBreach.NO_EXPERIENCED_MEMBER)),
                check(2, new ProposedTeam(100, 6, List.of(6L, 4L))));
    }

    @Test
    void tooFewOrTooManyMembers() {
        assertEquals(List.of(new RuleBreach(100, null, RuleBreach.TEAM_SIZE)),
                check(3, new ProposedTeam(100, 1, List.of(1L, 4L))));
        assertEquals(List.of(new RuleBreach(100, null, RuleBreach.TEAM_SIZE)),
                check(2, new ProposedTeam(100, 1, List.of(1L, 4L, 5L))));
    }

    @Test
    void theSameExaminerTwice() {
        assertEquals(List.of(new RuleBreach(100, 4L, RuleBreach.TWICE_IN_TEAM),
                        new RuleBreach(100, null, RuleBreach.TEAM_SIZE)),
                check(3, new ProposedTeam(100, 1, List.of(1L, 4L, 4L))));
    }

    @Test
    void unknownExaminers() {
        assertEquals(List.of(new RuleBreach(100, 99L, RuleBreach.UNKNOWN_EXAMINER)),
                check(3, new ProposedTeam(100, 1, List.of(1L, 4L, 99L))));
        assertEquals(List.of(new RuleBreach(100, 98L, RuleBreach.UNKNOWN_EXAMINER)),
                check(2, new ProposedTeam(100, 98, List.of(1L, 4L))));
    }

    @Test
    void qualityFigures() {
        AssignmentProblem p = problem(3);
        // 100: 1 (skola), 4 (skola, new, worked with 1 before), 5 (omsorg, new); 200 left without a team
        AssignmentSolution.Quality q = TeamRules.quality(p, List.of(new ProposedTeam(100, 1, List.of(1L, 4L, 5L))));
        assertEquals(1, q.violations(), "the unstaffed application");
        assertEquals(1, q.maxLoadSpread(), "loads 1,0,0,1,1,0 over examiners with capacity");
        assertEquals(2.0 / 3, q.competenceMatchRate(), 1e-9);
        assertEquals(1, q.teamsWithSeveralNew());
        assertEquals(1, q.repeatedPairs());
    }

    @Test
    void qualityCountsBreaches() {
        AssignmentSolution.Quality q = TeamRules.quality(problem(2),
                List.of(new ProposedTeam(100, 6, List.of(6L, 4L)), new ProposedTeam(200, 2, List.of(2L, 3L))));
        assertEquals(2, q.violations(), "no experienced member in 100, conflict in 200");
    }
}

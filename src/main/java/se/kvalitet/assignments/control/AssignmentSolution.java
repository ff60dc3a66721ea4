package se.kvalitet.assignments.control;

import java.util.List;

/**
 * What the solver proposes: a team for every application it could staff, an explanation for every one it
 * could not, and the quality figures an administrator (and the benchmark) looks at.
 */
public record AssignmentSolution(List<ProposedTeam> teams, List<Shortfall> shortfalls, Quality quality) {

    public AssignmentSolution {
        teams = List.copyOf(teams);
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean complete() {
        return shortfalls.isEmpty();
    }

    /**
     * @param violations          hard-rule breaches in the proposal (0 unless the input is infeasible)
     * @param maxLoadSpread       highest minus lowest number of applications per examiner who could take one
     * @param competenceMatchRate share of seats (0–1) filled by an examiner competent in the service area
     * @param teamsWithSeveralNew teams with more than one new examiner
     * @param repeatedPairs       pairs of members who were on the same team last cycle
     */
    public record Quality(int violations, int maxLoadSpread, double competenceMatchRate, int teamsWithSeveralNew,
                          int repeatedPairs) {
    }
}

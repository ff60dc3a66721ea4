package se.kvalitet.assignments.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the rows the boundary reads (applications, examiner records, committed load, conflicts, last cycle's
 * teams) into the solver's {@link AssignmentProblem}. Plain values in, plain values out, so what the solver
 * is asked can be tested without a database.
 */
public final class ProblemBuilder {

    private ProblemBuilder() {
    }

    /** An examiner record as read: only ready examiners are offered to the solver. */
    public record ExaminerRow(long personId, int capacity, boolean leaderEligible, boolean experienced,
                              Set<String> competences, boolean ready) {
    }

    /** One member of a committed team of last cycle. */
    public record TeamMemberRow(long teamId, long personId) {
    }

    /**
     * @param committedLoad applications each examiner already has on committed teams this cycle; subtracted
     *                      from the capacity (never below zero), so a second category's proposal cannot overload
     *                      someone the first one already filled
     * @param conflicts     (examiner, application) pairs that block
     * @param lastCycle     members of last cycle's teams: every two members of one team make an earlier pair
     */
    public static AssignmentProblem build(int teamSize, List<ApplicationToStaff> applications,
                                          Collection<ExaminerRow> examiners, Map<Long, Integer> committedLoad,
                                          Collection<long[]> conflicts, Collection<TeamMemberRow> lastCycle) {
        var available = examiners.stream().filter(ExaminerRow::ready)
                .map(e -> new AvailableExaminer(e.personId(),
                        Math.max(0, e.capacity() - committedLoad.getOrDefault(e.personId(), 0)),
                        e.leaderEligible(), e.experienced(), e.competences()))
                .toList();
        var conflictPairs = new Pairs();
        conflicts.forEach(c -> conflictPairs.add(c[0], c[1]));
        return new AssignmentProblem(teamSize, applications, available, conflictPairs, earlierPairs(lastCycle));
    }

    /** Every two members of one team, the smaller id first (the order {@code workedTogether} looks them up in). */
    public static Pairs earlierPairs(Collection<TeamMemberRow> lastCycle) {
        var byTeam = new HashMap<Long, List<Long>>();
        lastCycle.forEach(r -> byTeam.computeIfAbsent(r.teamId(), k -> new java.util.ArrayList<>()).add(r.personId()));
        var pairs = new Pairs();
        byTeam.values().forEach(members -> {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    long a = members.get(i);
                    long b = members.get(j);
                    if (a != b) {
                        pairs.add(Math.min(a, b), Math.max(a, b));
                    }
                }
            }
        });
        return pairs;
    }
}

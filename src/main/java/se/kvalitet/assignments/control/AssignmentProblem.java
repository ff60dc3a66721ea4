package se.kvalitet.assignments.control;

import java.util.List;
import java.util.Objects;

/**
 * Everything the team solver needs to know about one cycle category, and nothing else: plain values, so the
 * solver runs (and is tested and benchmarked) without a container or a database.
 *
 * @param teamSize     members per team, the leader included (2–6)
 * @param applications the submitted applications that need a team
 * @param examiners    the examiners available this cycle, with their capacity
 * @param conflicts    (examiner, application) pairs that must never be assigned: automatic and declared
 *                     conflicts, minus those an administrator waived or dismissed
 * @param earlierPairs (examiner, examiner) pairs who were on the same team last cycle; to be avoided, not forbidden
 */
public record AssignmentProblem(int teamSize, List<ApplicationToStaff> applications, List<AvailableExaminer> examiners,
                                Pairs conflicts, Pairs earlierPairs) {

    public static final int MIN_TEAM_SIZE = 2;
    public static final int MAX_TEAM_SIZE = 6;
    public static final int DEFAULT_TEAM_SIZE = 3;

    public AssignmentProblem {
        if (teamSize < MIN_TEAM_SIZE || teamSize > MAX_TEAM_SIZE) {
            throw new IllegalArgumentException("team size " + teamSize + " outside " + MIN_TEAM_SIZE + "–" + MAX_TEAM_SIZE);
        }
        applications = List.copyOf(applications);
        examiners = List.copyOf(examiners);
        conflicts = Objects.requireNonNullElseGet(conflicts, Pairs::new);
        earlierPairs = Objects.requireNonNullElseGet(earlierPairs, Pairs::new);
    }

    public boolean conflicted(long examinerId, long applicationId) {
        return conflicts.contains(examinerId, applicationId);
    }

    /** Whether two examiners were on the same team last cycle (order does not matter). */
    public boolean workedTogether(long examinerA, long examinerB) {
        return earlierPairs.contains(Math.min(examinerA, examinerB), Math.max(examinerA, examinerB));
    }
}

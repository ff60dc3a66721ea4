package se.kvalitet.assignments.control;

/**
 * Why an application could not get a full team: the explanation an administrator needs to fix the input.
 *
 * @param applicationId         the application
 * @param missingMembers        how many seats stayed empty (the team size when nobody could be placed)
 * @param missingLeader         no eligible leader could be placed
 * @param conflictedExaminers   examiners ruled out by a conflict with this application
 * @param examinersWithoutRoom  examiners without conflict but with no capacity left
 * @param eligibleLeaders       leader-eligible examiners without a conflict with this application
 */
public record Shortfall(long applicationId, int missingMembers, boolean missingLeader, int conflictedExaminers,
                        int examinersWithoutRoom, int eligibleLeaders) {
}

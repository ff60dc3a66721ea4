package se.kvalitet.assignments.control;

/**
 * A hard rule a team breaks. {@code rule} is also the resource-bundle key of the explanation.
 *
 * @param applicationId the team's application
 * @param examinerId    the examiner concerned, or null when the breach is the team's (size, leader, experience)
 * @param rule          one of the constants below
 */
public record RuleBreach(long applicationId, Long examinerId, String rule) {

    public static final String CONFLICT = "assignment.rule.conflict";
    public static final String OVER_CAPACITY = "assignment.rule.capacity";
    public static final String LEADER_NOT_ELIGIBLE = "assignment.rule.leaderEligible";
    public static final String NO_EXPERIENCED_MEMBER = "assignment.rule.experienced";
    public static final String TEAM_SIZE = "assignment.rule.teamSize";
    public static final String TWICE_IN_TEAM = "assignment.rule.twice";
    public static final String UNKNOWN_EXAMINER = "assignment.rule.unknownExaminer";
}

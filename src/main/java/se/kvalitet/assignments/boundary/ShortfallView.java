package se.kvalitet.assignments.boundary;

import java.io.Serializable;

/**
 * Why an application has no full team yet: seats and leader missing, and how many examiners had a conflict,
 * how many had no room left, how many could lead.
 */
public record ShortfallView(Long applicationId, String registrationNumber, int missingMembers, boolean missingLeader,
                            int conflictedExaminers, int examinersWithoutRoom, int eligibleLeaders) implements Serializable {
}

package se.kvalitet.assignments.boundary;

import java.io.Serializable;

/**
 * A team the examiner sat on in a finished (closed) cycle: their own record of earlier work, kept so they can
 * reread their assessments, the consensus and what the unit was told.
 */
public record EarlierTeam(int year, Long applicationId, String registrationNumber, String unitName,
                          String className, String award, boolean leader) implements Serializable {
}

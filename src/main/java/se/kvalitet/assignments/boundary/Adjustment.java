package se.kvalitet.assignments.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A manual change of a proposal: REPLACE personId by replacementId, ADD personId, REMOVE personId, LEADER
 * (personId leads), on the team of applicationId, made against expectedVersion.
 */
@Schema(name = "ProposalAdjustment")
public record Adjustment(String action, Long applicationId, Long personId, Long replacementId, Long expectedVersion) {
}

package se.kvalitet.consensus.boundary;

import java.io.Serializable;

/**
 * The team's result on one criterion for the feedback report: the value that counts (after a site visit the
 * adjusted one), its band and points, the agreed strengths and improvements; {@code valueBeforeVisit} and
 * {@code adjustmentReason} only when a visit changed the score.
 */
public record CriterionResult(String code, String title, int value, String band, double points, String strengths,
                              String improvements, Integer valueBeforeVisit, String adjustmentReason)
        implements Serializable {
}

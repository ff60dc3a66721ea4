package se.kvalitet.renewal.boundary;

import java.math.BigDecimal;

/**
 * One renewal-prize entry's place in the jurors' aggregated scores, as the caller may see it.
 *
 * @param visible   false while the caller may not see the other jurors' scores (a juror who has not submitted
 *                  their own score on this entry); then the figures are null
 * @param submitted how many jurors have submitted a score on this entry
 * @param scoring   how many jurors are expected to score it (jurors not recused)
 * @param mean      the mean of the submitted jurors' totals, null when none or not visible
 * @param rank      1 for the best within its class, null when not visible or not scored
 */
public record RenewalStanding(long applicationId, boolean visible, int submitted, int scoring, BigDecimal mean,
                              Integer rank) {
}

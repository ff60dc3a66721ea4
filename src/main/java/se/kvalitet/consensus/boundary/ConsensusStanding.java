package se.kvalitet.consensus.boundary;

import java.io.Serializable;

/**
 * One application's consensus as the jury reads it: the result (open or closed, as it is) and the team's
 * recommendation (a site visit or not, the award level proposed), with the site visit's state.
 *
 * @param siteVisit NONE, PLANNED or HELD
 */
public record ConsensusStanding(ConsensusResult result, Long modelId, Boolean siteVisitRecommended,
                                String proposedLevel, String siteVisit) implements Serializable {
}

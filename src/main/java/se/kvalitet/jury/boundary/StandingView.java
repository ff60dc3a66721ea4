package se.kvalitet.jury.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One application in the jury's work, as the caller may see it. {@code code} is the application's random code in
 * its cycle ("A-K7QF2M"), shown instead of the names in blind mode; {@code applicationId}, {@code unitName} and
 * {@code administrationName} are null then, so nothing ties the code to a unit: routes take the code. For an
 * application the caller is recused from everything but the code, the class, the decision once announced and
 * {@code recused} is null or empty.
 *
 * @param rank            place in the class by consensus total (renewal prize: by the jurors' mean); null when
 *                        not closed, not scored or not visible
 * @param consensusStatus NOT_OPENED, OPEN or CLOSED (renewal prize: null)
 * @param siteVisit       NONE, PLANNED or HELD
 * @param decision        WINNER, HONOURABLE_MENTION, NOT_AWARDED or null while undecided
 * @param myVote          the caller's own vote, if any
 */
public record StandingView(Long applicationId, String code, String unitName, String administrationName,
                           String award, Long classId, String className, boolean recused, boolean namesHidden,
                           Integer rank, String consensusStatus, Double total, Integer processPercent,
                           String processBand, Integer resultPercent, String resultBand, List<ProfileLine> profile,
                           Boolean siteVisitRecommended, String proposedLevel, String siteVisit,
                           List<WarningView> warnings, BigDecimal renewalMean, Integer renewalSubmitted,
                           String decision, String motivation, Long decisionVersion, boolean announced,
                           String myVote, List<VoteView> votes, boolean mayVote) implements Serializable {

    /** How a route names this application: its id where the caller sees ids, else its code. */
    public String reference() {
        return applicationId != null ? applicationId.toString() : code;
    }

    /** The unit's name, or the neutral code in blind mode. */
    public String label() {
        return unitName != null ? unitName : code;
    }

    public boolean decided() {
        return decision != null;
    }
}

package se.kvalitet.examiners.boundary;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A calibration exercise as the caller may see it. The reference scores ({@code Criterion.referenceValue}) and the
 * caller's deviations are there only once the caller has submitted their own scores (administrators always see the
 * reference); the group's spread only once the exercise is closed and the caller has submitted. Nobody but an
 * administrator sees another examiner's scores. {@code myVersion} goes back with the next change of the caller's
 * scores (-1 before their first save).
 */
public record CalibrationView(Long id, Long cycleId, String title, String caseText, Long sourceApplicationId, int scaleMax,
                              boolean closed, List<Criterion> criteria, List<Integer> myScores, boolean mySubmitted,
                              long myVersion, List<Integer> myDeviations, Double myMeanAbsolute,
                              List<Spread> groupSpread, int submittedCount, boolean canScore, long version)
        implements Serializable {

    /** One criterion; {@code referenceValue} null while the caller may not see it yet. */
    @Schema(name = "CalibrationCriterion")
    public record Criterion(int position, String code, String title, Integer referenceValue) implements Serializable {
    }

    /** The group's deviations on one criterion (see {@link se.kvalitet.examiners.control.Deviations}). */
    @Schema(name = "CalibrationSpread")
    public record Spread(int count, int lowest, int highest, double mean, double meanAbsolute) implements Serializable {

        static List<Spread> of(List<se.kvalitet.examiners.control.Deviations.Spread> spreads) {
            return spreads.stream().map(s -> new Spread(s.count(), s.lowest(), s.highest(), s.mean(), s.meanAbsolute())).toList();
        }
    }

    public boolean referenceShown() {
        return criteria.stream().allMatch(c -> c.referenceValue() != null);
    }
}

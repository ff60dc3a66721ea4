package se.kvalitet.scoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An examiner's assessment of an application: a score per criterion of the model in the model's order (unscored
 * ones with null values), the points in total, the status (NOT_STARTED before the first save, then DRAFT,
 * SUBMITTED, LOCKED). {@code version} goes back with the next change; a not-started assessment has version 0.
 */
public record AssessmentView(Long id, long version, Long applicationId, Long examinerId, String examinerName,
                             String status, List<ScoreView> scores, double totalPoints, Instant submittedAt)
        implements Serializable {

    public AssessmentView {
        scores = List.copyOf(scores);
    }

    public boolean editable() {
        return "NOT_STARTED".equals(status) || "DRAFT".equals(status);
    }
}

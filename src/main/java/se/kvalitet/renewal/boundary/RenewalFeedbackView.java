package se.kvalitet.renewal.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The renewal prize's feedback to one entrant as its page and REST show it. {@code status} NONE before the first
 * draft, DRAFTED, RELEASED; {@code version} goes back with the next change (null before the draft). The unit's
 * people see it only once released; {@code mayEdit}/{@code mayRelease} say what the caller may do now.
 */
@Schema(name = "RenewalFeedback")
public record RenewalFeedbackView(Long applicationId, Long cycleId, String cycleName, String registrationNumber,
                                  String unitName, String title, String status, Long version, LocalDate feedbackOn,
                                  Instant releasedAt, String summary, BigDecimal meanTotal, int jurors,
                                  List<Criterion> criteria, boolean mayEdit, boolean mayRelease) implements Serializable {

    /** One criterion: the jurors' mean points of its maximum, and the feedback text. */
    @Schema(name = "RenewalFeedbackCriterion")
    public record Criterion(String code, String title, int maxPoints, BigDecimal mean, String text)
            implements Serializable {
    }
}

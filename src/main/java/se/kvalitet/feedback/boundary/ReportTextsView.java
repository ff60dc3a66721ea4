package se.kvalitet.feedback.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The report's editable texts as the leader or an administrator works on them: per field the text the report
 * carries now, whether it was edited, and the starting point from the closed consensus (what an emptied field goes
 * back to). {@code version} is the report's and goes back with the next save; {@code editable} is false once the
 * report is released.
 */
@Schema(name = "FeedbackReportTexts")
public record ReportTextsView(Long applicationId, String registrationNumber, String unitName, String status,
                              long version, String language, boolean editable, boolean edited, Instant editedAt,
                              String summary, boolean summaryEdited, String startingSummary,
                              List<CriterionText> criteria, int maxLength) implements Serializable {

    /** One criterion's texts in the report. */
    @Schema(name = "FeedbackCriterionText")
    public record CriterionText(String code, String title, String strengths, String improvements,
                                boolean strengthsEdited, boolean improvementsEdited, String startingStrengths,
                                String startingImprovements) implements Serializable {
    }

    /** What a save sends: the summary and per criterion code the two texts; an empty text returns to the starting point. */
    public record Input(String summary, List<CriterionInput> criteria) implements Serializable {
        public Input {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }
    }

    @Schema(name = "FeedbackCriterionInput")
    public record CriterionInput(String code, String strengths, String improvements) implements Serializable {
    }
}

package se.kvalitet.feedback.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.kvalitet.feedback.control.ReportContent.CriterionFeedback;
import se.kvalitet.feedback.entity.EditedText;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.i18n.Texts;

/**
 * The report's editable texts: what the closed consensus gives as the starting point, what an edit stores (only a
 * text that differs from the starting point; an emptied field goes back to it), and the report as read with the
 * edits in place. Pure, so the rules are tested as tables without a container.
 */
public final class ReportTexts {

    /** The longest text a field of the report takes; longer is refused, never cut. */
    public static final int MAX_LENGTH = 4000;

    private ReportTexts() {
    }

    /** The summary made from the consensus's key themes, in the report's language; null when there are none. */
    public static String startingSummary(String language, List<String> keyStrengths, List<String> keyImprovements) {
        Locale locale = "en".equals(language) ? Texts.ENGLISH : Texts.SWEDISH;
        var sentences = new ArrayList<String>();
        if (!keyStrengths.isEmpty()) {
            sentences.add(Texts.text(locale, "feedback.summary.strengths", String.join(", ", keyStrengths)));
        }
        if (!keyImprovements.isEmpty()) {
            sentences.add(Texts.text(locale, "feedback.summary.improvements", String.join(", ", keyImprovements)));
        }
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    /**
     * What to store for one field: null when the submitted text is the starting point (line endings and the
     * whitespace around it aside) or empty, else the text. {@code field} names it in a refusal.
     */
    public static String edit(String field, String startingPoint, String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return null;
        }
        String text = submitted.replace("\r\n", "\n").strip();
        if (text.length() > MAX_LENGTH) {
            throw new RuleViolation("feedback.texts.tooLong", field, text.length(), MAX_LENGTH);
        }
        String start = startingPoint == null ? null : startingPoint.replace("\r\n", "\n").strip();
        return text.equals(start) ? null : text;
    }

    /** The report as the unit reads it: the edited texts in place of the consensus's, the summary as edited. */
    public static ReportContent apply(ReportContent generated, String editedSummary, Map<String, EditedText> edits) {
        var criteria = generated.criteria().stream().map(c -> {
            var edit = edits.get(c.code());
            if (edit == null) {
                return c;
            }
            return new CriterionFeedback(c.code(), c.title(), or(edit.getStrengths(), c.strengths()),
                    or(edit.getImprovements(), c.improvements()), c.value(), c.band(), c.points());
        }).toList();
        String summary = editedSummary != null ? editedSummary : generated.summary();
        return new ReportContent(generated.language(), generated.cycleName(), generated.award(),
                generated.competitionClass(), generated.unit(), generated.registrationNumber(), generated.submittedOn(),
                generated.consensusClosedOn(), generated.siteVisitOn(), generated.feedbackOn(), generated.meetingOn(),
                generated.scaleKind(), generated.showScore(), generated.keyStrengths(), generated.keyImprovements(),
                criteria, generated.juryDecision(), summary);
    }

    private static String or(String edited, String generated) {
        return edited != null ? edited : generated;
    }
}

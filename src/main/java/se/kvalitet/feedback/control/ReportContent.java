package se.kvalitet.feedback.control;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the feedback report shows, gathered by the boundary from the application, the cycle and the closed
 * consensus. Plain values, so the report renders (and is tested) without a container. Null lists are empty.
 *
 * @param language         {@code sv} or {@code en}
 * @param scaleKind        PERCENT, RADAR or ORDINAL: which explanation of the scale the report gives
 * @param showScore        the cycle's setting: the score and points, or only the band
 * @param juryDecision     the jury's decision and motivation; null until the jury has decided (the jury issue
 *                         fills it in through {@link JuryDecision})
 * @param summary          the report's summary (made from the key themes, or as edited); null: none
 */
public record ReportContent(String language, String cycleName, String award, String competitionClass, String unit,
                            String registrationNumber, LocalDate submittedOn, LocalDate consensusClosedOn,
                            LocalDate siteVisitOn, LocalDate feedbackOn, LocalDate meetingOn, String scaleKind,
                            boolean showScore, List<String> keyStrengths, List<String> keyImprovements,
                            List<CriterionFeedback> criteria, JuryDecision juryDecision,
                            String summary) {

    /** Without a summary. */
    public ReportContent(String language, String cycleName, String award, String competitionClass, String unit,
                         String registrationNumber, LocalDate submittedOn, LocalDate consensusClosedOn,
                         LocalDate siteVisitOn, LocalDate feedbackOn, LocalDate meetingOn, String scaleKind,
                         boolean showScore, List<String> keyStrengths, List<String> keyImprovements,
                         List<CriterionFeedback> criteria, JuryDecision juryDecision) {
        this(language, cycleName, award, competitionClass, unit, registrationNumber, submittedOn, consensusClosedOn,
                siteVisitOn, feedbackOn, meetingOn, scaleKind, showScore, keyStrengths, keyImprovements, criteria,
                juryDecision, null);
    }

    public ReportContent {
        language = "en".equals(language) ? "en" : "sv";
        keyStrengths = keyStrengths == null ? List.of() : List.copyOf(keyStrengths);
        keyImprovements = keyImprovements == null ? List.of() : List.copyOf(keyImprovements);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** One criterion's agreed feedback; {@code value} and {@code points} are shown only when the cycle says so. */
    public record CriterionFeedback(String code, String title, String strengths, String improvements, Integer value,
                                    String band, Double points) {
    }

    /**
     * The hook for the jury issue: the decision (e.g. winner, honourable mention, not awarded, as a localized
     * text) and its written motivation. The report has a section for it as soon as it is not null.
     */
    public record JuryDecision(String decision, String motivation) {
    }
}

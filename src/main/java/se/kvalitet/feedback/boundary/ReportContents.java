package se.kvalitet.feedback.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.cycles.boundary.CycleDetail;
import se.kvalitet.feedback.control.ReportContent;
import se.kvalitet.feedback.control.ReportTexts;
import se.kvalitet.feedback.entity.FeedbackReport;
import se.kvalitet.jury.boundary.JuryDecisions;
import se.kvalitet.platform.i18n.Texts;

/** Gathers the report's content from the application, its cycle and model, and the closed consensus. */
@Dependent
public class ReportContents {

    private static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @Inject
    EvaluationModels models;

    @Inject
    JuryDecisions juryDecisions;

    /** The report as the unit reads it: the consensus's texts with the leader's and administrator's edits. */
    ReportContent of(ApplicationView application, CycleDetail cycle, ConsensusFacts consensus, FeedbackReport report,
                     boolean showScore) {
        return ReportTexts.apply(generated(application, cycle, consensus, report, showScore), report.getSummary(),
                report.getTexts());
    }

    /** The report from the closed consensus alone: the starting point of every edit. */
    ReportContent generated(ApplicationView application, CycleDetail cycle, ConsensusFacts consensus,
                            FeedbackReport report, boolean showScore) {
        var locale = "en".equals(report.getLanguage()) ? Texts.ENGLISH : Texts.SWEDISH;
        String scaleKind = cycle.categories().stream().filter(c -> c.id().equals(application.categoryId()))
                .findFirst().map(c -> c.evaluationModelId()).flatMap(models::view).map(ModelView::scaleKind)
                .orElse(null);
        var criteria = consensus.criteria().stream().map(c -> new ReportContent.CriterionFeedback(c.code(), c.title(),
                c.strengths(), c.improvements(), c.value(), c.band(), c.points())).toList();
        return new ReportContent(report.getLanguage(), application.cycleName(), award(application.award(), locale),
                application.competitionClassName(), application.unitName(), application.registrationNumber(),
                day(application.submittedAt()), day(consensus.closedAt()), consensus.siteVisitOn(),
                report.released() ? day(report.getReleasedAt()) : cycle.dates().feedbackOn(), report.getMeetingOn(),
                scaleKind, showScore, consensus.keyStrengths(), consensus.keyImprovements(), criteria,
                juryDecision(application.id(), locale),
                ReportTexts.startingSummary(report.getLanguage(), consensus.keyStrengths(), consensus.keyImprovements()));
    }

    /** The jury's decision once announced (before that it is the jury's own working material). */
    private ReportContent.JuryDecision juryDecision(Long applicationId, java.util.Locale locale) {
        return juryDecisions.announced(applicationId).map(d -> new ReportContent.JuryDecision(
                Texts.text(locale, "jury.outcome." + d.outcome()), d.motivation())).orElse(null);
    }

    private static String award(String award, java.util.Locale locale) {
        return award == null ? null : Texts.text(locale, "cycle.award." + award);
    }

    private static LocalDate day(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(CITY).toLocalDate();
    }
}

package se.kvalitet.feedback.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.feedback.control.ReportContent;
import se.kvalitet.feedback.control.ReportRule.Action;
import se.kvalitet.feedback.control.ReportTexts;
import se.kvalitet.feedback.entity.EditedText;
import se.kvalitet.feedback.entity.FeedbackReport;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Editing the feedback report's texts: the leader of the team or an administrator (the same rule as drafting,
 * {@link ReportAccess}) changes the summary and per criterion the strengths and areas for improvement, starting
 * from what the closed consensus gives. Only a drafted, unreleased report; every save carries the report's version.
 * The PDF, the preview and the released copy all read the edited texts ({@link ReportContents#of}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EXAMINER_NAME})
public class ReportEditing {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportAccess access;

    @Inject
    TeamResults teamResults;

    @Inject
    ReportContents contents;

    @Inject
    Cycles cycles;

    @Inject
    FeedbackReports reports;

    @Inject
    DomainEvents events;

    @Inject
    CurrentPerson currentPerson;

    Clock clock = Clock.systemUTC();

    /** The report's texts with their starting points; 404 for whoever may not work on the report. */
    public ReportTextsView texts(Long applicationId) {
        access.decide(applicationId, Action.WORK, false);
        return view(applicationId, drafted(applicationId));
    }

    /**
     * Saves the texts: each field that differs from its starting point is kept as written, the others follow the
     * consensus. A criterion or field left out of {@code input} (null) keeps what it has. A stale version, a
     * released report or an over-long text is refused and nothing is stored.
     */
    public ReportTextsView save(Long applicationId, ReportTextsView.Input input, long expectedVersion) {
        access.decide(applicationId, Action.WORK, false);
        var report = drafted(applicationId);
        if (expectedVersion != report.getVersion()) {
            throw new RuleViolation("feedback.conflict.stale");
        }
        var generated = generated(applicationId, report);
        Map<String, ReportContent.CriterionFeedback> byCode = new HashMap<>();
        generated.criteria().forEach(c -> byCode.put(c.code(), c));
        Map<String, EditedText> edits = new HashMap<>(report.getTexts());
        for (var given : input.criteria()) {
            var start = byCode.get(given.code());
            if (start == null) {
                throw new RuleViolation("feedback.texts.unknownCriterion", given.code());
            }
            var before = edits.getOrDefault(given.code(), new EditedText(null, null));
            String strengths = given.strengths() == null ? before.getStrengths()
                    : ReportTexts.edit(given.code(), start.strengths(), given.strengths());
            String improvements = given.improvements() == null ? before.getImprovements()
                    : ReportTexts.edit(given.code(), start.improvements(), given.improvements());
            edits.put(given.code(), new EditedText(strengths, improvements));
        }
        String summary = input.summary() == null ? report.getSummary()
                : ReportTexts.edit("summary", generated.summary(), input.summary());
        if (report.editTexts(summary, edits, clock.instant(), actor())) {
            em.flush();
            events.record("FeedbackTextsEdited", "FeedbackReport", report.getId(), "application=" + applicationId);
        }
        return view(applicationId, report);
    }

    private ReportTextsView view(Long applicationId, FeedbackReport report) {
        ApplicationView application = access.application(applicationId);
        var generated = generated(applicationId, report);
        var texts = report.getTexts();
        var criteria = generated.criteria().stream().map(c -> {
            var edit = texts.get(c.code());
            String strengths = edit == null ? null : edit.getStrengths();
            String improvements = edit == null ? null : edit.getImprovements();
            return new ReportTextsView.CriterionText(c.code(), c.title(), Objects.requireNonNullElse(strengths,
                    Objects.requireNonNullElse(c.strengths(), "")), Objects.requireNonNullElse(improvements,
                    Objects.requireNonNullElse(c.improvements(), "")), strengths != null, improvements != null,
                    c.strengths(), c.improvements());
        }).toList();
        String summary = report.getSummary() != null ? report.getSummary()
                : Objects.requireNonNullElse(generated.summary(), "");
        return new ReportTextsView(applicationId, application.registrationNumber(), application.unitName(),
                report.getStatus().name(), report.getVersion(), report.getLanguage(), !report.released(),
                report.edited(), report.getTextsEditedAt(), summary, report.getSummary() != null, generated.summary(),
                criteria, ReportTexts.MAX_LENGTH);
    }

    private ReportContent generated(Long applicationId, FeedbackReport report) {
        ApplicationView application = access.application(applicationId);
        var consensus = teamResults.consensus(applicationId).filter(c -> "CLOSED".equals(c.status()))
                .orElseThrow(() -> new RuleViolation("feedback.consensusNotClosed"));
        var cycle = cycles.detail(application.cycleId())
                .orElseThrow(() -> new NotFound("feedback.cycle.notFound", application.cycleId()));
        return contents.generated(application, cycle, consensus, report, reports.showsScore(cycle.id()));
    }

    private FeedbackReport drafted(Long applicationId) {
        return em.createQuery("select r from FeedbackReport r where r.applicationId = :a", FeedbackReport.class)
                .setParameter("a", applicationId).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("feedback.notDrafted"));
    }

    private String actor() {
        return currentPerson.caller().map(CurrentPerson.Caller::email).orElse("system");
    }
}

package se.kvalitet.feedback.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvalitet.applications.boundary.ApplicationFilter;
import se.kvalitet.applications.boundary.ApplicationRegister;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.cycles.boundary.CycleDetail;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.feedback.control.ReportRule.Action;
import se.kvalitet.feedback.control.ReportRule.Part;
import se.kvalitet.feedback.control.FeedbackPdf;
import se.kvalitet.feedback.control.ReportLanguage;
import se.kvalitet.feedback.entity.FeedbackReport;
import se.kvalitet.feedback.entity.ReleasedPdf;
import se.kvalitet.feedback.entity.ReportStatus;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * The feedback report's way to the applicant: the team leader drafts it from the closed consensus, the
 * administrator reviews it and releases it on or after the cycle's feedback date, the applicants of the unit
 * download it once released. Every change takes the version the caller last saw and refuses a stale one.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EXAMINER_NAME, Role.APPLICANT_NAME})
public class FeedbackReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    se.kvalitet.applications.boundary.ApplicationLabels labels;

    @Inject
    DomainEvents events;

    @Inject
    ReportAccess access;

    @Inject
    TeamResults teamResults;

    @Inject
    Cycles cycles;

    @Inject
    ApplicationRegister register;

    @Inject
    ReportContents contents;

    @Inject
    se.kvalitet.applications.boundary.Applications applications;

    @Inject
    CurrentPerson currentPerson;

    Clock clock = Clock.systemUTC();

    /** The report of an application as the caller may see it: applicants only a released one. */
    public ReportView view(Long applicationId) {
        Optional<FeedbackReport> report = find(applicationId);
        Part part = access.decide(applicationId, Action.READ, report.map(FeedbackReport::released).orElse(false));
        ApplicationView application = access.application(applicationId);
        return view(application, report.orElse(null), part, feedbackOn(application.cycleId()),
                part == Part.APPLICANT ? "CLOSED" : teamResults.consensusStatus(applicationId));
    }

    /**
     * The leader (or an administrator) drafts the report, or drafts it again before release. {@code language}
     * ({@code sv} or {@code en}) changes the report's language; without it a redraft keeps the language and a
     * first draft takes the one the application's contact persons prefer ({@link ReportLanguage}). Texts the
     * leader or an administrator edited are kept.
     */
    public ReportView draft(Long applicationId, String language, Long expectedVersion) {
        return draft(applicationId, language, false, expectedVersion);
    }

    /**
     * Drafts as {@link #draft(Long, String, Long)}; with {@code replaceEdits} the edited texts give way to the
     * consensus's again (the page asks before it sends that).
     */
    public ReportView draft(Long applicationId, String language, boolean replaceEdits, Long expectedVersion) {
        access.decide(applicationId, Action.WORK, false);
        ApplicationView application = access.application(applicationId);
        String consensus = teamResults.consensusStatus(applicationId);
        var existing = find(applicationId);
        String written = ReportLanguage.of(language, existing.map(FeedbackReport::getLanguage).orElse(null),
                existing.isPresent() ? List.of() : contactLanguages(applicationId));
        if (existing.isPresent()) {
            var report = fresh(existing.get(), expectedVersion);
            boolean replacing = replaceEdits && report.edited();
            report.redraft(consensus, written, replaceEdits, now(), actor());
            events.record("FeedbackRedrafted", "FeedbackReport", report.getId(), "application=" + applicationId
                    + (replacing ? "; edited texts replaced" : ""));
        } else {
            var report = FeedbackReport.draft(applicationId, application.cycleId(), consensus, written, now(), actor());
            em.persist(report);
            em.flush();
            events.record("FeedbackDrafted", "FeedbackReport", report.getId(), "application=" + applicationId);
        }
        em.flush();
        return view(applicationId);
    }

    /** The administrator has read the draft. */
    @RolesAllowed(Role.ADMIN_NAME)
    public ReportView review(Long applicationId, long expectedVersion) {
        var report = existing(applicationId, expectedVersion);
        report.review(teamResults.consensusStatus(applicationId), now(), actor());
        em.flush();
        events.record("FeedbackReviewed", "FeedbackReport", report.getId(), "application=" + applicationId);
        return view(applicationId);
    }

    /** The administrator releases the reviewed report to the applicant, not before the cycle's feedback date. */
    @RolesAllowed(Role.ADMIN_NAME)
    public ReportView release(Long applicationId, long expectedVersion) {
        var report = existing(applicationId, expectedVersion);
        report.release(feedbackOn(report.getCycleId()), now(), actor());
        em.persist(new ReleasedPdf(report.getId(), render(applicationId, report), now()));
        em.flush();
        events.record("FeedbackReleased", "FeedbackReport", report.getId(), "application=" + applicationId);
        // the application's own status follows, through its owner's boundary and in this transaction
        applications.feedbackReleased(applicationId);
        return view(applicationId);
    }

    /** The leader or an administrator records the day of the feedback meeting with the unit (null clears it). */
    public ReportView recordMeeting(Long applicationId, LocalDate on, long expectedVersion) {
        var report = existing(applicationId, expectedVersion);
        report.recordMeeting(on);
        em.flush();
        events.record("FeedbackMeetingRecorded", "FeedbackReport", report.getId(), String.valueOf(on));
        return view(applicationId);
    }

    /**
     * The report as PDF. Once released, everyone gets the copy that was released (applicants of the unit only
     * that); before, the leader and administrators get it rendered from the closed consensus as it is now, to
     * read before they pass it on.
     */
    public byte[] pdf(Long applicationId) {
        var found = find(applicationId);
        Part part = access.decide(applicationId, Action.READ, found.map(FeedbackReport::released).orElse(false));
        access.application(applicationId);
        var report = found.orElseThrow(() -> new NotFound("feedback.notFound", applicationId));
        if (!report.released()) {
            return render(applicationId, report);
        }
        if (part == Part.APPLICANT) {
            events.record("FeedbackDownloaded", "FeedbackReport", report.getId(), "application=" + applicationId);
        }
        return Optional.ofNullable(em.find(ReleasedPdf.class, report.getId())).map(ReleasedPdf::getContent)
                .orElseThrow(() -> new NotFound("feedback.notFound", applicationId));
    }

    private byte[] render(Long applicationId, FeedbackReport report) {
        ApplicationView application = access.application(applicationId);
        var consensus = teamResults.consensus(applicationId).filter(c -> "CLOSED".equals(c.status()))
                .orElseThrow(() -> new RuleViolation("feedback.consensusNotClosed"));
        var cycle = cycle(application.cycleId());
        return FeedbackPdf.render(contents.of(application, cycle, consensus, report, showsScore(cycle.id())));
    }

    /** The released reports of the caller's unit over the years, newest first: what an applicant may download. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<ReportView> releasedForMyUnit() {
        var mine = applications.listForMyUnit();
        if (mine.isEmpty()) {
            return List.of();
        }
        var released = em.createQuery("select r from FeedbackReport r where r.applicationId in :ids and r.status = :s",
                        FeedbackReport.class).setParameter("ids", mine.stream().map(a -> a.id()).toList())
                .setParameter("s", ReportStatus.RELEASED).getResultStream()
                .collect(Collectors.toMap(FeedbackReport::getApplicationId, Function.identity()));
        return mine.stream().filter(a -> released.containsKey(a.id())).map(a -> {
            var report = released.get(a.id());
            return new ReportView(a.id(), a.cycleId(), a.registrationNumber(), a.unitName(), a.competitionClassName(),
                    "CLOSED", report.getStatus().name(), report.getVersion(), report.getLanguage(), report.getDraftedAt(),
                    null, report.getReviewedAt(), null, report.getReleasedAt(), report.getMeetingOn(), null,
                    false, false, false, true);
        }).toList();
    }

    /** The reports of a cycle's applications under review or later, for the administrator's list. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<ReportView> ofCycle(Long cycleId) {
        LocalDate feedbackOn = feedbackOn(cycleId);
        Map<Long, FeedbackReport> reports = em.createQuery("select r from FeedbackReport r where r.cycleId = :c",
                        FeedbackReport.class).setParameter("c", cycleId).getResultStream()
                .collect(Collectors.toMap(FeedbackReport::getApplicationId, Function.identity()));
        Map<Long, String> consensus = teamResults.consensusByApplication(cycleId);
        return register.cycleApplications(cycleId, ApplicationFilter.none(), "registrationNumber", true, 0, 500).stream()
                .filter(a -> !List.of("DRAFT", "WITHDRAWN").contains(a.status()))
                .map(a -> {
                    var report = reports.get(a.id());
                    String status = consensus.getOrDefault(a.id(), "NOT_OPENED");
                    return new ReportView(a.id(), cycleId, a.registrationNumber(), a.unitName(), a.competitionClassName(),
                            status, report == null ? "NONE" : report.getStatus().name(),
                            report == null ? null : report.getVersion(), report == null ? null : report.getLanguage(),
                            report == null ? null : report.getDraftedAt(), report == null ? null : report.getDraftedBy(),
                            report == null ? null : report.getReviewedAt(), report == null ? null : report.getReviewedBy(),
                            report == null ? null : report.getReleasedAt(), report == null ? null : report.getMeetingOn(),
                            feedbackOn, "CLOSED".equals(status) && (report == null || !report.released()),
                            report != null && report.getStatus() == ReportStatus.DRAFTED,
                            report != null && report.getStatus() == ReportStatus.REVIEWED, report != null);
                }).toList();
    }

    /** Whether the cycle's reports show the score and points (true) or only the band. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXAMINER_NAME, Role.APPLICANT_NAME})
    public boolean showsScore(Long cycleId) {
        return cycles.reportShowsScore(cycleId).orElseThrow(() -> new NotFound("feedback.cycle.notFound", cycleId));
    }

    /**
     * The administrator decides for a cycle whether reports show the score or only the band. The flag is kept on
     * the cycle's row, which the cycles component owns, so it is written through {@code Cycles.setReportShowsScore};
     * a lone flag, so the last choice wins and is recorded as an event.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void setShowsScore(Long cycleId, boolean showScore) {
        if (!cycles.setReportShowsScore(cycleId, showScore)) {
            throw new NotFound("feedback.cycle.notFound", cycleId);
        }
        events.record("FeedbackScoreSettingChanged", "AwardCycle", cycleId, "showScore=" + showScore);
    }

    // ---- helpers

    private ReportView view(ApplicationView application, FeedbackReport report, Part part, LocalDate feedbackOn,
                            String consensus) {
        boolean staff = part != Part.APPLICANT;
        boolean released = report != null && report.released();
        return new ReportView(application.id(), application.cycleId(), application.registrationNumber(),
                application.unitName(), application.competitionClassName(), consensus,
                report == null ? "NONE" : report.getStatus().name(), report == null ? null : report.getVersion(),
                report != null ? report.getLanguage()
                        : staff ? ReportLanguage.fromContacts(contactLanguages(application.id())) : null,
                report == null ? null : report.getDraftedAt(),
                staff && report != null ? report.getDraftedBy() : null, report == null ? null : report.getReviewedAt(),
                staff && report != null ? report.getReviewedBy() : null, report == null ? null : report.getReleasedAt(),
                report == null ? null : report.getMeetingOn(), feedbackOn,
                staff && "CLOSED".equals(consensus) && !released,
                part == Part.ADMIN && report != null && report.getStatus() == ReportStatus.DRAFTED,
                part == Part.ADMIN && report != null && report.getStatus() == ReportStatus.REVIEWED,
                report != null && (staff || released));
    }

    /**
     * The preferred languages of the application's contact persons: only the languages, since the applications
     * boundary shows an application's contacts only to its unit and administrators.
     */
    private List<String> contactLanguages(Long applicationId) {
        return labels.contactLanguages(applicationId);
    }

    Optional<FeedbackReport> find(Long applicationId) {
        return em.createQuery("select r from FeedbackReport r where r.applicationId = :a", FeedbackReport.class)
                .setParameter("a", applicationId).getResultStream().findFirst();
    }

    /** The report to change: for whoever may work on it (the applicants of the unit never). */
    private FeedbackReport existing(Long applicationId, long expectedVersion) {
        access.decide(applicationId, Action.WORK, false);
        var report = find(applicationId).orElseThrow(() -> new RuleViolation("feedback.notDrafted"));
        return fresh(report, expectedVersion);
    }

    private static FeedbackReport fresh(FeedbackReport report, Long expectedVersion) {
        if (expectedVersion == null || expectedVersion != report.getVersion()) {
            throw new RuleViolation("feedback.conflict.stale");
        }
        return report;
    }

    private CycleDetail cycle(Long cycleId) {
        return cycles.detail(cycleId).orElseThrow(() -> new NotFound("feedback.cycle.notFound", cycleId));
    }

    private LocalDate feedbackOn(Long cycleId) {
        return cycle(cycleId).dates().feedbackOn();
    }

    private Instant now() {
        return clock.instant();
    }

    private String actor() {
        return currentPerson.caller().map(CurrentPerson.Caller::email).orElse("system");
    }
}

package se.kvalitet.consensus.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.consensus.control.AdjustRules;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.consensus.entity.ConsensusSheet;
import se.kvalitet.consensus.entity.SiteVisit;
import se.kvalitet.consensus.entity.VisitOutcome;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Site visits: after the consensus is closed the team leader or the administrator selects an application for
 * a visit, plans it (date, participants, interviewees), writes the questions to verify (three at most per
 * criterion) and records per question what the visit found; once held, consensus scores may be adjusted with
 * a reason and the agreed value is kept beside the adjusted one, until the jury's phase begins ({@link AdjustRules}).
 * Team members read; others, and a member with a blocking conflict, get "not found" ({@link TeamAccess}).
 */
@Stateless
@RolesAllowed({Role.EXAMINER_NAME, Role.ADMIN_NAME})
public class SiteVisits {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    TeamAccess access;

    @Inject
    Sheets sheets;

    @Inject
    Models models;

    @Inject
    DomainEvents events;

    @Inject
    Applications applications;

    @Inject
    Cycles cycles;

    Clock clock = Clock.systemUTC();

    public VisitView visit(Long applicationId) {
        var caller = access.reading(applicationId, admin());
        var sheet = sheets.of(applicationId);
        var model = sheet.map(s -> models.view(s.getModelId())).orElse(null);
        var visit = find(applicationId);
        var team = caller.team();
        var questions = visit.map(v -> v.getQuestions().stream().map(q -> new VisitView.Question(q.getId(),
                q.getPosition(), q.getCriterionCode(), q.getQuestion(), q.getOutcome() == null ? null
                : q.getOutcome().name(), q.getNote())).toList()).orElse(java.util.List.of());
        var scores = sheet.map(s -> s.getScores().stream().map(r -> new VisitView.Adjustment(r.getCriterionCode(),
                model.criterion(r.getCriterionCode()).title(), r.getValue(), r.getBand(), r.getAdjustedValue(),
                r.getAdjustedBand(), r.getAdjustmentReason(), r.getAdjustedAt(), r.getVersion())).toList())
                .orElse(java.util.List.of());
        var codes = model == null ? java.util.List.<String>of()
                : model.criteria().stream().map(c -> c.code()).toList();
        return new VisitView(applicationId, team.registrationNumber(), team.unitName(), visit.isPresent(),
                visit.map(SiteVisit::getId).orElse(null), visit.map(SiteVisit::getVersion).orElse(0L),
                visit.map(SiteVisit::getVisitDate).orElse(null), visit.map(SiteVisit::getParticipants).orElse(null),
                visit.map(SiteVisit::getInterviewees).orElse(null), visit.map(SiteVisit::isHeld).orElse(false),
                visit.map(SiteVisit::getHeldOn).orElse(null),
                questions, scores, sheet.map(ConsensusSheet::getSiteVisitRecommended).orElse(null),
                sheet.map(s -> !s.isOpen()).orElse(false), caller.leader() || caller.admin(), codes,
                AdjustRules.mayAdjustIn(phase(team.cycleId())));
    }

    /**
     * The leader or the administrator chooses the application for a visit, once its consensus is closed; the
     * application moves on to SITE_VISIT through the applications boundary (which checks the leader again).
     */
    public long select(Long applicationId) {
        var caller = access.leader(applicationId, admin(), true);
        var sheet = sheets.of(applicationId).orElseThrow(() -> new RuleViolation("consensus.visit.needsClosedConsensus"));
        if (sheet.isOpen()) {
            throw new RuleViolation("consensus.visit.needsClosedConsensus");
        }
        if (find(applicationId).isPresent()) {
            throw new RuleViolation("consensus.visit.alreadySelected");
        }
        var visit = new SiteVisit(applicationId, caller.callerId(), clock.instant());
        em.persist(visit);
        em.flush();
        applications.selectForSiteVisit(applicationId);
        events.record("SiteVisitSelected", "SiteVisit", visit.getId(), "application=" + applicationId);
        return visit.getVersion();
    }

    public long plan(Long applicationId, LocalDate date, String participants, String interviewees,
                     long expectedVersion) {
        var visit = current(applicationId, expectedVersion);
        visit.plan(date, participants, interviewees);
        return changed(visit, "SiteVisitPlanned", "date=" + date);
    }

    public long ask(Long applicationId, String criterionCode, String question, long expectedVersion) {
        var visit = current(applicationId, expectedVersion);
        var model = models.view(sheets.of(applicationId).orElseThrow().getModelId());
        if (model.criteria().stream().noneMatch(c -> c.code().equals(criterionCode))) {
            throw new RuleViolation("consensus.criterion.unknown", criterionCode);
        }
        visit.ask(criterionCode, question);
        em.lock(visit, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return changed(visit, "SiteVisitQuestionAdded", criterionCode);
    }

    public long removeQuestion(Long applicationId, Long questionId, long expectedVersion) {
        var visit = current(applicationId, expectedVersion);
        visit.removeQuestion(questionId);
        em.lock(visit, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return changed(visit, "SiteVisitQuestionRemoved", "question=" + questionId);
    }

    public long recordOutcome(Long applicationId, Long questionId, VisitOutcome outcome, String note,
                              long expectedVersion) {
        var visit = current(applicationId, expectedVersion);
        visit.recordOutcome(questionId, outcome, note);
        em.lock(visit, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return changed(visit, "SiteVisitOutcomeRecorded", "question=" + questionId + " " + outcome);
    }

    public long markHeld(Long applicationId, long expectedVersion) {
        return markHeld(applicationId, null, expectedVersion);
    }

    /** The visit took place on {@code heldOn} (today when null): early is fine, a day to come is refused. */
    public long markHeld(Long applicationId, LocalDate heldOn, long expectedVersion) {
        var visit = current(applicationId, expectedVersion);
        visit.markHeld(heldOn, LocalDate.now(clock.withZone(CITY)));
        return changed(visit, "SiteVisitHeld", "held=" + visit.getHeldOn() + " planned=" + visit.getVisitDate());
    }

    /**
     * After a held visit the leader or the administrator adjusts a consensus score with the reason; the agreed
     * value stays on record. On the row's version, like any other change to a score.
     */
    public long adjust(Long applicationId, String criterionCode, Integer value, String reason, long expectedRowVersion) {
        var caller = access.leader(applicationId, admin(), true);
        var visit = find(applicationId).orElseThrow(() -> new RuleViolation("consensus.visit.notSelected"));
        if (!visit.isHeld()) {
            throw new RuleViolation("consensus.adjust.notHeld");
        }
        AdjustRules.requirePhase(phase(caller.team().cycleId()));
        var sheet = sheets.of(applicationId).orElseThrow(() -> new RuleViolation("consensus.notOpened"));
        var score = sheet.score(criterionCode)
                .orElseThrow(() -> new RuleViolation("consensus.criterion.unknown", criterionCode));
        if (score.getVersion() != expectedRowVersion) {
            throw new RuleViolation("consensus.conflict.stale");
        }
        var model = models.view(sheet.getModelId());
        Models.requireValue(model, value);
        score.adjust(value, model.bandOf(value).label(), model.points(criterionCode, value), reason,
                caller.callerId(), clock.instant());
        em.flush();
        events.record("ConsensusScoreAdjusted", "Consensus", sheet.getId(),
                criterionCode + ": " + score.getValue() + "->" + value);
        return score.getVersion();
    }

    private SiteVisit current(Long applicationId, long expectedVersion) {
        access.leader(applicationId, admin(), true);
        var visit = find(applicationId).orElseThrow(() -> new RuleViolation("consensus.visit.notSelected"));
        if (visit.getVersion() != expectedVersion) {
            throw new RuleViolation("consensus.conflict.stale");
        }
        return visit;
    }

    private long changed(SiteVisit visit, String event, String details) {
        em.flush();
        events.record(event, "SiteVisit", visit.getId(), details);
        return visit.getVersion();
    }

    Optional<SiteVisit> find(Long applicationId) {
        return em.createQuery("select v from SiteVisit v where v.applicationId = :a", SiteVisit.class)
                .setParameter("a", applicationId).getResultList().stream().findFirst();
    }

    private String phase(Long cycleId) {
        return cycles.applicationTerms(cycleId).map(ApplicationTerms::phase).orElse(null);
    }

    private boolean admin() {
        return session.isCallerInRole(Role.ADMIN_NAME);
    }
}

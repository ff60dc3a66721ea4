package se.kvalitet.scoring.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.assignments.boundary.MyTeams;
import se.kvalitet.conflicts.boundary.ConflictCheck;
import se.kvalitet.conflicts.boundary.Confirmations;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;
import se.kvalitet.scoring.control.AssessmentAccess;
import se.kvalitet.scoring.control.LockRules;
import se.kvalitet.scoring.control.ScoreRules;
import se.kvalitet.scoring.control.Visibility;
import se.kvalitet.scoring.control.WritingPhases;
import se.kvalitet.scoring.control.Visibility.Own;
import se.kvalitet.scoring.control.Visibility.Viewer;
import se.kvalitet.scoring.control.Visibility.What;
import se.kvalitet.scoring.entity.Assessment;
import se.kvalitet.scoring.entity.AssessmentStatus;

/**
 * Individual assessment: examiners write, save and submit their own; after submitting they see their team's
 * submitted ones; they lock only as the consensus opens ({@link LockRules}); administrators follow progress.
 * Every route first asks {@link AssessmentAccess} (team, conflicts, confirmation) and then {@link Visibility}, so
 * blindness holds whatever the route (page, REST, another component). Someone who is neither on the team nor an
 * administrator, or who has a blocking conflict with the application, is told "not found": ids reveal nothing.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EXAMINER_NAME})
public class Assessments {

    @PersistenceContext
    EntityManager em;

    @Inject CurrentPerson currentPerson;
    @Inject Applications applications;
    @Inject Cycles cycles;
    @Inject EvaluationModels models;
    @Inject Confirmations confirmations;
    @Inject ConflictCheck conflictCheck;
    @Inject MyTeams myTeams;
    @Inject TeamRoster roster;
    @Inject DomainEvents events;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** The application, its model and where the caller stands on its team. */
    record Context(Long callerId, Viewer viewer, ApplicationView application, ApplicationTerms terms, ModelView model,
                   Optional<Assessment> own, boolean consensusOpened) {
        /**
         * Once consensus has opened (any assessment of the application locked), every member stands where the
         * locked ones do, even one who never started: the team now discusses the submitted assessments openly.
         */
        Own ownState() {
            return consensusOpened ? Own.LOCKED : own.map(a -> Own.valueOf(a.getStatus().name())).orElse(Own.NOT_STARTED);
        }
    }

    // ---- the examiner's own

    /** The caller's teams in the cycles under way, each with where their own assessment stands. */
    @RolesAllowed(Role.EXAMINER_NAME)
    public List<MyAssessment> mine() {
        var caller = currentPerson.caller().orElse(null);
        if (caller == null) {
            return List.of();
        }
        return myTeams.mine().stream().map(team -> {
            var own = find(team.applicationId(), caller.id());
            return new MyAssessment(team.applicationId(), team.registrationNumber(), team.unitName(), team.leader(),
                    team.confirmed(), team.deadline(), own.map(a -> a.getStatus().name()).orElse("NOT_STARTED"),
                    own.map(Assessment::getSubmittedAt).orElse(null));
        }).toList();
    }

    /** The caller's own assessment of the application (NOT_STARTED, version 0, before the first save). */
    @RolesAllowed(Role.EXAMINER_NAME)
    public AssessmentView own(Long applicationId) {
        var context = onTeam(applicationId);
        return context.own().map(a -> view(a, context.model(), nameOf(applicationId, context.callerId())))
                .orElseGet(() -> empty(context));
    }

    /** The model the application is scored on, for whoever may see its assessments. */
    public ModelView model(Long applicationId) {
        return context(applicationId).model();
    }

    /**
     * Saves the given criteria of the caller's draft (criteria left out are kept); the first save starts it.
     * Refused once submitted or locked, outside the review phases, on a value off the scale, and when somebody
     * (the same examiner in another window) saved since {@code expectedVersion}: nothing is overwritten unseen.
     */
    @RolesAllowed(Role.EXAMINER_NAME)
    public AssessmentView save(Long applicationId, List<ScoreInput> scores, long expectedVersion) {
        var context = onTeam(applicationId);
        var assessment = writable(context, expectedVersion);
        for (var input : scores == null ? List.<ScoreInput>of() : scores) {
            if (input == null) {
                continue;
            }
            assessment.record(ScoreRules.entry(context.model(), input.criterionCode(), input.value(),
                    input.justification(), input.strengths(), input.improvements(), input.visitQuestions(),
                    input.radar()), clock.instant());
        }
        em.flush();
        return view(assessment, context.model(), nameOf(applicationId, context.callerId()));
    }

    /** Submits the caller's draft: every criterion needs a score and a justification (on RADAR every attribute). */
    @RolesAllowed(Role.EXAMINER_NAME)
    public AssessmentView submit(Long applicationId, long expectedVersion) {
        var context = onTeam(applicationId);
        var assessment = writable(context, expectedVersion);
        var written = new LinkedHashMap<String, se.kvalitet.scoring.entity.ScoreEntry>();
        assessment.getScores().forEach(s -> written.put(s.getCriterionCode(),
                new se.kvalitet.scoring.entity.ScoreEntry(s.getCriterionId(), s.getCriterionCode(), s.getValue(),
                        s.getBandLabel(), s.getPoints(), s.getJustification(), s.getStrengths(), s.getImprovements(),
                        s.getVisitQuestions(), s.getRadar())));
        var missing = ScoreRules.missing(context.model(), written);
        if (!missing.isEmpty()) {
            throw missing.get(0);
        }
        assessment.submit(clock.instant());
        em.flush();
        events.record("AssessmentSubmitted", "Assessment", assessment.getId(),
                "application=" + applicationId + ";examiner=" + context.callerId() + ";total=" + assessment.totalPoints());
        return view(assessment, context.model(), nameOf(applicationId, context.callerId()));
    }

    // ---- the team's

    /**
     * The application's submitted assessments (locked ones included, drafts never), by examiner name: for an
     * administrator, and for a team member who has submitted their own. A member who has not is refused.
     */
    public List<AssessmentView> submittedFor(Long applicationId) {
        var context = context(applicationId);
        if (!Visibility.sees(context.viewer(), context.ownState(), What.TEAMMATES_SUBMITTED)) {
            throw new RuleViolation("scoring.blind.submitFirst");
        }
        var names = new HashMap<Long, String>();
        roster.members(applicationId).forEach(m -> names.put(m.personId(), m.name()));
        return all(applicationId).stream().filter(Assessment::wasSubmitted)
                .map(a -> view(a, context.model(), names.get(a.getExaminerId())))
                .sorted(Comparator.comparing(v -> v.examinerName() == null ? "" : v.examinerName()))
                .toList();
    }

    /**
     * Consensus opens: every assessment of the application becomes read-only and stays on record. Only as part of
     * opening the consensus and on its rules ({@link LockRules}): the leader or an administrator, in the consensus
     * phase or later up to the jury, once every member has submitted (an administrator may {@code override} a
     * missing one). Locking earlier would show a member still writing their teammates' work. Doing it twice
     * changes nothing.
     */
    public void lockForConsensus(Long applicationId, boolean override) {
        var context = context(applicationId);
        var assessments = all(applicationId);
        var memberIds = roster.members(applicationId).stream().map(TeamRoster.Member::personId).toList();
        var submittedBy = assessments.stream().filter(Assessment::wasSubmitted).map(Assessment::getExaminerId)
                .filter(memberIds::contains).toList();
        LockRules.require(context.viewer(), context.terms().phase(), memberIds, submittedBy, override);
        var now = clock.instant();
        int locked = 0;
        for (var assessment : assessments) {
            if (assessment.getStatus() != AssessmentStatus.LOCKED) {
                assessment.lock(now);
                locked++;
            }
        }
        if (locked > 0) {
            events.record("AssessmentsLocked", "Application", applicationId,
                    "count=" + locked + (submittedBy.size() < memberIds.size() ? " override" : ""));
        }
    }

    /**
     * Per application of the cycle (all for administrators, those the caller leads for a leader): how many team
     * members have NOT_STARTED, and how many assessments are DRAFT, SUBMITTED, LOCKED. Counts only, never scores.
     */
    public Map<Long, Map<String, Long>> progress(Long cycleId) {
        Long callerId = currentPerson.caller().map(CurrentPerson.Caller::id).orElse(null);
        var sizes = roster.sizes(cycleId);
        var applicationIds = session.isCallerInRole(Role.ADMIN_NAME) ? List.copyOf(sizes.keySet())
                : callerId == null ? List.<Long>of() : roster.ledBy(cycleId, callerId);
        // two queries whatever the number of applications: the overview asks for a whole cycle at once
        var started = roster.assessmentCounts(cycleId);
        var progress = new LinkedHashMap<Long, Map<String, Long>>();
        for (Long applicationId : applicationIds.stream().sorted().toList()) {
            var counts = new LinkedHashMap<String, Long>();
            counts.put("NOT_STARTED", 0L);
            for (var status : AssessmentStatus.values()) {
                counts.put(status.name(), 0L);
            }
            started.getOrDefault(applicationId, Map.of()).forEach(counts::put);
            long startedCount = counts.values().stream().mapToLong(Long::longValue).sum();
            counts.put("NOT_STARTED", Math.max(0, sizes.getOrDefault(applicationId, 0L) - startedCount));
            progress.put(applicationId, counts);
        }
        return progress;
    }

    // ---- helpers

    private Context context(Long applicationId) {
        // start-up work and other components may act as administrators without a person behind them
        Long callerId = currentPerson.caller().map(CurrentPerson.Caller::id).orElse(null);
        var seat = applicationId == null || callerId == null ? Optional.<TeamRoster.Member>empty()
                : roster.seat(applicationId, callerId);
        // someone scoring is blind like every examiner, even if they also administer: the seat decides first
        Viewer viewer = seat.map(s -> s.leader() ? Viewer.LEADER : Viewer.MEMBER)
                .orElse(session.isCallerInRole(Role.ADMIN_NAME) ? Viewer.ADMIN : Viewer.OUTSIDER);
        // on the team, a blocking conflict closes the application whatever was confirmed before it was declared
        boolean onTeam = viewer == Viewer.LEADER || viewer == Viewer.MEMBER;
        boolean conflicted = onTeam && conflictCheck.blocks(callerId, applicationId);
        boolean confirmed = onTeam && !conflicted
                && !confirmations.confirmedAsExaminer(callerId, List.of(applicationId)).isEmpty();
        switch (AssessmentAccess.reach(viewer, conflicted, confirmed)) {
            case NOT_FOUND -> throw new NotFound("scoring.application.notFound", applicationId);
            case CONFIRM_FIRST -> throw new RuleViolation("scoring.confirmFirst");
            case ALLOWED -> { }
        }
        var application = applications.view(applicationId);
        var terms = cycles.applicationTerms(application.cycleId())
                .orElseThrow(() -> new NotFound("scoring.application.notFound", applicationId));
        var model = terms.category(application.award()).map(ApplicationTerms.Category::evaluationModelId)
                .flatMap(models::view).orElseThrow(() -> new NotFound("scoring.application.notFound", applicationId));
        boolean consensusOpened = all(applicationId).stream().anyMatch(a -> a.getStatus() == AssessmentStatus.LOCKED);
        return new Context(callerId, viewer, application, terms, model,
                callerId == null ? Optional.empty() : find(applicationId, callerId), consensusOpened);
    }

    private Context onTeam(Long applicationId) {
        var context = context(applicationId);
        if (context.viewer() == Viewer.ADMIN) {
            // administrators follow the work; only the team's examiners score
            throw new NotFound("scoring.application.notFound", applicationId);
        }
        return context;
    }

    private Assessment writable(Context context, long expectedVersion) {
        if (context.own().isPresent()) {
            var assessment = context.own().get();
            assessment.requireDraft();
            requirePhase(context);
            assessment.requireVersion(expectedVersion);
            em.lock(assessment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            return assessment;
        }
        if (context.consensusOpened()) {
            // too late to start: the team's assessments are locked for consensus
            throw new RuleViolation("scoring.assessment.locked");
        }
        requirePhase(context);
        if (expectedVersion != 0) {
            throw new RuleViolation("scoring.conflict.stale");
        }
        var started = new Assessment(context.application().cycleId(), context.application().id(), context.callerId(),
                context.model().id(), clock.instant());
        em.persist(started);
        // the scores' key includes the assessment's id, which the database gives on insert
        em.flush();
        return started;
    }

    private static void requirePhase(Context context) {
        if (!WritingPhases.allows(context.terms().phase())) {
            throw new RuleViolation("scoring.phase.closed");
        }
    }

    private Optional<Assessment> find(Long applicationId, Long examinerId) {
        return em.createQuery("select a from Assessment a where a.applicationId = :app and a.examinerId = :examiner",
                        Assessment.class).setParameter("app", applicationId).setParameter("examiner", examinerId)
                .getResultStream().findFirst();
    }

    private List<Assessment> all(Long applicationId) {
        return em.createQuery("select a from Assessment a where a.applicationId = :app", Assessment.class)
                .setParameter("app", applicationId).getResultList();
    }

    private String nameOf(Long applicationId, Long personId) {
        return roster.seat(applicationId, personId).map(TeamRoster.Member::name).orElse(null);
    }

    private AssessmentView empty(Context context) {
        var scores = context.model().criteria().stream().map(c -> new ScoreView(c.code(), c.title(), null, null, null,
                null, null, null, null, Map.of())).toList();
        return new AssessmentView(null, 0, context.application().id(), context.callerId(),
                nameOf(context.application().id(), context.callerId()), "NOT_STARTED", scores, 0, null);
    }

    static AssessmentView view(Assessment assessment, ModelView model, String examinerName) {
        var scores = model.criteria().stream().map(c -> assessment.score(c.code())
                .map(s -> new ScoreView(c.code(), c.title(), s.getValue(), s.getBandLabel(), s.getPoints(),
                        s.getJustification(), s.getStrengths(), s.getImprovements(), s.getVisitQuestions(), s.getRadar()))
                .orElseGet(() -> new ScoreView(c.code(), c.title(), null, null, null, null, null, null, null, Map.of())))
                .toList();
        return new AssessmentView(assessment.getId(), assessment.getVersion(), assessment.getApplicationId(),
                assessment.getExaminerId(), examinerName, assessment.getStatus().name(), scores,
                assessment.totalPoints(), assessment.getSubmittedAt());
    }
}

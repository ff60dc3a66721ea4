package se.kvalitet.renewal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.applications.boundary.ApplicationLabels;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.persistence.Rows;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;
import se.kvalitet.renewal.control.FeedbackStart;
import se.kvalitet.renewal.control.RenewalFeedbackPdf;
import se.kvalitet.renewal.entity.JurorScore;
import se.kvalitet.renewal.entity.RenewalFeedback;

/**
 * Written feedback to the renewal prize's entrants: an administrator drafts it from the jurors' submitted
 * justifications and mean points per criterion, edits it, and releases it on or after the cycle's feedback date.
 * Administrators reach every entry's feedback; the entry's unit's people only once released (before that, and for
 * anyone else: "not found"); jurors have their own scorings, not this. Every change carries the version seen.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME})
public class RenewalFeedbacks {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject JuryRoster roster;
    @Inject Cycles cycles;
    @Inject CurrentPerson currentPerson;
    @Inject DomainEvents events;
    @Inject ApplicationLabels labels;

    Clock clock = Clock.systemUTC();

    /** The feedback as the caller may see it. */
    public RenewalFeedbackView view(long applicationId) {
        var entry = reachable(applicationId);
        return view(entry, find(applicationId).orElse(null));
    }

    /** The administrator drafts the feedback from the jurors' submitted scorings (once; then it is edited). */
    @RolesAllowed(Role.ADMIN_NAME)
    public RenewalFeedbackView draft(long applicationId) {
        var entry = roster.entry(applicationId);
        if (find(applicationId).isPresent()) {
            throw new RuleViolation("renewal.feedback.alreadyDrafted");
        }
        var start = start(entry);
        if (start.jurors() == 0) {
            throw new RuleViolation("renewal.feedback.noScorings");
        }
        var feedback = RenewalFeedback.draft(applicationId, entry.cycleId(), null, withoutNulls(start.texts()),
                clock.instant(), actor());
        em.persist(feedback);
        em.flush();
        events.record("RenewalFeedbackDrafted", "RenewalFeedback", feedback.getId(), "application=" + applicationId);
        return view(entry, feedback);
    }

    /** The administrator edits the summary and the criteria's texts (the whole text as it should read). */
    @RolesAllowed(Role.ADMIN_NAME)
    public RenewalFeedbackView edit(long applicationId, String summary, Map<String, String> texts, long expectedVersion) {
        var entry = roster.entry(applicationId);
        var feedback = existing(applicationId, expectedVersion);
        var codes = roster.model(roster.terms(entry.cycleId())).criteria().stream().map(c -> c.code()).toList();
        for (String code : texts.keySet()) {
            if (!codes.contains(code)) {
                throw new RuleViolation("renewal.feedback.unknownCriterion", code);
            }
        }
        var merged = new HashMap<>(feedback.getTexts());
        texts.forEach((code, text) -> {
            if (text != null) {
                merged.put(code, text);
            }
        });
        feedback.edit(summary != null ? summary : feedback.getSummary(), merged, clock.instant(), actor());
        em.flush();
        events.record("RenewalFeedbackEdited", "RenewalFeedback", feedback.getId(), "application=" + applicationId);
        return view(entry, feedback);
    }

    /** Released to the unit, not before the cycle's feedback date. */
    @RolesAllowed(Role.ADMIN_NAME)
    public RenewalFeedbackView release(long applicationId, long expectedVersion) {
        var entry = roster.entry(applicationId);
        var feedback = existing(applicationId, expectedVersion);
        feedback.release(feedbackOn(entry.cycleId()), clock.instant(), actor());
        em.flush();
        events.record("RenewalFeedbackReleased", "RenewalFeedback", feedback.getId(), "application=" + applicationId);
        return view(entry, feedback);
    }

    /** The feedback as a tagged PDF in {@code language}, for whoever may read it (the unit: once released). */
    public byte[] pdf(long applicationId, String language) {
        var entry = reachable(applicationId);
        var feedback = find(applicationId).orElseThrow(() -> new NotFound("renewal.feedback.notFound", applicationId));
        var view = view(entry, feedback);
        return RenewalFeedbackPdf.render(new RenewalFeedbackPdf.Content(language, view.cycleName(), view.unitName(),
                view.title(), view.registrationNumber(), view.summary(), view.meanTotal(), view.criteria().stream()
                .map(c -> new RenewalFeedbackPdf.Criterion(c.code(), c.title(), c.mean(), c.maxPoints(), c.text()))
                .toList()));
    }

    /** The cycle's entries and their feedback, for the administrator's list. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<RenewalFeedbackView> ofCycle(long cycleId) {
        var entries = roster.ofCycle(cycleId);
        if (entries.isEmpty()) {
            return List.of();
        }
        // the cycle's setting, the feedbacks and the jurors' scorings once for the whole list, not once per entry
        var setting = setting(cycleId);
        var ids = entries.stream().map(JuryRoster.Entry::applicationId).toList();
        var feedbacks = em.createQuery("select f from RenewalFeedback f where f.applicationId in :ids", RenewalFeedback.class)
                .setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(RenewalFeedback::getApplicationId, f -> f));
        var scorings = submittedScorings(ids);
        return entries.stream().map(e -> view(e, feedbacks.get(e.applicationId()), setting,
                start(setting, scorings.getOrDefault(e.applicationId(), List.of())))).toList();
    }

    /** The released feedback of the caller's unit's entries over the years: what an applicant may read. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<RenewalFeedbackView> releasedForMyUnit() {
        Long unitId = currentPerson.caller().map(CurrentPerson.Caller::unitId).orElse(null);
        if (unitId == null) {
            return List.of();
        }
        var ofUnit = labels.ofUnit(unitId);
        if (ofUnit.isEmpty()) {
            return List.of();
        }
        List<Long> ids = em.createNativeQuery("select application_id from renewal_feedback where status = 'RELEASED' "
                        + "and application_id in (" + Rows.idList(ofUnit) + ") order by released_at desc")
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        return ids.stream().map(this::view).toList();
    }

    // ---- helpers

    /** The entry, if the caller may read its feedback: administrators; the unit's people once it is released. */
    private JuryRoster.Entry reachable(long applicationId) {
        if (session.isCallerInRole(Role.ADMIN_NAME)) {
            try {
                return roster.entry(applicationId);
            } catch (NotFound notAnEntry) {
                throw new NotFound("renewal.feedback.notFound", applicationId);
            }
        }
        // the unit's people: the released feedback of their own unit's entry, decided on this component's table and
        // the application's unit before anything of the entry is read
        boolean released = find(applicationId).map(RenewalFeedback::released).orElse(false);
        Long callerUnit = currentPerson.caller().map(CurrentPerson.Caller::unitId).orElse(null);
        if (!released || callerUnit == null || !callerUnit.equals(unitOf(applicationId))) {
            throw new NotFound("renewal.feedback.notFound", applicationId);
        }
        try {
            return roster.entryOfOwnUnit(applicationId);
        } catch (NotFound notAnEntry) {
            throw new NotFound("renewal.feedback.notFound", applicationId);
        }
    }

    private Long unitOf(long applicationId) {
        return labels.unitsOf(List.of(applicationId)).get(applicationId);
    }

    private RenewalFeedbackView view(JuryRoster.Entry entry, RenewalFeedback feedback) {
        return view(entry, feedback, setting(entry.cycleId()), start(entry));
    }

    private RenewalFeedbackView view(JuryRoster.Entry entry, RenewalFeedback feedback, Setting setting,
                                     FeedbackStart.Start start) {
        var terms = setting.terms();
        var model = setting.model();
        boolean admin = session.isCallerInRole(Role.ADMIN_NAME);
        var texts = feedback == null ? Map.<String, String>of() : feedback.getTexts();
        var criteria = model.criteria().stream().map(c -> new RenewalFeedbackView.Criterion(c.code(), c.title(),
                c.maxPoints(), start.means().get(c.code()), feedback == null ? start.texts().get(c.code())
                : texts.get(c.code()))).toList();
        boolean released = feedback != null && feedback.released();
        return new RenewalFeedbackView(entry.applicationId(), entry.cycleId(), terms.name(), entry.registrationNumber(),
                entry.unitName(), entry.title(), feedback == null ? "NONE" : feedback.getStatus(),
                feedback == null ? null : feedback.getVersion(), setting.feedbackOn(),
                feedback == null ? null : feedback.getReleasedAt(), feedback == null ? null : feedback.getSummary(),
                start.meanTotal(), start.jurors(), criteria, admin && !released, admin && feedback != null && !released);
    }

    /** The cycle as the feedback needs it: terms, the prize's model, the feedback date. */
    private record Setting(ApplicationTerms terms, ModelView model, LocalDate feedbackOn) {
    }

    private Setting setting(long cycleId) {
        var terms = roster.terms(cycleId);
        return new Setting(terms, roster.model(terms), feedbackOn(cycleId));
    }

    /** The jurors' submitted scorings of the entry, reduced to what the feedback starts from. */
    private FeedbackStart.Start start(JuryRoster.Entry entry) {
        return start(setting(entry.cycleId()),
                submittedScorings(List.of(entry.applicationId())).getOrDefault(entry.applicationId(), List.of()));
    }

    private static FeedbackStart.Start start(Setting setting, List<FeedbackStart.Scoring> scorings) {
        return FeedbackStart.of(setting.model().criteria().stream().map(c -> c.code()).toList(), scorings);
    }

    /** Per entry the jurors' submitted scorings, in the order they were submitted, in one statement. */
    private Map<Long, List<FeedbackStart.Scoring>> submittedScorings(List<Long> applicationIds) {
        var byEntry = new HashMap<Long, List<FeedbackStart.Scoring>>();
        em.createQuery("select distinct s from JurorScore s left join fetch s.scores where s.applicationId in :a "
                        + "order by s.submittedAt, s.id", JurorScore.class)
                .setParameter("a", applicationIds).getResultList().stream().filter(JurorScore::isSubmitted)
                .forEach(s -> byEntry.computeIfAbsent(s.getApplicationId(), a -> new java.util.ArrayList<>()).add(scoring(s)));
        return byEntry;
    }

    private static FeedbackStart.Scoring scoring(JurorScore s) {
        var points = new HashMap<String, Double>();
        var justifications = new HashMap<String, String>();
        s.getScores().forEach(c -> {
            if (c.getPoints() != null) {
                points.put(c.getCriterionCode(), c.getPoints());
            }
            if (c.getJustification() != null) {
                justifications.put(c.getCriterionCode(), c.getJustification());
            }
        });
        return new FeedbackStart.Scoring(points, justifications, s.totalPoints());
    }

    private static Map<String, String> withoutNulls(Map<String, String> texts) {
        var kept = new HashMap<String, String>();
        texts.forEach((k, v) -> {
            if (v != null) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    private Optional<RenewalFeedback> find(long applicationId) {
        return em.createQuery("select f from RenewalFeedback f where f.applicationId = :a", RenewalFeedback.class)
                .setParameter("a", applicationId).getResultStream().findFirst();
    }

    private RenewalFeedback existing(long applicationId, long expectedVersion) {
        var feedback = find(applicationId).orElseThrow(() -> new RuleViolation("renewal.feedback.notDrafted"));
        if (feedback.getVersion() != expectedVersion) {
            throw new RuleViolation("error.concurrentChange");
        }
        return feedback;
    }

    private LocalDate feedbackOn(long cycleId) {
        return cycles.detail(cycleId).map(d -> d.dates().feedbackOn()).orElse(null);
    }

    private String actor() {
        return currentPerson.caller().map(CurrentPerson.Caller::email).orElse("system");
    }
}

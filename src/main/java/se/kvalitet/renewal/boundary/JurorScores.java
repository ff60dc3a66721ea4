package se.kvalitet.renewal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.kvalitet.conflicts.boundary.Confirmations;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;
import se.kvalitet.jury.boundary.BlindCodes;
import se.kvalitet.jury.boundary.JuryWorkspaces;
import se.kvalitet.renewal.control.Blindness;
import se.kvalitet.renewal.control.Blindness.Own;
import se.kvalitet.renewal.control.Blindness.Viewer;
import se.kvalitet.renewal.control.Blindness.What;
import se.kvalitet.renewal.control.JurorRules;
import se.kvalitet.renewal.entity.JurorScore;

/**
 * The jury's scoring of the renewal prize: each jury member scores each entry of the cycle on the prize's criteria
 * and scale, with a short justification per criterion; saves drafts, submits once complete, and cannot change a
 * submitted scoring. A juror must first confirm having no conflict with the entry; a juror whom a conflict blocks
 * is recused and can neither read nor score it. Every read of other jurors' work goes through {@link Blindness}:
 * nothing of another juror's reaches a juror before they have submitted their own for that entry, whatever the
 * route. Administrators follow everything submitted; they do not score.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
public class JurorScores {

    @PersistenceContext
    EntityManager em;

    @Inject CurrentPerson currentPerson;
    @Inject JuryRoster roster;
    @Inject Confirmations confirmations;
    @Inject DomainEvents events;
    @Inject BlindCodes blindCodes;
    @Inject JuryWorkspaces jury;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** The entry, the prize's model and where the caller stands with it. */
    record Seat(Long callerId, Viewer viewer, JuryRoster.Entry entry, ApplicationTerms terms, ModelView model,
                Optional<JurorScore> own, boolean confirmed) {
        Own ownState() {
            return own.map(s -> Own.valueOf(s.getStatus().name())).orElse(Own.NOT_STARTED);
        }
    }

    /** The cycle's entries with where the caller stands with each (none before the application period closed). */
    public List<RenewalEntry> entries(Long cycleId) {
        if (cycleId == null) {
            return List.of();
        }
        Long callerId = callerId();
        boolean juror = isJuror(callerId);
        var entries = roster.ofCycle(cycleId);
        if (entries.isEmpty()) {
            return List.of();
        }
        var jurorIds = new java.util.LinkedHashSet<>(roster.jurors().stream().map(JuryRoster.Juror::id).toList());
        if (juror) {
            jurorIds.add(callerId);
        }
        var recusals = roster.recusals(cycleId, jurorIds);
        var sheets = ofCycle(cycleId);
        var ids = entries.stream().map(JuryRoster.Entry::applicationId).toList();
        Set<Long> confirmed = juror ? confirmations.confirmedAsJuror(callerId, ids) : Set.of();
        var codes = blindCodes.of(cycleId, ids);
        // blind jury mode: a juror gets the codes only (the title too may name the unit)
        boolean blind = juror && jury.namesHiddenFromCaller(cycleId);
        return entries.stream().map(e -> {
            var recused = recusals.getOrDefault(e.applicationId(), Set.of());
            int submitted = (int) sheets.stream().filter(s -> s.getApplicationId() == e.applicationId()
                    && s.isSubmitted() && !recused.contains(s.getJurorId())).count();
            int scoring = (int) jurorIds.stream().filter(j -> !recused.contains(j)).count();
            String own = !juror ? "NONE" : sheets.stream().filter(s -> s.getApplicationId() == e.applicationId()
                            && s.getJurorId().equals(callerId)).findFirst().map(s -> s.getStatus().name())
                    .orElse("NOT_STARTED");
            return new RenewalEntry(blind ? null : e.applicationId(), codes.get(e.applicationId()),
                    blind ? null : e.registrationNumber(), blind ? null : e.unitName(), blind ? null : e.title(), e.classId(),
                    e.className(), juror && recused.contains(callerId), confirmed.contains(e.applicationId()), own,
                    submitted, scoring);
        }).toList();
    }

    /**
     * The entry a route names: its code, or its id where the caller sees ids (never a juror in blind mode), by the
     * jury's rule.
     */
    public Long entryId(String reference) {
        try {
            return jury.applicationOf(reference);
        } catch (NotFound unknown) {
            throw new NotFound("renewal.entry.notFound", reference);
        }
    }

    /**
     * The caller, as a jury member, confirms having no conflict with the entry: from then on they may read it. The
     * jury's one rule for a juror's confirmation decides (refused in blind mode: the entry names the unit).
     */
    @RolesAllowed(Role.JURY_NAME)
    public void confirmNoConflict(Long applicationId) {
        var seat = seat(applicationId);
        if (seat.viewer() == Viewer.RECUSED) {
            throw new RuleViolation("renewal.recused");
        }
        jury.confirmNoConflict(applicationId);
    }

    /** Whether the caller is recused from the entry, has confirmed no conflict, and where their scoring stands. */
    public RenewalEntry entry(Long applicationId) {
        var seat = seat(applicationId);
        var e = seat.entry();
        var code = blindCodes.of(e.cycleId(), List.of(e.applicationId())).get(e.applicationId());
        return entries(e.cycleId()).stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound("renewal.entry.notFound", applicationId));
    }

    /** The prize's model the entry is scored on. */
    public ModelView model(Long applicationId) {
        return seat(applicationId).model();
    }

    /** The caller's own scoring of the entry (NOT_STARTED, version 0, before the first save). */
    @RolesAllowed(Role.JURY_NAME)
    public JurorSheet own(Long applicationId) {
        var seat = scoring(applicationId);
        return seat.own().map(s -> view(s, seat.model(), nameOf(seat.callerId()))).orElseGet(() -> empty(seat));
    }

    /**
     * Saves the given criteria of the caller's draft (criteria left out are kept); the first save starts it.
     * Refused once submitted, outside the jury's scoring phases, on a value off the scale, and when the scoring
     * changed since {@code expectedVersion}: nothing is overwritten unseen, and a refusal changes nothing.
     */
    @RolesAllowed(Role.JURY_NAME)
    public JurorSheet save(Long applicationId, List<CriterionInput> scores, long expectedVersion) {
        var seat = scoring(applicationId);
        var entries = new ArrayList<JurorRules.Entry>();
        for (var input : scores == null ? List.<CriterionInput>of() : scores) {
            if (input != null) {
                entries.add(JurorRules.entry(seat.model(), input.criterionCode(), input.value(), input.justification()));
            }
        }
        var sheet = writable(seat, expectedVersion);
        var now = clock.instant();
        entries.forEach(e -> sheet.record(e.criterionId(), e.criterionCode(), e.value(), e.points(), e.justification(), now));
        em.flush();
        return view(sheet, seat.model(), nameOf(seat.callerId()));
    }

    /** Submits the caller's draft: every criterion needs a value and a justification. Read-only afterwards. */
    @RolesAllowed(Role.JURY_NAME)
    public JurorSheet submit(Long applicationId, long expectedVersion) {
        var seat = scoring(applicationId);
        var sheet = writable(seat, expectedVersion);
        var written = new LinkedHashMap<String, JurorRules.Entry>();
        sheet.getScores().forEach(s -> written.put(s.getCriterionCode(), new JurorRules.Entry(s.getCriterionId(),
                s.getCriterionCode(), s.getValue(), s.getPoints(), s.getJustification())));
        var missing = JurorRules.missing(seat.model(), written);
        if (!missing.isEmpty()) {
            throw missing.get(0);
        }
        sheet.submit(clock.instant());
        em.flush();
        events.record("JurorScoreSubmitted", "JurorScore", sheet.getId(), "application=" + applicationId
                + ";juror=" + seat.callerId() + ";total=" + sheet.totalPoints());
        return view(sheet, seat.model(), nameOf(seat.callerId()));
    }

    /**
     * The other jurors' submitted scorings of the entry (drafts never, nor those of jurors recused from it now), by
     * name: for an administrator, and for a juror who has submitted their own. Anybody else is refused.
     */
    public List<JurorSheet> others(Long applicationId) {
        var seat = seat(applicationId);
        if (seat.viewer() == Viewer.RECUSED) {
            throw new RuleViolation("renewal.recused");
        }
        if (!Blindness.sees(seat.viewer(), seat.ownState(), What.OTHERS_SUBMITTED)) {
            throw new RuleViolation("renewal.blind.submitFirst");
        }
        var names = new HashMap<Long, String>();
        roster.jurors().forEach(j -> names.put(j.id(), j.name()));
        var recused = roster.recusals(seat.entry().cycleId(), names.keySet())
                .getOrDefault(seat.entry().applicationId(), Set.of());
        return em.createQuery("select s from JurorScore s where s.applicationId = :app", JurorScore.class)
                .setParameter("app", applicationId).getResultStream()
                .filter(s -> s.isSubmitted() && !s.getJurorId().equals(seat.callerId()) && !recused.contains(s.getJurorId()))
                .map(s -> view(s, seat.model(), names.get(s.getJurorId())))
                .map(s -> jury.namesHiddenFromCaller(seat.entry().cycleId()) ? s.withoutApplicationId() : s)
                .sorted(Comparator.comparing(v -> v.jurorName() == null ? "" : v.jurorName()))
                .toList();
    }

    // ---- helpers

    private Seat seat(Long applicationId) {
        var entry = roster.entry(applicationId);
        Long callerId = callerId();
        Viewer viewer;
        if (isJuror(callerId)) {
            // a juror is blind like every juror, even one who also administers: the seat decides first
            viewer = roster.recused(callerId, entry.applicationId()) ? Viewer.RECUSED : Viewer.JUROR;
        } else if (session.isCallerInRole(Role.ADMIN_NAME)) {
            viewer = Viewer.ADMIN;
        } else {
            throw new NotFound("renewal.entry.notFound", applicationId);
        }
        var terms = roster.terms(entry.cycleId());
        var model = roster.model(terms);
        var own = viewer == Viewer.ADMIN ? Optional.<JurorScore>empty() : find(entry.applicationId(), callerId);
        boolean confirmed = viewer == Viewer.JUROR
                && !confirmations.confirmedAsJuror(callerId, List.of(entry.applicationId())).isEmpty();
        return new Seat(callerId, viewer, entry, terms, model, own, confirmed);
    }

    /** The seat of a juror who may score the entry: not recused, and confirmed having no conflict. */
    private Seat scoring(Long applicationId) {
        var seat = seat(applicationId);
        if (seat.viewer() == Viewer.ADMIN) {
            // administrators follow the work; only jurors score
            throw new NotFound("renewal.entry.notFound", applicationId);
        }
        if (seat.viewer() == Viewer.RECUSED) {
            throw new RuleViolation("renewal.recused");
        }
        if (!seat.confirmed()) {
            throw new RuleViolation("renewal.confirmFirst");
        }
        if (jury.namesHiddenFromCaller(seat.entry().cycleId())) {
            // confirmed before blind mode was set: the form shows the entry, which names the unit
            throw new RuleViolation("renewal.blind.names");
        }
        return seat;
    }

    private JurorScore writable(Seat seat, long expectedVersion) {
        if (seat.own().isPresent()) {
            var sheet = seat.own().get();
            sheet.requireDraft();
            requirePhase(seat);
            sheet.requireVersion(expectedVersion);
            em.lock(sheet, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            return sheet;
        }
        requirePhase(seat);
        if (expectedVersion != 0) {
            throw new RuleViolation("renewal.score.stale");
        }
        var started = new JurorScore(seat.entry().cycleId(), seat.entry().applicationId(), seat.callerId(),
                seat.model().id(), clock.instant());
        em.persist(started);
        // the criteria's key includes the scoring's id, which the database gives on insert
        em.flush();
        return started;
    }

    private static void requirePhase(Seat seat) {
        if (!JuryRoster.SCORING_PHASES.contains(seat.terms().phase())) {
            throw new RuleViolation("renewal.phase.closed");
        }
    }

    private Optional<JurorScore> find(long applicationId, Long jurorId) {
        if (jurorId == null) {
            return Optional.empty();
        }
        return em.createQuery("select s from JurorScore s where s.applicationId = :app and s.jurorId = :juror",
                        JurorScore.class).setParameter("app", applicationId).setParameter("juror", jurorId)
                .getResultStream().findFirst();
    }

    List<JurorScore> ofCycle(long cycleId) {
        return em.createQuery("select s from JurorScore s where s.cycleId = :cycle order by s.id", JurorScore.class)
                .setParameter("cycle", cycleId).getResultList();
    }

    private Long callerId() {
        return currentPerson.caller().map(CurrentPerson.Caller::id).orElse(null);
    }

    private boolean isJuror(Long callerId) {
        return callerId != null && session.isCallerInRole(Role.JURY_NAME);
    }

    private String nameOf(Long personId) {
        return currentPerson.caller().filter(c -> c.id().equals(personId)).map(CurrentPerson.Caller::fullName)
                .orElse(null);
    }

    private JurorSheet empty(Seat seat) {
        var scores = seat.model().criteria().stream().map(c -> new CriterionValue(c.code(), c.title(), c.maxPoints(),
                null, null, null, null)).toList();
        return new JurorSheet(null, 0, seat.entry().applicationId(), seat.callerId(), nameOf(seat.callerId()),
                "NOT_STARTED", scores, java.math.BigDecimal.ZERO.setScale(1), null);
    }

    static JurorSheet view(JurorScore sheet, ModelView model, String jurorName) {
        var scores = model.criteria().stream().map(c -> sheet.score(c.code())
                .map(s -> new CriterionValue(c.code(), c.title(), c.maxPoints(), s.getValue(),
                        s.getValue() == null ? null : model.bandOf(s.getValue()).label(), s.getPoints(),
                        s.getJustification()))
                .orElseGet(() -> new CriterionValue(c.code(), c.title(), c.maxPoints(), null, null, null, null)))
                .collect(Collectors.toList());
        return new JurorSheet(sheet.getId(), sheet.getVersion(), sheet.getApplicationId(), sheet.getJurorId(),
                jurorName, sheet.getStatus().name(), scores, sheet.totalPoints(), sheet.getSubmittedAt());
    }
}

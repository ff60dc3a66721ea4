package se.kvalitet.jury.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kvalitet.applications.boundary.ApplicationSummary;
import se.kvalitet.conflicts.boundary.ConflictCheck;
import se.kvalitet.consensus.boundary.ConsensusResults;
import se.kvalitet.consensus.boundary.ConsensusStanding;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.jury.control.BlindCode;
import se.kvalitet.jury.control.ProfileBands;
import se.kvalitet.jury.control.Ranking;
import se.kvalitet.jury.control.Sight;
import se.kvalitet.jury.entity.JuryAttendance;
import se.kvalitet.jury.entity.JuryDecision;
import se.kvalitet.jury.entity.JuryMeeting;
import se.kvalitet.jury.entity.JuryVote;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.security.Role;
import se.kvalitet.renewal.boundary.RenewalStanding;
import se.kvalitet.renewal.boundary.RenewalStandings;

/**
 * The one place that puts a cycle's jury work together for the caller: applications, consensus results (renewal
 * prize: the jurors' standings), decisions, votes, jurors, recusals, and the rule table {@link Sight} applied to
 * every application. Every route (pages, REST, minutes) goes through {@link #board}, so recusal and blind mode
 * are enforced in one place on the server.
 */
@Dependent
public class JuryContext {

    static final String RENEWAL = "RENEWAL_PRIZE";

    @PersistenceContext
    EntityManager em;

    @Inject
    JuryFacts facts;

    @Inject
    ConflictCheck conflicts;

    @Inject
    ConsensusResults consensus;

    @Inject
    RenewalStandings renewal;

    @Inject
    EvaluationModels models;

    @Inject
    Cycles cycles;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    BlindCodes blindCodes;

    /** The caller: {@code juror} when they hold the JURY role (then recusals apply even to an administrator). */
    public record Me(Long id, String email, String name, boolean admin, boolean juror) {
    }

    /** Everything of one cycle's jury work, filtered for the caller. */
    public record Board(ApplicationTerms terms, JuryMeeting meeting, Me me, List<JuryFacts.Juror> jurors,
                        Map<Long, Set<Long>> recusals, Set<Long> present, List<ClassView> classes,
                        Map<Long, StandingView> standings, Map<Long, JuryDecision> decisions,
                        Map<Long, ApplicationSummary> applications, Map<Long, String> codes) {

        /** The application's random code in this cycle (its neutral label). */
        public String code(Long applicationId) {
            return codes.get(applicationId);
        }

        /** The application behind a row (the rows themselves carry no id in blind mode). */
        public Long idOf(StandingView row) {
            return JuryContext.idOf(codes, row.code());
        }

        /** The caller sees the units' names and the applications' ids (not in blind mode, unless administering). */
        public boolean namesShown() {
            return me.admin() && !me.juror() || !meeting.namesHidden();
        }

        public boolean chair() {
            return me.id() != null && me.id().equals(meeting.getChairId());
        }

        public boolean announced() {
            return !decisions.isEmpty() && decisions.values().stream().anyMatch(JuryDecision::announced);
        }

        public boolean recused(Long personId, Long applicationId) {
            return recusals.getOrDefault(applicationId, Set.of()).contains(personId);
        }

        public String jurorName(Long id) {
            return jurors.stream().filter(j -> j.id().equals(id)).map(JuryFacts.Juror::fullName).findFirst()
                    .orElse(String.valueOf(id));
        }
    }

    /**
     * The caller. Every juror has an account; a caller without one got past the boundaries' roles only as the
     * system's run-as administrator (start-up work such as the demo), so is an administrator and no juror.
     */
    public Me me() {
        return currentPerson.caller()
                .map(c -> new Me(c.id(), c.email(), c.fullName(), c.has(Role.ADMIN), c.has(Role.JURY)))
                .orElse(new Me(null, "system", "system", true, false));
    }

    /** The cycle asked for, or the cycle with the jury (else the current one); "not found" when there is none. */
    public Long cycleOrCurrent(Long cycleId) {
        if (cycleId != null) {
            return cycleId;
        }
        return cycles.defaultFor(se.kvalitet.cycles.boundary.CyclePurpose.JURY).orElseThrow(() -> new NotFound("jury.cycle.notFound", ""));
    }

    public ApplicationTerms terms(Long cycleId) {
        return cycles.applicationTerms(cycleId).orElseThrow(() -> new NotFound("jury.cycle.notFound", cycleId));
    }

    /** The cycle's meeting row; a fresh, unsaved one when nothing has been set yet. */
    public JuryMeeting meeting(Long cycleId) {
        var meeting = em.find(JuryMeeting.class, cycleId);
        return meeting != null ? meeting : new JuryMeeting(cycleId);
    }

    /** The cycle's meeting row for a change, created on first use. */
    public JuryMeeting meetingForUpdate(Long cycleId) {
        var meeting = em.find(JuryMeeting.class, cycleId);
        if (meeting == null) {
            meeting = new JuryMeeting(cycleId);
            em.persist(meeting);
        }
        return meeting;
    }

    /** The cycle of an application; "not found" for an unknown one. */
    public Long cycleOf(Long applicationId) {
        return conflicts.cycleOf(applicationId);
    }

    /**
     * The application a route names: its code, or its id where the caller sees ids. In blind mode a juror names
     * applications only by code: an id answers "not found", so no juror can tie an id (known from elsewhere) to a
     * code by asking.
     */
    public Long application(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new NotFound("jury.application.notFound", "");
        }
        if (BlindCode.isCode(reference)) {
            return blindCodes.application(reference)
                    .orElseThrow(() -> new NotFound("jury.application.notFound", reference));
        }
        if (!reference.matches("[0-9]{1,18}")) {
            throw new NotFound("jury.application.notFound", reference);
        }
        Long id = Long.valueOf(reference);
        var me = me();
        if (!(me.admin() && !me.juror()) && meeting(cycleOf(id)).namesHidden()) {
            throw new NotFound("jury.application.notFound", reference);
        }
        return id;
    }

    /** {@link #application(String)}, of the given cycle only. */
    public Long application(Long cycleId, String reference) {
        Long id = application(reference);
        if (!cycleId.equals(cycleOf(id))) {
            throw new NotFound("jury.application.notFound", reference);
        }
        return id;
    }

    /** The whole board with every application's eligibility warnings. */
    public Board board(Long cycleId) {
        return board(cycleId, id -> true);
    }

    /**
     * The board, with eligibility warnings only for the applications {@code withWarnings} accepts: reading them
     * means reading the application, which a polled meeting page needs for one application only.
     */
    public Board board(Long cycleId, java.util.function.Predicate<Long> withWarnings) {
        var terms = terms(cycleId);
        var me = me();
        var meeting = meeting(cycleId);
        var jurors = facts.jurors();
        var recusals = recusals(cycleId, jurors);
        var applications = new LinkedHashMap<Long, ApplicationSummary>();
        facts.competing(cycleId).forEach(a -> applications.put(a.id(), a));
        var codes = blindCodes.of(cycleId, applications.keySet());
        var decisions = new HashMap<Long, JuryDecision>();
        em.createQuery("select d from JuryDecision d where d.cycleId = :c", JuryDecision.class).setParameter("c", cycleId)
                .getResultList().forEach(d -> decisions.put(d.getApplicationId(), d));
        var votes = new HashMap<Long, List<JuryVote>>();
        em.createQuery("select v from JuryVote v where v.cycleId = :c order by v.id", JuryVote.class).setParameter("c", cycleId)
                .getResultList().forEach(v -> votes.computeIfAbsent(v.getApplicationId(), k -> new ArrayList<>()).add(v));
        var present = new HashSet<Long>();
        em.createQuery("select a from JuryAttendance a where a.cycleId = :c", JuryAttendance.class).setParameter("c", cycleId)
                .getResultList().forEach(a -> present.add(a.getPersonId()));
        var results = new HashMap<Long, ConsensusStanding>();
        consensus.standings(cycleId).forEach(s -> results.put(s.result().applicationId(), s));
        var renewalStandings = new HashMap<Long, RenewalStanding>();
        renewal.standings(cycleId).forEach(s -> renewalStandings.put(s.applicationId(), s));
        var modelViews = new HashMap<Long, Optional<ModelView>>();
        var names = new HashMap<Long, String>();
        jurors.forEach(j -> names.put(j.id(), j.fullName()));

        var standings = new LinkedHashMap<Long, StandingView>();
        var classes = new ArrayList<ClassView>();
        for (var category : terms.categories()) {
            boolean renewalPrize = RENEWAL.equals(category.award());
            for (var competitionClass : category.classes()) {
                var inClass = applications.values().stream()
                        .filter(a -> competitionClass.id().equals(a.competitionClassId())).toList();
                var visibleEntries = new ArrayList<Ranking.Entry>();
                var hidden = new ArrayList<ApplicationSummary>();
                for (var a : inClass) {
                    var sight = sight(me, meeting, recusals, a.id());
                    if (!sight.scores()) {
                        hidden.add(a);
                        continue;
                    }
                    if (renewalPrize) {
                        var s = renewalStandings.get(a.id());
                        boolean scored = s != null && s.visible() && s.mean() != null;
                        visibleEntries.add(new Ranking.Entry(a.id(), codes.get(a.id()), scored ? s.mean().doubleValue() : null, scored));
                    } else {
                        var r = results.get(a.id());
                        visibleEntries.add(new Ranking.Entry(a.id(), codes.get(a.id()), r == null ? null : r.result().totalPoints(),
                                r != null && r.result().closed()));
                    }
                }
                // ranked over what the caller sees: a recused juror sees no gap where the hidden application stands
                var rows = new ArrayList<StandingView>();
                for (var ranked : Ranking.rank(visibleEntries)) {
                    var a = applications.get(ranked.entry().applicationId());
                    rows.add(standing(a, codes.get(a.id()), ranked.rank(), category.award(), sight(me, meeting, recusals, a.id()), meeting,
                            results.get(a.id()), renewalStandings.get(a.id()), decisions.get(a.id()),
                            votes.getOrDefault(a.id(), List.of()), names, me, category.evaluationModelId(), modelViews,
                            withWarnings.test(a.id())));
                }
                hidden.stream().sorted(Comparator.comparing((ApplicationSummary a) -> codes.get(a.id())))
                        .forEach(a -> rows.add(standing(a, codes.get(a.id()), null,
                        category.award(), sight(me, meeting, recusals, a.id()), meeting, null, null, decisions.get(a.id()),
                        List.of(), names, me, null, modelViews, withWarnings.test(a.id()))));
                rows.forEach(r -> standings.put(idOf(codes, r.code()), r));
                boolean allDecided = !inClass.isEmpty() && inClass.stream().allMatch(a -> decisions.containsKey(a.id()));
                boolean noWinner = allDecided && inClass.stream()
                        .noneMatch(a -> decisions.get(a.id()).getOutcome() == se.kvalitet.jury.entity.Outcome.WINNER);
                classes.add(new ClassView(category.award(), competitionClass.id(), competitionClass.name(), rows,
                        allDecided, noWinner));
            }
        }
        return new Board(terms, meeting, me, jurors, recusals, present, classes, standings, decisions, applications, codes);
    }

    static Long idOf(Map<Long, String> codes, String code) {
        return codes.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new NotFound("jury.application.notFound", code));
    }

    public static Sight sight(Me me, JuryMeeting meeting, Map<Long, Set<Long>> recusals, Long applicationId) {
        boolean recused = me.juror() && recusals.getOrDefault(applicationId, Set.of()).contains(me.id());
        return Sight.of(me.admin() && !me.juror(), recused, meeting.namesHidden());
    }

    private StandingView standing(ApplicationSummary a, String code, Integer rank, String award, Sight sight, JuryMeeting meeting,
                                  ConsensusStanding result, RenewalStanding renewalStanding, JuryDecision decision,
                                  List<JuryVote> votes, Map<Long, String> names, Me me, Long modelId,
                                  Map<Long, Optional<ModelView>> modelViews, boolean withWarnings) {
        boolean recused = !sight.scores() && me.juror();
        boolean announced = decision != null && decision.announced();
        boolean showDecision = decision != null && (sight.scores() || announced);
        // in blind mode neither the name nor the database id reaches the caller: only the random code
        Long shownId = sight.names() ? a.id() : null;
        String unit = sight.names() ? a.unitName() : null;
        String administration = sight.names() ? a.administrationName() : null;
        List<WarningView> warnings = sight.content() && withWarnings
                ? facts.warnings(a.id()).stream().map(n -> new WarningView(n.key(), n.arguments())).toList() : List.of();
        if (!sight.scores()) {
            return new StandingView(shownId, code, unit, administration, award, a.competitionClassId(),
                    a.competitionClassName(), recused, meeting.namesHidden(), null, null, null, null, null, null, null,
                    List.of(), null, null, null, warnings, null, null, showDecision ? decision.getOutcome().name() : null,
                    showDecision ? decision.getMotivation() : null, null, announced, null, List.of(), false);
        }
        var profile = new ArrayList<ProfileLine>();
        Integer processPercent = null;
        Integer resultPercent = null;
        String processBand = null;
        String resultBand = null;
        if (result != null) {
            var model = modelViews.computeIfAbsent(result.modelId() != null ? result.modelId() : modelId,
                    id -> id == null ? Optional.empty() : models.view(id));
            var scored = new ArrayList<ProfileBands.Scored>();
            for (var c : result.result().criteria()) {
                var criterion = model.flatMap(m -> m.criteria().stream().filter(k -> k.code().equals(c.code())).findFirst());
                String type = criterion.map(ModelView.CriterionView::type).orElse(null);
                int max = criterion.map(ModelView.CriterionView::maxPoints).orElse(0);
                profile.add(new ProfileLine(c.code(), c.title(), type, c.value(), c.band(), c.points(), max));
                if (type != null) {
                    scored.add(new ProfileBands.Scored(type, c.points(), max));
                }
            }
            var bands = model.filter(m -> !m.isOrdinal()).map(m -> m.bands().stream()
                    .map(b -> new ProfileBands.Band(b.min(), b.label())).toList()).orElse(List.of());
            processPercent = ProfileBands.percent(scored, "PROCESS");
            resultPercent = ProfileBands.percent(scored, "RESULT");
            processBand = ProfileBands.band(processPercent, bands);
            resultBand = ProfileBands.band(resultPercent, bands);
        }
        String myVote = votes.stream().filter(v -> v.getPersonId().equals(me.id())).map(v -> v.getOutcome().name())
                .findFirst().orElse(null);
        var voteViews = votes.stream().map(v -> new VoteView(v.getPersonId(), names.getOrDefault(v.getPersonId(), "?"),
                v.getOutcome().name())).toList();
        BigDecimal mean = renewalStanding != null && renewalStanding.visible() ? renewalStanding.mean() : null;
        Integer submitted = renewalStanding != null ? renewalStanding.submitted() : null;
        return new StandingView(shownId, code, unit, administration, award, a.competitionClassId(),
                a.competitionClassName(), false, meeting.namesHidden(), rank,
                RENEWAL.equals(award) ? null : result == null ? "NOT_OPENED" : result.result().status(),
                result == null ? null : result.result().totalPoints(), processPercent, processBand, resultPercent,
                resultBand, profile, result == null ? null : result.siteVisitRecommended(),
                result == null ? null : result.proposedLevel(), result == null ? null : result.siteVisit(), warnings,
                mean, submitted, decision == null ? null : decision.getOutcome().name(),
                decision == null ? null : decision.getMotivation(), decision == null ? null : decision.getVersion(),
                announced, myVote, voteViews, sight.vote() && me.juror() && !announced && decision == null);
    }

    private Map<Long, Set<Long>> recusals(Long cycleId, List<JuryFacts.Juror> jurors) {
        var map = new HashMap<Long, Set<Long>>();
        if (jurors.isEmpty()) {
            return map;
        }
        conflicts.blocking(cycleId, jurors.stream().map(JuryFacts.Juror::id).toList())
                .forEach(c -> map.computeIfAbsent(c.applicationId(), k -> new HashSet<>()).add(c.personId()));
        return map;
    }

    /** Refuses any change once the cycle's decisions are announced. */
    public void requireNotAnnounced(Long cycleId) {
        Long announced = em.createQuery("select count(d) from JuryDecision d where d.cycleId = :c and d.announcedAt is not null",
                Long.class).setParameter("c", cycleId).getSingleResult();
        if (announced > 0) {
            throw new RuleViolation("jury.announced");
        }
    }

    /** Refuses a juror's or chair's work outside the cycle's JURY phase. */
    public void requireJuryPhase(ApplicationTerms terms) {
        if (!"JURY".equals(terms.phase())) {
            throw new RuleViolation("jury.phase.notJury");
        }
    }
}

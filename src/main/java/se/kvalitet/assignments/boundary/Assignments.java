package se.kvalitet.assignments.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.assignments.boundary.AssignmentData.AppRow;
import se.kvalitet.assignments.boundary.AssignmentData.CategoryRow;
import se.kvalitet.assignments.control.ApplicationToStaff;
import se.kvalitet.assignments.control.AssignmentProblem;
import se.kvalitet.assignments.control.DraftRules;
import se.kvalitet.assignments.control.ProblemBuilder;
import se.kvalitet.assignments.control.ProposedTeam;
import se.kvalitet.assignments.control.RuleBreach;
import se.kvalitet.assignments.control.TeamAdvice;
import se.kvalitet.assignments.control.TeamDraft;
import se.kvalitet.assignments.control.TeamRules;
import se.kvalitet.assignments.control.TeamSolver;
import se.kvalitet.assignments.entity.AssignmentProposal;
import se.kvalitet.assignments.entity.ProposalShortfall;
import se.kvalitet.assignments.entity.ProposalStatus;
import se.kvalitet.assignments.entity.Team;
import se.kvalitet.assignments.entity.TeamMember;
import se.kvalitet.assignments.entity.TeamSettings;
import se.kvalitet.conflicts.boundary.ConflictCheck;
import se.kvalitet.examiners.boundary.ExaminerCandidate;
import se.kvalitet.examiners.boundary.ExaminerPool;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.persistence.Rows;

/**
 * Team assignment for administrators: the team size per category, the solver's proposal from the category's
 * submitted applications and the cycle's ready examiners, manual adjustment seat by seat, commit (teams are
 * created, the applications go under review, every examiner's assignment is recorded for the notifications)
 * and discard. Every adjustment is checked against the hard rules on the server with the same code the solver
 * uses ({@link TeamRules}); a change that would break one is refused and changes nothing. Proposals are made
 * and committed only after applications closed and before the consensus ({@code APPLICATION_CLOSED},
 * {@code INDIVIDUAL_REVIEW}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Assignments {

    static final Set<String> ASSIGNING_PHASES = Set.of("APPLICATION_CLOSED", "INDIVIDUAL_REVIEW");

    /** A committed team may change until the consensus phase begins. */
    static final Set<String> REPLACING_PHASES = ASSIGNING_PHASES;

    @PersistenceContext
    EntityManager em;

    @Inject
    se.kvalitet.cycles.boundary.Cycles cycles;

    @Inject
    AssignmentData data;

    @Inject
    ExaminerPool pool;

    @Inject
    ConflictCheck conflictCheck;

    @Inject
    Applications applications;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** The award whose entries the jury scores without examiner teams. */
    static final String JURY_ONLY = "RENEWAL_PRIZE";

    // ---- team size

    /** The cycle's categories with their team size and how many submitted applications still need a team. */
    public List<CategoryChoice> categories(Long cycleId) {
        var terms = cycles.applicationTerms(cycleId).orElse(null);
        if (terms == null) {
            return List.of();
        }
        return terms.categories().stream().filter(c -> !JURY_ONLY.equals(c.award()))
                .sorted(java.util.Comparator.comparing(se.kvalitet.cycles.boundary.ApplicationTerms.Category::award)).map(c -> {
                    var settings = em.find(TeamSettings.class, c.id());
                    return new CategoryChoice(c.id(), cycleId, c.award(),
                            settings == null ? TeamSettings.DEFAULT_TEAM_SIZE : settings.getTeamSize(),
                            settings == null ? 0 : settings.getVersion(), data.unstaffed(c.id()).size());
                }).toList();
    }

    public CategoryChoice teamSize(Long categoryId) {
        var category = category(categoryId);
        return categories(category.cycleId()).stream().filter(c -> c.categoryId().equals(categoryId)).findFirst()
                .orElseThrow(() -> new NotFound("assignments.category.notFound", categoryId));
    }

    /** Sets the category's team size (2–6) against the settings' version (0 before the first save). */
    public long setTeamSize(Long categoryId, int size, long expectedVersion) {
        category(categoryId);
        var settings = em.find(TeamSettings.class, categoryId);
        if (settings == null) {
            settings = new TeamSettings(categoryId);
            if (expectedVersion != 0) {
                throw new RuleViolation("assignments.settings.stale");
            }
            settings.changeTeamSize(size);
            em.persist(settings);
        } else {
            if (settings.getVersion() != expectedVersion) {
                throw new RuleViolation("assignments.settings.stale");
            }
            settings.changeTeamSize(size);
        }
        em.flush();
        events.record("TeamSizeChanged", "CycleCategory", categoryId, "size=" + size);
        return settings.getVersion();
    }

    // ---- proposals

    /**
     * Proposes teams for the category's submitted applications that have no committed team, and stores the
     * proposal; an earlier open proposal of the category is discarded.
     */
    public ProposalView propose(Long categoryId) {
        var category = category(categoryId);
        requireAssigningPhase(category);
        if (JURY_ONLY.equals(category.award())) {
            // the renewal prize has no examiner teams: its jury scores the entries directly
            throw new RuleViolation("assignments.propose.juryOnly");
        }
        var settings = em.find(TeamSettings.class, categoryId);
        int teamSize = settings == null ? TeamSettings.DEFAULT_TEAM_SIZE : settings.getTeamSize();
        var apps = data.unstaffed(categoryId);
        if (apps.isEmpty()) {
            throw new RuleViolation("assignments.propose.nothing");
        }
        em.createQuery("select p from AssignmentProposal p where p.categoryId = :c and p.status = :open",
                        AssignmentProposal.class).setParameter("c", categoryId).setParameter("open", ProposalStatus.OPEN)
                .getResultList().forEach(earlier -> earlier.discard(now(), actor()));
        var context = context(category, teamSize, apps);
        long started = System.nanoTime();
        var solution = new TeamSolver().solve(context.problem());
        long millis = (System.nanoTime() - started) / 1_000_000;
        var proposal = new AssignmentProposal(category.cycleId(), categoryId, teamSize, now(), actor());
        proposal.setSolverMillis(millis);
        for (ProposedTeam team : solution.teams()) {
            team.memberIds().forEach(id -> proposal.seat(team.applicationId(), id, id == team.leaderId()));
        }
        solution.shortfalls().forEach(s -> proposal.explain(new ProposalShortfall(s.applicationId(),
                s.missingMembers(), s.missingLeader(), s.conflictedExaminers(), s.examinersWithoutRoom(),
                s.eligibleLeaders())));
        em.persist(proposal);
        em.flush();
        events.record("AssignmentProposed", "AssignmentProposal", proposal.getId(), "category=" + categoryId
                + ";applications=" + apps.size() + ";shortfalls=" + solution.shortfalls().size() + ";millis=" + millis);
        settle(proposal);
        return view(proposal, context);
    }

    /** The category's open proposal, if any. */
    public Optional<ProposalView> openProposal(Long categoryId) {
        return em.createQuery("select p from AssignmentProposal p where p.categoryId = :c and p.status = :open "
                        + "order by p.id desc", AssignmentProposal.class)
                .setParameter("c", categoryId).setParameter("open", ProposalStatus.OPEN).setMaxResults(1)
                .getResultStream().findFirst().map(this::view);
    }

    public ProposalView proposal(Long proposalId) {
        return view(find(proposalId));
    }

    /**
     * A manual change against the version the administrator saw: REPLACE, ADD, REMOVE, LEADER. Refused
     * (nothing changes) when stale, when the proposal is no longer open, or when the change would break a hard
     * rule that holds now (conflict, capacity, ineligible leader, no experienced member in a full team).
     */
    public ProposalView adjust(Long proposalId, Adjustment change) {
        if (change == null || change.action() == null || change.applicationId() == null || change.personId() == null
                || change.expectedVersion() == null) {
            throw new InvalidParameter("assignments.parameter.required", "action, applicationId, personId, expectedVersion");
        }
        var proposal = find(proposalId);
        proposal.requireOpen();
        requireAssigningPhase(category(proposal.getCategoryId()));
        proposal.requireVersion(change.expectedVersion());
        if (!proposal.applicationIds().contains(change.applicationId())) {
            throw new NotFound("assignments.application.notInProposal", change.applicationId());
        }
        var context = context(proposal);
        var before = DraftRules.breaches(context.problem(), drafts(proposal));
        Long app = change.applicationId();
        switch (change.action()) {
            case "REPLACE" -> {
                if (change.replacementId() == null) {
                    throw new InvalidParameter("assignments.parameter.required", "replacementId");
                }
                proposal.replace(app, change.personId(), change.replacementId());
            }
            case "ADD" -> proposal.add(app, change.personId());
            case "REMOVE" -> proposal.remove(app, change.personId());
            case "LEADER" -> proposal.makeLeader(app, change.personId());
            default -> throw new InvalidParameter("assignments.adjustment.unknown", "action", change.action());
        }
        var introduced = DraftRules.introduced(before, DraftRules.breaches(context.problem(), drafts(proposal)));
        if (!introduced.isEmpty()) {
            var breach = introduced.get(0);
            throw new RuleViolation(breach.rule(), name(context, breach.examinerId()),
                    registrationNumber(context, breach.applicationId()));
        }
        em.lock(proposal, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        events.record("AssignmentAdjusted", "AssignmentProposal", proposalId, change.action() + ";application=" + app
                + ";person=" + change.personId() + (change.replacementId() == null ? "" : ";by=" + change.replacementId()));
        settle(proposal);
        return view(proposal, context);
    }

    /**
     * Commits the proposal: a team per application, the applications under review, one {@code ExaminerAssigned}
     * event per examiner (with the cycle and the applications) for the notifications. Refused while a shortfall
     * or a hard breach remains.
     */
    public List<CommittedTeam> commit(Long proposalId, long expectedVersion) {
        var proposal = find(proposalId);
        proposal.requireOpen();
        proposal.requireVersion(expectedVersion);
        var category = category(proposal.getCategoryId());
        requireAssigningPhase(category);
        var context = context(proposal);
        if (!proposal.getShortfalls().isEmpty()) {
            throw new RuleViolation("assignments.commit.shortfalls", proposal.getShortfalls().stream()
                    .map(s -> registrationNumber(context, s.getApplicationId())).sorted().collect(Collectors.joining(", ")));
        }
        var breaches = DraftRules.breaches(context.problem(), drafts(proposal));
        if (!breaches.isEmpty()) {
            throw new RuleViolation("assignments.commit.breaches", breaches.stream()
                    .map(b -> registrationNumber(context, b.applicationId())).distinct().sorted()
                    .collect(Collectors.joining(", ")));
        }
        var ids = proposal.applicationIds();
        long existing = em.createQuery("select count(t) from Team t where t.applicationId in :ids", Long.class)
                .setParameter("ids", ids).getSingleResult();
        if (existing > 0) {
            throw new RuleViolation("assignments.commit.alreadyTeam");
        }
        var byExaminer = new TreeMap<Long, List<Long>>();
        for (Long app : ids) {
            var members = proposal.members(app);
            em.persist(new Team(proposal.getCycleId(), proposal.getCategoryId(), app, proposal.getId(),
                    proposal.leader(app).orElseThrow(), members, now(), actor()));
            members.forEach(m -> byExaminer.computeIfAbsent(m, k -> new ArrayList<>()).add(app));
            applications.moveTo(app, "UNDER_REVIEW");
        }
        proposal.commit(now(), actor());
        em.flush();
        byExaminer.forEach((person, apps) -> events.record("ExaminerAssigned", "Person", person,
                "cycle=" + proposal.getCycleId() + ";applications=" + apps.stream().map(String::valueOf)
                        .collect(Collectors.joining(","))));
        events.record("AssignmentCommitted", "AssignmentProposal", proposalId, "teams=" + ids.size());
        var committed = new HashSet<>(ids);
        return committedTeams(proposal.getCycleId()).stream().filter(t -> committed.contains(t.applicationId())).toList();
    }

    public void discard(Long proposalId, long expectedVersion) {
        var proposal = find(proposalId);
        proposal.requireOpen();
        proposal.requireVersion(expectedVersion);
        proposal.discard(now(), actor());
        em.flush();
        events.record("AssignmentDiscarded", "AssignmentProposal", proposalId, null);
    }

    // ---- committed teams

    /** The cycle's committed teams with their members, in three statements whatever their number. */
    public List<CommittedTeam> committedTeams(Long cycleId) {
        var teams = em.createQuery("select distinct t from Team t left join fetch t.members where t.cycleId = :c",
                Team.class).setParameter("c", cycleId).getResultList();
        var apps = data.applications(teams.stream().map(Team::getApplicationId).toList());
        var names = data.names(teams.stream().flatMap(t -> t.getMembers().stream()).map(TeamMember::getPersonId)
                .collect(Collectors.toSet()));
        var order = new ArrayList<>(apps.keySet());
        return teams.stream().sorted(Comparator.comparing(t -> order.indexOf(t.getApplicationId()))).map(t -> {
            var a = apps.get(t.getApplicationId());
            return new CommittedTeam(t.getId(), t.getApplicationId(), a.registrationNumber(), a.unitName(),
                    a.className(), a.award(), a.status(), t.getCommittedAt(), t.getMembers().stream()
                    .map(m -> new CommittedTeam.Member(m.getPersonId(), names.get(m.getPersonId()), m.isLeader())).toList(),
                    t.getChangedAt(), t.getVersion());
        }).toList();
    }

    /**
     * Replaces a member of a committed team (illness, a conflict that came to light after the commit) until the
     * consensus phase begins: afterwards the team's individual work is what the consensus rests on. The same hard
     * rules as for a proposal are checked with the same code (conflict, capacity, an eligible leader when the
     * leader is replaced, an experienced member left); a change that breaks one, a stale version or a missing
     * reason changes nothing. The replaced examiner's assessment stays on record; the new member is told through
     * an {@code ExaminerAssigned} event, like at the commit.
     */
    public CommittedTeam replaceMember(Long applicationId, Long personId, Long replacementId, String reason,
                                       long expectedVersion) {
        if (personId == null || replacementId == null) {
            throw new InvalidParameter("assignments.parameter.required", "personId, replacementId");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("assignments.replace.reasonRequired");
        }
        var team = committedTeam(applicationId);
        if (!REPLACING_PHASES.contains(category(team.getCategoryId()).phase())) {
            throw new RuleViolation("assignments.replace.phase");
        }
        if (team.getVersion() != expectedVersion) {
            throw new RuleViolation("assignments.replace.stale");
        }
        var category = category(team.getCategoryId());
        var app = data.applications(List.of(applicationId)).get(applicationId);
        // the team's own seats are not load elsewhere: count the cycle's committed load without this team
        var members = team.memberIds();
        var context = context(category, members.size(), List.of(app), members);
        var before = DraftRules.breaches(context.problem(), List.of(new TeamDraft(applicationId, team.getLeaderId(), members)));
        if (!context.candidates().containsKey(replacementId) || !context.candidates().get(replacementId).ready()) {
            throw new RuleViolation("assignments.replace.notReady");
        }
        team.replace(personId, replacementId, now());
        var after = DraftRules.breaches(context.problem(),
                List.of(new TeamDraft(applicationId, team.getLeaderId(), team.memberIds())));
        var introduced = DraftRules.introduced(before, after);
        if (!introduced.isEmpty()) {
            var breach = introduced.get(0);
            throw new RuleViolation(breach.rule(), name(context, breach.examinerId()),
                    registrationNumber(context, breach.applicationId()));
        }
        em.lock(team, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        events.record("TeamMemberReplaced", "Team", team.getId(), "application=" + applicationId + ";person=" + personId
                + ";by=" + replacementId + ";reason=" + reason.strip());
        events.record("ExaminerAssigned", "Person", replacementId, "cycle=" + team.getCycleId() + ";applications="
                + applicationId);
        events.record("ExaminerUnassigned", "Person", personId, "cycle=" + team.getCycleId() + ";applications="
                + applicationId);
        em.detach(team);
        return committedTeams(team.getCycleId()).stream().filter(t -> t.applicationId().equals(applicationId))
                .findFirst().orElseThrow();
    }

    /**
     * Who could take a seat on a committed team: the cycle's ready examiners not on it and not conflicted with
     * the application, with their load and capacity; the server still checks every rule when one is chosen.
     */
    public List<ExaminerChoice> replacementChoices(Long applicationId) {
        var team = committedTeam(applicationId);
        var category = category(team.getCategoryId());
        var members = team.memberIds();
        var context = context(category, members.size(), List.of(data.applications(List.of(applicationId))
                .get(applicationId)), members);
        var conflicted = context.conflictedByApplication().getOrDefault(applicationId, Set.of());
        var examiners = TeamAdvice.byId(context.problem());
        return context.candidates().values().stream()
                .filter(ExaminerCandidate::ready)
                .filter(c -> !members.contains(c.personId()) && !conflicted.contains(c.personId()))
                .map(c -> {
                    var e = examiners.get(c.personId());
                    return new ExaminerChoice(c.personId(), c.fullName(), context.committedLoad().getOrDefault(c.personId(), 0),
                            c.capacity(), e != null && e.leaderEligible(), e != null && e.experienced());
                })
                .sorted(Comparator.comparing(ExaminerChoice::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private Team committedTeam(Long applicationId) {
        return em.createQuery("select t from Team t where t.applicationId = :app", Team.class)
                .setParameter("app", applicationId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("assignments.committedTeam.notFound", applicationId));
    }

    // ---- the proposal as the administrator sees it

    /** The solver's input and what the page shows beside it, read once per request. */
    record Context(AssignmentProblem problem, Map<Long, AppRow> applications, Map<Long, ExaminerCandidate> candidates,
                   Map<Long, Integer> committedLoad, Map<Long, Set<Long>> conflictedByApplication) {
    }

    private Context context(AssignmentProposal proposal) {
        var category = category(proposal.getCategoryId());
        var apps = new ArrayList<>(data.applications(proposal.applicationIds()).values());
        return context(category, proposal.getTeamSize(), apps);
    }

    private Context context(CategoryRow category, int teamSize, List<AppRow> apps) {
        return context(category, teamSize, apps, List.of());
    }

    /** As above, with the committed load of the team being changed ({@code ownSeats}) left out. */
    private Context context(CategoryRow category, int teamSize, List<AppRow> apps, List<Long> ownSeats) {
        var candidates = new LinkedHashMap<Long, ExaminerCandidate>();
        pool.candidates(category.cycleId()).forEach(c -> candidates.put(c.personId(), c));
        var load = data.committedLoad(category.cycleId());
        ownSeats.forEach(person -> load.computeIfPresent(person, (k, v) -> v > 1 ? v - 1 : null));
        var appIds = apps.stream().map(AppRow::id).collect(Collectors.toSet());
        var conflicted = new HashMap<Long, Set<Long>>();
        var pairs = new ArrayList<long[]>();
        conflictCheck.blocking(category.cycleId(), candidates.keySet()).stream()
                .filter(c -> appIds.contains(c.applicationId())).forEach(c -> {
                    pairs.add(new long[] {c.personId(), c.applicationId()});
                    conflicted.computeIfAbsent(c.applicationId(), k -> new HashSet<>()).add(c.personId());
                });
        var rows = candidates.values().stream().map(c -> new ProblemBuilder.ExaminerRow(c.personId(), c.capacity(),
                c.leaderEligible(), c.experienced(), c.competences(), c.ready())).toList();
        var problem = ProblemBuilder.build(teamSize, apps.stream()
                        .map(a -> new ApplicationToStaff(a.id(), a.serviceArea())).toList(), rows, load, pairs,
                data.lastCycleTeams(category.year()));
        var byId = new LinkedHashMap<Long, AppRow>();
        apps.forEach(a -> byId.put(a.id(), a));
        return new Context(problem, byId, candidates, load, conflicted);
    }

    private ProposalView view(AssignmentProposal proposal) {
        return view(proposal, context(proposal));
    }

    private ProposalView view(AssignmentProposal proposal, Context context) {
        var problem = context.problem();
        var drafts = drafts(proposal);
        boolean open = proposal.getStatus() == ProposalStatus.OPEN;
        var breaches = open ? DraftRules.breaches(problem, drafts) : List.<RuleBreach>of();
        var loads = TeamAdvice.loads(drafts);
        var examiners = TeamAdvice.byId(problem);
        var breachViews = breaches.stream().map(b -> new BreachView(b.applicationId(),
                registrationNumber(context, b.applicationId()), b.examinerId(), name(context, b.examinerId()), b.rule()))
                .toList();
        var teams = new ArrayList<ProposalTeamView>();
        for (TeamDraft draft : drafts) {
            var app = context.applications().get(draft.applicationId());
            String area = app == null ? null : app.serviceArea();
            var members = draft.memberIds().stream().map(id -> {
                var e = examiners.get(id);
                var candidate = context.candidates().get(id);
                int committed = context.committedLoad().getOrDefault(id, 0);
                return new MemberView(id, name(context, id), id.equals(draft.leaderId()),
                        e != null && e.competences().contains(area), e != null && e.experienced(),
                        e != null && e.leaderEligible(), loads.getOrDefault(id, 0) + committed,
                        candidate == null ? 0 : candidate.capacity());
            }).toList();
            var warnings = TeamAdvice.warnings(problem, area, draft).stream().map(w -> new WarningView(w.key(),
                    w.examinerIds().stream().map(id -> name(context, id)).collect(Collectors.joining(", ")))).toList();
            var shortfall = proposal.shortfall(draft.applicationId()).map(s -> new ShortfallView(s.getApplicationId(),
                    registrationNumber(context, s.getApplicationId()), s.getMissingMembers(), s.isMissingLeader(),
                    s.getConflictedExaminers(), s.getExaminersWithoutRoom(), s.getEligibleLeaders())).orElse(null);
            teams.add(new ProposalTeamView(draft.applicationId(), registrationNumber(context, draft.applicationId()),
                    app == null ? "" : app.unitName(), area, app == null ? "" : app.className(), members, warnings,
                    breachViews.stream().filter(b -> b.applicationId().equals(draft.applicationId())).toList(),
                    shortfall, List.copyOf(context.conflictedByApplication().getOrDefault(draft.applicationId(), Set.of()))));
        }
        var choices = problem.examiners().stream().map(e -> new ExaminerChoice(e.examinerId(), name(context, e.examinerId()),
                        loads.getOrDefault(e.examinerId(), 0) + context.committedLoad().getOrDefault(e.examinerId(), 0),
                        context.candidates().get(e.examinerId()).capacity(), e.leaderEligible(), e.experienced()))
                .sorted(Comparator.comparing(ExaminerChoice::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        var notReady = context.candidates().values().stream().filter(c -> !c.ready()).map(ExaminerCandidate::fullName)
                .sorted().toList();
        var complete = drafts.stream().filter(d -> d.complete(proposal.getTeamSize()))
                .map(d -> new ProposedTeam(d.applicationId(), d.leaderId(), d.memberIds())).toList();
        var quality = TeamRules.quality(problem, complete);
        var figures = new ProposalFigures(quality.maxLoadSpread(), quality.competenceMatchRate(),
                proposal.getSolverMillis(), quality.repeatedPairs(), quality.teamsWithSeveralNew());
        var category = data.category(proposal.getCategoryId()).map(CategoryRow::award).orElse(null);
        return new ProposalView(proposal.getId(), proposal.getVersion(), proposal.getCycleId(), proposal.getCategoryId(),
                category, proposal.getStatus().name(), proposal.getTeamSize(), proposal.getCreatedAt(), teams,
                breachViews, choices, notReady, figures,
                open && breaches.isEmpty() && proposal.getShortfalls().isEmpty());
    }

    /**
     * Writes the proposal and lets go of it, so the version the view reports is the one stored. (EclipseLink
     * takes a proposal persisted in this transaction for changed at every later flush, because of its element
     * collections, and would raise the version once more behind the view's back at the queries the view runs
     * and at commit.)
     */
    private void settle(AssignmentProposal proposal) {
        em.flush();
        em.detach(proposal);
    }

    private static List<TeamDraft> drafts(AssignmentProposal proposal) {
        return proposal.applicationIds().stream().map(app -> new TeamDraft(app, proposal.leader(app).orElse(null),
                proposal.members(app))).toList();
    }

    private static String name(Context context, Long personId) {
        if (personId == null) {
            return "";
        }
        var candidate = context.candidates().get(personId);
        return candidate == null ? String.valueOf(personId) : candidate.fullName();
    }

    private static String registrationNumber(Context context, Long applicationId) {
        var app = context.applications().get(applicationId);
        return app == null || app.registrationNumber() == null ? String.valueOf(applicationId) : app.registrationNumber();
    }

    private AssignmentProposal find(Long proposalId) {
        var proposal = proposalId == null ? null : em.find(AssignmentProposal.class, proposalId);
        if (proposal == null) {
            throw new NotFound("assignments.proposal.notFound", proposalId);
        }
        return proposal;
    }

    private CategoryRow category(Long categoryId) {
        return data.category(categoryId).orElseThrow(() -> new NotFound("assignments.category.notFound", categoryId));
    }

    private static void requireAssigningPhase(CategoryRow category) {
        if (!ASSIGNING_PHASES.contains(category.phase())) {
            throw new RuleViolation("assignments.phase.notAllowed");
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}

package se.kvalitet.jury.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.jury.entity.JuryDecision;
import se.kvalitet.jury.entity.JuryMeeting;
import se.kvalitet.jury.entity.JuryVote;
import se.kvalitet.jury.entity.Outcome;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Votes, decisions and the announcement. Jurors vote on the applications they are not recused from; the chair
 * (not recused from it) or the administrator records the decision, with a publishable motivation for winners and
 * honourable mentions; a unit that may not win (deficit, quarantine) is not made a winner. The administrator
 * announces: the cycle moves to ANNOUNCED, the applications to DECIDED, and every decision is locked for good.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
public class JuryVerdicts {

    private static final Set<String> UNDER_REVIEW = Set.of("SUBMITTED", "UNDER_REVIEW", "SITE_VISIT");

    @PersistenceContext
    EntityManager em;

    @Inject
    JuryContext context;

    @Inject
    JuryDecisions announced;

    @Inject
    Applications applications;

    @Inject
    Cycles cycles;

    @Inject
    DomainEvents events;

    /**
     * A juror votes on the application named (its code, or its id where ids are shown); again to change the vote.
     * The vote names the application it is for, so a page that has not yet followed the chair cannot put it on
     * another one: refused unless the meeting is discussing that application now, once its decision is recorded,
     * when recused, and after the announcement.
     */
    @RolesAllowed(Role.JURY_NAME)
    public void vote(String reference, String outcome) {
        var target = Outcome.named(outcome);
        Long applicationId = context.application(reference);
        Long cycleId = context.cycleOf(applicationId);
        var board = context.board(cycleId, id -> false);
        var standing = visible(board, applicationId, reference);
        context.requireNotAnnounced(cycleId);
        if (standing.recused() || !board.me().juror()) {
            throw new RuleViolation("jury.vote.recused");
        }
        context.requireJuryPhase(board.terms());
        // read the meeting and the decision as committed now, locked until this vote is stored: the chair's
        // next step or decision waits for it, or this vote sees theirs
        var meeting = em.find(JuryMeeting.class, cycleId);
        if (meeting != null) {
            em.refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
        }
        if (meeting == null || !applicationId.equals(meeting.getDiscussingApplicationId())) {
            throw new RuleViolation("jury.vote.notDiscussed", standing.label());
        }
        boolean decided = !em.createQuery("select d from JuryDecision d where d.applicationId = :a", JuryDecision.class)
                .setParameter("a", applicationId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
        if (decided) {
            throw new RuleViolation("jury.vote.decided", standing.label());
        }
        var me = board.me();
        var existing = em.createQuery("select v from JuryVote v where v.applicationId = :a and v.personId = :p",
                JuryVote.class).setParameter("a", applicationId).setParameter("p", me.id())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (existing.isEmpty()) {
            em.persist(new JuryVote(applicationId, cycleId, me.id(), target, Instant.now()));
        } else {
            existing.get(0).change(target, Instant.now());
        }
        em.flush();
        events.record("JuryVoteCast", "Application", applicationId, "juror=" + me.id() + " " + target);
    }

    /**
     * The chair (or administrator) records the decision. {@code expectedVersion}: null for the first decision,
     * else the decision's version the caller saw.
     */
    public StandingView decide(String reference, String outcome, String motivation, Long expectedVersion) {
        var target = Outcome.named(outcome);
        Long applicationId = context.application(reference);
        Long cycleId = context.cycleOf(applicationId);
        var board = context.board(cycleId, applicationId::equals);
        var standing = visible(board, applicationId, reference);
        context.requireNotAnnounced(cycleId);
        if (!board.me().admin() && !board.chair()) {
            throw new RuleViolation("jury.notChair");
        }
        if (standing.recused()) {
            throw new RuleViolation("jury.decision.chairRecused");
        }
        context.requireJuryPhase(board.terms());
        if (target == Outcome.WINNER && !standing.warnings().isEmpty()) {
            throw new RuleViolation("jury.decision.notEligibleToWin");
        }
        record(board, applicationId, cycleId, target, motivation, expectedVersion);
        em.flush();
        events.record("JuryDecisionRecorded", "Application", applicationId, target.name());
        return context.board(cycleId, applicationId::equals).standings().get(applicationId);
    }

    /** "No winner in this class": every undecided application of the class is not awarded. */
    public int noWinner(Long cycleId, Long classId) {
        var board = context.board(cycleId, id -> false);
        context.requireNotAnnounced(cycleId);
        if (!board.me().admin() && !board.chair()) {
            throw new RuleViolation("jury.notChair");
        }
        context.requireJuryPhase(board.terms());
        var group = board.classes().stream().filter(c -> c.classId().equals(classId)).findFirst()
                .orElseThrow(() -> new NotFound("jury.class.notFound", classId));
        var inClass = board.applications().values().stream().filter(a -> classId.equals(a.competitionClassId())).toList();
        if (inClass.stream().anyMatch(a -> board.decisions().containsKey(a.id())
                && board.decisions().get(a.id()).getOutcome() == Outcome.WINNER)) {
            throw new RuleViolation("jury.noWinner.hasWinner", group.className());
        }
        int count = 0;
        for (var a : inClass) {
            if (!board.decisions().containsKey(a.id())) {
                em.persist(JuryDecision.decide(a.id(), cycleId, Outcome.NOT_AWARDED, null, Instant.now(), board.me().email()));
                count++;
            }
        }
        em.flush();
        events.record("JuryNoWinnerInClass", "AwardCycle", cycleId, "class=" + classId);
        return count;
    }

    /**
     * The administrator announces the cycle's decisions: every application must be decided. The cycle moves to
     * ANNOUNCED, the applications to DECIDED, and the decisions are released to the applicants and locked.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public int announce(Long cycleId) {
        var board = context.board(cycleId, id -> false);
        context.requireNotAnnounced(cycleId);
        long undecided = board.applications().keySet().stream().filter(id -> !board.decisions().containsKey(id)).count();
        if (undecided > 0) {
            throw new RuleViolation("jury.announce.undecided", undecided);
        }
        if (board.decisions().isEmpty()) {
            throw new RuleViolation("jury.announce.nothing");
        }
        cycles.moveToPhase(cycleId, "ANNOUNCED");
        var now = Instant.now();
        for (var decision : board.decisions().values()) {
            decision.announce(now);
            var application = board.applications().get(decision.getApplicationId());
            if (application != null && UNDER_REVIEW.contains(application.status())) {
                applications.moveTo(decision.getApplicationId(), "DECIDED");
            }
        }
        em.flush();
        events.record("JuryDecisionsAnnounced", "AwardCycle", cycleId, board.decisions().size() + " decisions");
        return board.decisions().size();
    }

    /** The announced decisions on the caller's unit's applications, newest cycle first. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<MyDecision> mine() {
        return applications.listForMyUnit().stream().flatMap(a -> announced.announced(a.id()).stream()
                .map(d -> new MyDecision(a.id(), a.cycleYear(), a.cycleName(), a.award(), a.competitionClassName(),
                        a.registrationNumber(), d.outcome(), d.motivation(), d.announcedAt()))).toList();
    }

    private void record(JuryContext.Board board, Long applicationId, Long cycleId, Outcome outcome, String motivation,
                        Long expectedVersion) {
        var decision = board.decisions().get(applicationId);
        if (decision == null) {
            if (expectedVersion != null) {
                throw new RuleViolation("error.concurrentChange");
            }
            em.persist(JuryDecision.decide(applicationId, cycleId, outcome, motivation, Instant.now(), board.me().email()));
            return;
        }
        if (expectedVersion == null || expectedVersion != decision.getVersion()) {
            decision.requireOpen();
            throw new RuleViolation("error.concurrentChange");
        }
        decision.change(outcome, motivation, Instant.now(), board.me().email());
    }

    private static StandingView visible(JuryContext.Board board, Long applicationId, String reference) {
        var standing = board.standings().get(applicationId);
        if (standing == null) {
            throw new NotFound("jury.application.notFound", reference);
        }
        return standing;
    }
}

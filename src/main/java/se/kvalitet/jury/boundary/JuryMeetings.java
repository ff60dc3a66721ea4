package se.kvalitet.jury.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import se.kvalitet.jury.control.MeetingOrder;
import se.kvalitet.jury.entity.JuryAttendance;
import se.kvalitet.jury.entity.JuryMeeting;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Setting up and running the jury's meeting. The administrator appoints the chair and sets blind mode (and
 * reveals the names); the chair starts the meeting with the proposed order, may reorder it and moves the
 * discussion on; each juror records their own attendance, the chair anyone's. All of it is stored, so every
 * juror's page follows the same meeting.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
public class JuryMeetings {

    @PersistenceContext
    EntityManager em;

    @Inject
    JuryContext context;

    @Inject
    JuryFacts facts;

    @Inject
    DomainEvents events;

    @RolesAllowed(Role.ADMIN_NAME)
    public void appointChair(Long cycleId, Long personId) {
        context.terms(cycleId);
        context.requireNotAnnounced(cycleId);
        if (facts.jurors().stream().noneMatch(j -> j.id().equals(personId))) {
            throw new RuleViolation("jury.chair.notJuror");
        }
        context.meetingForUpdate(cycleId).appointChair(personId);
        em.flush();
        events.record("JuryChairAppointed", "AwardCycle", cycleId, "person=" + personId);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void setBlind(Long cycleId, boolean blind, Long expectedVersion) {
        context.terms(cycleId);
        context.requireNotAnnounced(cycleId);
        var meeting = context.meetingForUpdate(cycleId);
        requireVersion(meeting, expectedVersion);
        meeting.setBlind(blind);
        em.flush();
        events.record("JuryBlindModeSet", "AwardCycle", cycleId, "blind=" + blind);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void revealNames(Long cycleId) {
        context.terms(cycleId);
        context.meetingForUpdate(cycleId).revealNames(Instant.now());
        em.flush();
        events.record("JuryNamesRevealed", "AwardCycle", cycleId, null);
    }

    /** The proposed order: class by class, conflicts grouped so jurors step out as seldom as possible. */
    public List<Long> proposedOrder(Long cycleId) {
        var board = context.board(cycleId, id -> false);
        var classes = board.classes().stream().map(c -> c.rows().stream().map(board::idOf).toList()).toList();
        return MeetingOrder.propose(classes, board.recusals());
    }

    /** The chair starts the meeting with the proposed order (or restarts it with a new proposal). */
    public void start(Long cycleId) {
        var board = chairOnly(cycleId);
        var classes = board.classes().stream().map(c -> c.rows().stream().map(board::idOf).toList()).toList();
        var order = MeetingOrder.propose(classes, board.recusals());
        if (order.isEmpty()) {
            throw new RuleViolation("jury.meeting.nothingToDiscuss");
        }
        context.meetingForUpdate(cycleId).setAgenda(order, Instant.now());
        em.flush();
        events.record("JuryMeetingStarted", "AwardCycle", cycleId, order.toString());
    }

    /** The chair sets another order: the same applications (by code, or id where ids are shown), rearranged. */
    public void reorderByReference(Long cycleId, List<String> order, Long expectedVersion) {
        if (order == null || order.stream().anyMatch(java.util.Objects::isNull)) {
            throw new RuleViolation("jury.meeting.badOrder");
        }
        reorder(cycleId, order.stream().map(r -> context.application(cycleId, r)).toList(), expectedVersion);
    }

    private void reorder(Long cycleId, List<Long> order, Long expectedVersion) {
        chairOnly(cycleId);
        var meeting = context.meetingForUpdate(cycleId);
        requireVersion(meeting, expectedVersion);
        if (order == null || order.size() != meeting.agenda().size()
                || !new HashSet<>(order).equals(new HashSet<>(meeting.agenda()))) {
            throw new RuleViolation("jury.meeting.badOrder");
        }
        meeting.setAgenda(order, Instant.now());
        em.flush();
        events.record("JuryMeetingReordered", "AwardCycle", cycleId, order.toString());
    }

    /** The chair moves one application (by code, or id where ids are shown) up (−1) or down (+1) the agenda. */
    public void move(Long cycleId, String reference, int direction, Long expectedVersion) {
        Long applicationId = context.application(cycleId, reference);
        var order = new ArrayList<>(context.meeting(cycleId).agenda());
        int at = order.indexOf(applicationId);
        int to = at + Integer.signum(direction);
        if (at < 0 || to < 0 || to >= order.size()) {
            throw new RuleViolation("jury.meeting.badOrder");
        }
        order.set(at, order.get(to));
        order.set(to, applicationId);
        reorder(cycleId, order, expectedVersion);
    }

    /** The chair moves the discussion to the next (+1) or previous (−1) application. */
    public void step(Long cycleId, int direction) {
        chairOnly(cycleId);
        var meeting = context.meetingForUpdate(cycleId);
        meeting.step(direction);
        em.flush();
        events.record("JuryDiscussing", "AwardCycle", cycleId, "application=" + meeting.getDiscussingApplicationId());
    }

    /** The chair moves the discussion to one application on the agenda (by code, or id where ids are shown). */
    public void discuss(Long cycleId, String reference) {
        chairOnly(cycleId);
        Long applicationId = context.application(cycleId, reference);
        context.meetingForUpdate(cycleId).discuss(applicationId);
        em.flush();
        events.record("JuryDiscussing", "AwardCycle", cycleId, "application=" + applicationId);
    }

    /** A juror records that they are present (the chair or administrator may record anyone, present or not). */
    public void attend(Long cycleId, Long personId, boolean present) {
        var terms = context.terms(cycleId);
        context.requireNotAnnounced(cycleId);
        var me = context.me();
        Long who = personId == null ? me.id() : personId;
        var meeting = context.meeting(cycleId);
        boolean self = who.equals(me.id()) && me.juror();
        boolean runsIt = me.admin() || me.id().equals(meeting.getChairId());
        if (!self && !runsIt) {
            throw new RuleViolation("jury.notChair");
        }
        if (facts.jurors().stream().noneMatch(j -> j.id().equals(who))) {
            throw new RuleViolation("jury.attendance.notJuror");
        }
        var existing = em.createQuery("select a from JuryAttendance a where a.cycleId = :c and a.personId = :p",
                JuryAttendance.class).setParameter("c", terms.cycleId()).setParameter("p", who).getResultList();
        if (present && existing.isEmpty()) {
            em.persist(new JuryAttendance(cycleId, who, Instant.now()));
        } else if (!present) {
            existing.forEach(em::remove);
        }
        em.flush();
        events.record("JuryAttendance", "AwardCycle", cycleId, "person=" + who + " present=" + present);
    }

    private JuryContext.Board chairOnly(Long cycleId) {
        var board = context.board(cycleId, id -> false);
        context.requireNotAnnounced(cycleId);
        if (!board.chair() && !board.me().admin()) {
            throw new RuleViolation("jury.notChair");
        }
        return board;
    }

    private static void requireVersion(JuryMeeting meeting, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != meeting.getVersion()) {
            throw new RuleViolation("error.concurrentChange");
        }
    }
}

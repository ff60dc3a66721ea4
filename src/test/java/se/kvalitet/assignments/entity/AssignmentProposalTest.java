package se.kvalitet.assignments.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class AssignmentProposalTest {

    static final Instant NOW = Instant.parse("2090-02-01T10:00:00Z");

    static AssignmentProposal fullProposal() {
        var p = new AssignmentProposal(1L, 2L, 3, NOW, "admin@x");
        p.seat(10L, 100L, true);
        p.seat(10L, 101L, false);
        p.seat(10L, 102L, false);
        return p;
    }

    @Test
    void teamSizeOutsideTwoToSixIsRefused() {
        var settings = new TeamSettings(5L);
        assertEquals(3, settings.getTeamSize());
        assertEquals("assignments.teamSize.range", assertThrows(RuleViolation.class, () -> settings.changeTeamSize(1)).getMessageKey());
        assertThrows(RuleViolation.class, () -> settings.changeTeamSize(7));
        settings.changeTeamSize(6);
        assertEquals(6, settings.getTeamSize());
        assertThrows(RuleViolation.class, () -> new AssignmentProposal(1L, 2L, 9, NOW, "a"));
    }

    @Test
    void membersAreListedLeaderFirst() {
        var p = new AssignmentProposal(1L, 2L, 3, NOW, "a");
        p.seat(10L, 105L, false);
        p.seat(10L, 103L, true);
        assertEquals(List.of(103L, 105L), p.members(10L));
        assertEquals(Optional.of(103L), p.leader(10L));
    }

    @Test
    void aTeamHasAtMostOneLeaderAndTheLeadMoves() {
        var p = fullProposal();
        p.seat(11L, 100L, true);
        assertEquals("assignments.leader.already", assertThrows(RuleViolation.class, () -> p.seat(11L, 101L, true)).getMessageKey());
        p.makeLeader(10L, 102L);
        assertEquals(Optional.of(102L), p.leader(10L));
        assertEquals(3, p.members(10L).size());
        assertEquals(102L, p.members(10L).get(0));
    }

    @Test
    void replacingTheLeaderHandsTheLeadToTheNewcomer() {
        var p = fullProposal();
        p.replace(10L, 100L, 200L);
        assertEquals(Optional.of(200L), p.leader(10L));
        assertFalse(p.members(10L).contains(100L));
    }

    @Test
    void theLeaderIsNotRemovedAndNobodySitsTwice() {
        var p = fullProposal();
        assertEquals("assignments.member.removeLeader", assertThrows(RuleViolation.class, () -> p.remove(10L, 100L)).getMessageKey());
        assertEquals("assignments.member.already", assertThrows(RuleViolation.class, () -> p.add(10L, 101L)).getMessageKey());
        assertEquals("assignments.member.already", assertThrows(RuleViolation.class, () -> p.replace(10L, 101L, 102L)).getMessageKey());
        assertEquals("assignments.member.notInTeam", assertThrows(RuleViolation.class, () -> p.remove(10L, 999L)).getMessageKey());
        assertEquals("assignments.team.full", assertThrows(RuleViolation.class, () -> p.add(10L, 300L)).getMessageKey());
    }

    @Test
    void removingASeatOpensAShortfallAndFillingItClosesIt() {
        var p = fullProposal();
        assertTrue(p.getShortfalls().isEmpty());
        p.remove(10L, 101L);
        var shortfall = p.shortfall(10L).orElseThrow();
        assertEquals(1, shortfall.getMissingMembers());
        assertFalse(shortfall.isMissingLeader());
        p.add(10L, 103L);
        assertTrue(p.shortfall(10L).isEmpty());
    }

    @Test
    void anUnstaffedApplicationIsFilledSeatBySeatAndKeepsTheSolversExplanation() {
        var p = new AssignmentProposal(1L, 2L, 2, NOW, "a");
        p.explain(new ProposalShortfall(20L, 2, true, 4, 1, 0));
        p.add(20L, 100L);
        var after = p.shortfall(20L).orElseThrow();
        assertEquals(1, after.getMissingMembers());
        assertTrue(after.isMissingLeader());
        assertEquals(4, after.getConflictedExaminers());
        p.add(20L, 101L);
        assertTrue(p.shortfall(20L).orElseThrow().isMissingLeader(), "full but not led is still short");
        p.makeLeader(20L, 101L);
        assertTrue(p.shortfall(20L).isEmpty());
        assertEquals(List.of(20L), p.applicationIds());
    }

    @Test
    void statusMachineOpenThenCommittedOrDiscardedAndFinal() {
        var committed = fullProposal();
        assertEquals(ProposalStatus.OPEN, committed.getStatus());
        committed.commit(NOW, "a");
        assertEquals(ProposalStatus.COMMITTED, committed.getStatus());
        assertEquals("assignments.proposal.notOpen", assertThrows(RuleViolation.class, () -> committed.discard(NOW, "a")).getMessageKey());
        assertThrows(RuleViolation.class, () -> committed.add(10L, 300L));
        assertThrows(RuleViolation.class, () -> committed.commit(NOW, "a"));

        var discarded = fullProposal();
        discarded.discard(NOW, "a");
        assertEquals(ProposalStatus.DISCARDED, discarded.getStatus());
        assertThrows(RuleViolation.class, () -> discarded.commit(NOW, "a"));
        assertThrows(RuleViolation.class, () -> discarded.makeLeader(10L, 101L));
    }

    @Test
    void aProposalWithAShortfallIsNotCommitted() {
        var p = fullProposal();
        p.explain(new ProposalShortfall(11L, 3, true, 0, 5, 0));
        assertEquals("assignments.commit.shortfalls", assertThrows(RuleViolation.class, () -> p.commit(NOW, "a")).getMessageKey());
        assertEquals(ProposalStatus.OPEN, p.getStatus());
    }

    @Test
    void staleVersionIsRefused() {
        var p = fullProposal();
        assertDoesNotThrow(() -> p.requireVersion(0));
        assertEquals("assignments.proposal.stale", assertThrows(RuleViolation.class, () -> p.requireVersion(1)).getMessageKey());
    }

    @Test
    void aCommittedTeamHasExactlyOneLeaderFromItsMembers() {
        var team = new Team(1L, 2L, 10L, 3L, 101L, List.of(100L, 101L, 102L), NOW, "a");
        assertEquals(101L, team.getLeaderId());
        assertEquals(1, team.getMembers().stream().filter(TeamMember::isLeader).count());
        assertEquals(101L, team.getMembers().get(0).getPersonId());
        assertEquals("assignments.leader.missing", assertThrows(RuleViolation.class,
                () -> new Team(1L, 2L, 10L, 3L, 999L, List.of(100L, 101L), NOW, "a")).getMessageKey());
        assertThrows(RuleViolation.class, () -> new Team(1L, 2L, 10L, 3L, null, List.of(100L, 101L), NOW, "a"));
        assertThrows(RuleViolation.class, () -> new Team(1L, 2L, 10L, 3L, 100L, List.of(100L), NOW, "a"));
        assertThrows(RuleViolation.class, () -> new Team(1L, 2L, 10L, 3L, 100L, List.of(100L, 100L), NOW, "a"));
    }
}

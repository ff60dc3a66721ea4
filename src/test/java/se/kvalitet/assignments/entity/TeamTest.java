package se.kvalitet.assignments.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class TeamTest {

    static final Instant COMMITTED = Instant.parse("2090-03-01T08:00:00Z");
    static final Instant LATER = Instant.parse("2090-03-20T09:30:15.250Z");

    static Team team() {
        return new Team(1L, 2L, 10L, 5L, 100L, List.of(100L, 101L, 102L), COMMITTED, "admin@x");
    }

    @Test
    void aReplacementTakesTheSeatAndTheChangeIsDated() {
        var team = team();
        assertNull(team.getChangedAt());
        team.replace(101L, 200L, LATER);
        assertEquals(List.of(100L, 102L, 200L), team.memberIds());
        assertEquals(100L, team.getLeaderId());
        assertEquals(Instant.parse("2090-03-20T09:30:15Z"), team.getChangedAt());
    }

    @Test
    void aReplacedLeadersSuccessorLeads() {
        var team = team();
        team.replace(100L, 200L, LATER);
        assertEquals(200L, team.getLeaderId());
        assertEquals(List.of(200L, 101L, 102L), team.memberIds());
    }

    @Test
    void onlyAMemberCanBeReplacedAndNobodySitsTwice() {
        var team = team();
        assertEquals("assignments.member.notInTeam",
                assertThrows(RuleViolation.class, () -> team.replace(999L, 200L, LATER)).getMessageKey());
        assertEquals("assignments.member.already",
                assertThrows(RuleViolation.class, () -> team.replace(101L, 102L, LATER)).getMessageKey());
        assertEquals(List.of(100L, 101L, 102L), team.memberIds(), "a refused replacement changes nothing");
    }
}

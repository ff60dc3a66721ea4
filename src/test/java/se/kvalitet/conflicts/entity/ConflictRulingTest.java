package se.kvalitet.conflicts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class ConflictRulingTest {

    static final Instant NOW = Instant.parse("2082-05-01T10:00:00Z");

    @Test
    void aReasonAndAKindAreRequired() {
        assertEquals("conflicts.ruling.reasonRequired", assertThrows(RuleViolation.class,
                () -> new ConflictRuling(1L, 2L, 3L, RulingKind.WAIVER, " ", "admin", NOW)).getMessageKey());
        assertEquals("conflicts.ruling.reasonRequired", assertThrows(RuleViolation.class,
                () -> new ConflictRuling(1L, 2L, 3L, RulingKind.WAIVER, null, "admin", NOW)).getMessageKey());
        assertEquals("conflicts.ruling.kindRequired", assertThrows(RuleViolation.class,
                () -> new ConflictRuling(1L, 2L, 3L, null, "Stor förvaltning", "admin", NOW)).getMessageKey());
        assertEquals("conflicts.ruling.reasonTooLong", assertThrows(RuleViolation.class,
                () -> new ConflictRuling(1L, 2L, 3L, RulingKind.DISMISSAL, "x".repeat(ConflictRuling.MAX_REASON + 1),
                        "admin", NOW)).getMessageKey());
    }

    @Test
    void inForceUntilRevokedOnce() {
        var ruling = new ConflictRuling(1L, 2L, 3L, RulingKind.WAIVER, " Stor förvaltning ", "admin", NOW);
        assertEquals("Stor förvaltning", ruling.getReason());
        assertTrue(ruling.inForce());
        ruling.revoke("admin2", NOW.plusSeconds(60));
        assertFalse(ruling.inForce());
        assertEquals("admin2", ruling.getRevokedBy());
        assertEquals("conflicts.ruling.alreadyRevoked",
                assertThrows(RuleViolation.class, () -> ruling.revoke("admin", NOW)).getMessageKey());
    }
}

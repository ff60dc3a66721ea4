package se.kvalitet.conflicts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class DeclaredConflictTest {

    static final Instant NOW = Instant.parse("2082-05-01T10:00:00Z");

    static DeclaredConflict declare(Long unit, Long administration, Long application, ConflictReason reason,
                                    String explanation, LocalDate endedOn) {
        return new DeclaredConflict(1L, 2L, ActingAs.EXAMINER, unit, administration, application, reason, explanation,
                endedOn, "e@x.se", NOW);
    }

    @Test
    void exactlyOneTarget() {
        assertEquals("conflicts.declare.oneTarget", assertThrows(RuleViolation.class,
                () -> declare(null, null, null, ConflictReason.RELATIVE, null, null)).getMessageKey());
        assertEquals("conflicts.declare.oneTarget", assertThrows(RuleViolation.class,
                () -> declare(1L, 2L, null, ConflictReason.RELATIVE, null, null)).getMessageKey());
        assertEquals("conflicts.declare.oneTarget", assertThrows(RuleViolation.class,
                () -> declare(1L, null, 3L, ConflictReason.RELATIVE, null, null)).getMessageKey());
        assertNotNull(declare(null, null, 3L, ConflictReason.RELATIVE, null, null));
        assertNotNull(declare(null, 2L, null, ConflictReason.FINANCIAL_TIE, null, null));
    }

    @Test
    void aReasonIsRequired() {
        assertEquals("conflicts.declare.reasonRequired", assertThrows(RuleViolation.class,
                () -> declare(1L, null, null, null, null, null)).getMessageKey());
    }

    @Test
    void otherNeedsAnExplanation() {
        assertEquals("conflicts.declare.explainOther", assertThrows(RuleViolation.class,
                () -> declare(1L, null, null, ConflictReason.OTHER, "  ", null)).getMessageKey());
        assertEquals("Styrelseledamot", declare(1L, null, null, ConflictReason.OTHER, " Styrelseledamot ", null).getExplanation());
    }

    @Test
    void anOverlongExplanationIsRefused() {
        assertEquals("conflicts.declare.explanationTooLong", assertThrows(RuleViolation.class,
                () -> declare(1L, null, null, ConflictReason.RELATIVE, "x".repeat(DeclaredConflict.MAX_EXPLANATION + 1), null))
                .getMessageKey());
    }

    @Test
    void aFormerEmploymentCountsOnlyWithinTheLookBack() {
        var ended2079 = declare(1L, null, null, ConflictReason.FORMER_EMPLOYMENT, null, LocalDate.of(2079, 6, 30));
        assertTrue(ended2079.blocks(2082, 3));
        assertFalse(ended2079.blocks(2082, 2));
        assertFalse(ended2079.blocks(2083, 3));
        assertTrue(declare(1L, null, null, ConflictReason.FORMER_EMPLOYMENT, null, null).blocks(2082, 0));
        assertTrue(declare(1L, null, null, ConflictReason.RELATIVE, null, LocalDate.of(2000, 1, 1)).blocks(2082, 0));
    }

    @Test
    void withdrawingStopsBlockingAndHappensOnce() {
        var d = declare(null, null, 5L, ConflictReason.SUPPLIER_TIE, null, null);
        assertTrue(d.blocks(2082, 3));
        assertNull(d.getWithdrawnAt());
        d.withdraw(NOW);
        assertFalse(d.blocks(2082, 3));
        assertEquals(NOW, d.getWithdrawnAt());
        assertEquals("conflicts.declare.alreadyWithdrawn",
                assertThrows(RuleViolation.class, () -> d.withdraw(NOW)).getMessageKey());
    }
}

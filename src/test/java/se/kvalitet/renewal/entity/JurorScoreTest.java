package se.kvalitet.renewal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class JurorScoreTest {

    static final Instant NOW = Instant.parse("2070-10-01T10:15:30.123Z");

    @Test
    void aDraftChangesFreelyAndSumsItsPointsToOneDecimal() {
        var sheet = new JurorScore(1L, 2L, 3L, 4L, NOW);
        sheet.record(10L, "F1", 4, 11.3, "  Bra  ", NOW);
        sheet.record(11L, "F2", 4, 11.3, null, NOW);
        sheet.record(10L, "F1", 5, 15.0, "Mycket bra", NOW);
        assertEquals(2, sheet.getScores().size(), "a criterion written again is replaced, not added");
        assertEquals(new BigDecimal("26.3"), sheet.totalPoints());
        assertEquals("Mycket bra", sheet.score("F1").orElseThrow().getJustification());
        sheet.record(11L, "F2", 4, 11.3, "   ", NOW);
        assertEquals(null, sheet.score("F2").orElseThrow().getJustification(), "blank is no justification");
        assertEquals(Instant.parse("2070-10-01T10:15:30Z"), sheet.getChangedAt(), "whole seconds");
    }

    @Test
    void aSubmittedScoringIsReadOnly() {
        var sheet = new JurorScore(1L, 2L, 3L, 4L, NOW);
        sheet.record(10L, "F1", 4, 11.3, "Bra", NOW);
        sheet.submit(NOW);
        assertTrue(sheet.isSubmitted());
        assertEquals("renewal.score.submitted", assertThrows(RuleViolation.class,
                () -> sheet.record(10L, "F1", 1, 0.0, "Ändrat", NOW)).getMessageKey());
        assertEquals("renewal.score.submitted", assertThrows(RuleViolation.class, () -> sheet.submit(NOW)).getMessageKey());
        assertEquals(4, sheet.score("F1").orElseThrow().getValue());
    }

    @Test
    void aStaleVersionIsRefused() {
        var sheet = new JurorScore(1L, 2L, 3L, 4L, NOW);
        sheet.requireVersion(0);
        assertEquals("renewal.score.stale", assertThrows(RuleViolation.class, () -> sheet.requireVersion(1)).getMessageKey());
    }
}

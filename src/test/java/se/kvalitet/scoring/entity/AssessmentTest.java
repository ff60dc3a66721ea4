package se.kvalitet.scoring.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class AssessmentTest {

    static final Instant NOW = Instant.parse("2026-09-01T10:15:30.123Z");

    static ScoreEntry entry(String code, Integer value, Double points) {
        return new ScoreEntry(1L, code, value, "band", points, "Motivering", "Styrka", null, "  ", Map.of());
    }

    @Test
    void aDraftTakesScoresAndAddsUpItsPoints() {
        var a = new Assessment(1L, 2L, 3L, 4L, NOW);
        a.record(entry("K1", 35, 42.0), NOW);
        a.record(new ScoreEntry(2L, "K2", 35, "band", 29.8, null, null, null, null, Map.of()), NOW);
        a.record(new ScoreEntry(3L, "K3", 5, "band", 0.1, null, null, null, null, Map.of()), NOW);
        a.record(new ScoreEntry(4L, "K4", 10, "band", 0.2, null, null, null, null, Map.of()), NOW);
        assertEquals(72.1, a.totalPoints(), "exact to one decimal, not 72.10000000000001");
        assertEquals(AssessmentStatus.DRAFT, a.getStatus());
        assertEquals(null, a.score("K1").orElseThrow().getVisitQuestions(), "blank texts are not kept");
        assertEquals(Instant.parse("2026-09-01T10:15:30Z"), a.getChangedAt(), "whole seconds, as the database keeps them");
    }

    @Test
    void writingTheSameCriterionAgainReplacesIt() {
        var a = new Assessment(1L, 2L, 3L, 4L, NOW);
        a.record(entry("K1", 35, 42.0), NOW);
        a.record(entry("K1", 50, 60.0), NOW);
        assertEquals(1, a.getScores().size());
        assertEquals(50, a.score("K1").orElseThrow().getValue());
    }

    @Test
    void submittedAndLockedAssessmentsRefuseChanges() {
        var a = new Assessment(1L, 2L, 3L, 4L, NOW);
        a.record(entry("K1", 35, 42.0), NOW);
        a.submit(NOW);
        assertTrue(a.wasSubmitted());
        assertEquals("scoring.assessment.submitted",
                assertThrows(RuleViolation.class, () -> a.record(entry("K1", 50, 60.0), NOW)).getMessageKey());
        assertEquals("scoring.assessment.submitted", assertThrows(RuleViolation.class, () -> a.submit(NOW)).getMessageKey());
        a.lock(NOW);
        assertEquals(AssessmentStatus.LOCKED, a.getStatus());
        assertTrue(a.wasSubmitted(), "a locked assessment stays a submitted one");
        assertEquals("scoring.assessment.locked",
                assertThrows(RuleViolation.class, () -> a.record(entry("K1", 50, 60.0), NOW)).getMessageKey());
        assertEquals(35, a.score("K1").orElseThrow().getValue(), "kept as it was");
    }

    @Test
    void aDraftLockedUnsubmittedWasNeverSubmitted() {
        var a = new Assessment(1L, 2L, 3L, 4L, NOW);
        a.lock(NOW);
        assertFalse(a.wasSubmitted());
        var lockedAt = a.getLockedAt();
        a.lock(NOW.plusSeconds(60));
        assertEquals(lockedAt, a.getLockedAt(), "locking twice changes nothing");
    }

    @Test
    void aStaleVersionIsRefused() {
        var a = new Assessment(1L, 2L, 3L, 4L, NOW);
        a.requireVersion(0);
        assertEquals("scoring.conflict.stale", assertThrows(RuleViolation.class, () -> a.requireVersion(1)).getMessageKey());
    }
}

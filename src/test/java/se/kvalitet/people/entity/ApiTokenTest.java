package se.kvalitet.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

/** A token answers until it expires or is revoked, and a revoked one never answers again. */
class ApiTokenTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    static ApiToken token() {
        return new ApiToken(1L, " Rapportskript ", "h".repeat(64), NOW, NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void answersUntilItExpires() {
        var token = token();
        assertEquals("Rapportskript", token.getName());
        assertTrue(token.answers(NOW));
        assertTrue(token.answers(NOW.plus(Duration.ofDays(30)).minusSeconds(1)));
        assertFalse(token.answers(NOW.plus(Duration.ofDays(30))), "expired at the expiry instant");
    }

    @Test
    void aRevokedTokenNeverAnswersAgainAndKeepsItsFirstRevocation() {
        var token = token();
        token.revoke(NOW.plusSeconds(60));
        assertFalse(token.answers(NOW.plusSeconds(61)));
        token.revoke(NOW.plusSeconds(120));
        assertEquals(NOW.plusSeconds(60), token.getRevokedAt());
    }

    @Test
    void aTokenNeedsAShortName() {
        assertEquals("people.token.name.required", assertThrows(RuleViolation.class,
                () -> new ApiToken(1L, "  ", "h", NOW, NOW)).getMessageKey());
        assertEquals("people.token.name.tooLong", assertThrows(RuleViolation.class,
                () -> new ApiToken(1L, "x".repeat(101), "h", NOW, NOW)).getMessageKey());
    }
}

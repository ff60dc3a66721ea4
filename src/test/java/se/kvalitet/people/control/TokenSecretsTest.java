package se.kvalitet.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Token secrets: random, recognisable, stored only as their SHA-256, and garbage refused before any look-up. */
class TokenSecretsTest {

    @Test
    void secretsAreRandomAndWellFormed() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String secret = TokenSecrets.newSecret();
            assertTrue(TokenSecrets.wellFormed(secret), secret);
            assertTrue(seen.add(secret), "no secret twice");
        }
    }

    @Test
    void theStoredFormIsTheSha256AndNotTheSecret() {
        String secret = TokenSecrets.newSecret();
        String stored = TokenSecrets.hash(secret);
        assertEquals(64, stored.length());
        assertFalse(stored.contains(secret.substring(4, 12)));
        assertEquals(stored, TokenSecrets.hash(secret), "the same secret finds the same row");
        assertNotEquals(stored, TokenSecrets.hash(secret + "x"));
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", TokenSecrets.hash("test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kvt_", "kvt_short", "abc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "kvt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+", "kvt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void malformedTokensAreRefusedWithoutALookUp(String presented) {
        assertFalse(TokenSecrets.wellFormed(presented), presented);
        assertFalse(TokenSecrets.wellFormed(null));
    }
}

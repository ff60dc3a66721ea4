package se.kvalitet.people.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class PasswordPolicyTest {

    @Test
    void aPasswordIsRequestedWhenEitherFieldIsFilledIn() {
        assertFalse(PasswordPolicy.requested(null, null));
        assertFalse(PasswordPolicy.requested(new char[0], new char[0]));
        assertTrue(PasswordPolicy.requested("x".toCharArray(), new char[0]));
        assertTrue(PasswordPolicy.requested(new char[0], "x".toCharArray()));
    }

    @Test
    void tenCharactersAreEnoughNineAreNot() {
        assertDoesNotThrow(() -> PasswordPolicy.requireAcceptable("0123456789".toCharArray(), "0123456789".toCharArray()));
        var refused = assertThrows(RuleViolation.class,
                () -> PasswordPolicy.requireAcceptable("012345678".toCharArray(), "012345678".toCharArray()));
        assertEquals("people.password.tooShort", refused.getMessageKey());
        assertEquals(10, refused.getArguments()[0]);
    }

    @Test
    void theConfirmationMustMatch() {
        var refused = assertThrows(RuleViolation.class,
                () -> PasswordPolicy.requireAcceptable("korrekt häst batteri".toCharArray(), "korrekt hast batteri".toCharArray()));
        assertEquals("people.password.mismatch", refused.getMessageKey());
        assertThrows(RuleViolation.class, () -> PasswordPolicy.requireAcceptable("0123456789".toCharArray(), null));
    }
}

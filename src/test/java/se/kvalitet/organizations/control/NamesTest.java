package se.kvalitet.organizations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class NamesTest {

    @Test
    void namesAreStoredWithoutSurroundingSpace() {
        assertEquals("Stadsbiblioteket", Names.required("  Stadsbiblioteket \t"));
    }

    @Test
    void aNameIsRequired() {
        assertEquals("organizations.name.required", assertThrows(RuleViolation.class, () -> Names.required(null)).getMessageKey());
        assertEquals("organizations.name.required", assertThrows(RuleViolation.class, () -> Names.required("   ")).getMessageKey());
    }

    @Test
    void twoHundredCharactersAreTheMost() {
        assertEquals(200, Names.required("x".repeat(200)).length());
        var refused = assertThrows(RuleViolation.class, () -> Names.required("x".repeat(201)));
        assertEquals("organizations.name.tooLong", refused.getMessageKey());
        assertEquals(200, refused.getArguments()[0]);
        assertEquals(200, Names.required("  " + "x".repeat(200) + "  ").length(), "spaces around do not count");
    }

    @Test
    void namesCompareWithoutCase() {
        assertEquals(Names.comparable("Äldreförvaltningen"), Names.comparable(" ÄLDREFÖRVALTNINGEN "));
    }
}

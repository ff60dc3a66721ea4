package se.kvalitet.people.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.security.Role;

class PersonTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration PAUSE = Duration.ofMinutes(5);

    private static Person withPassword() {
        var person = new Person("anna@stad.se", "Anna");
        person.setPasswordHash("hash");
        return person;
    }

    @Test
    void pausesAfterTheGivenNumberOfFailuresInARow() {
        var person = withPassword();
        for (int i = 0; i < 4; i++) {
            person.signInFailed(NOW, 5, PAUSE);
        }
        assertFalse(person.isPaused(NOW), "four failures are not yet enough");
        assertEquals(4, person.getFailedSignIns());

        person.signInFailed(NOW, 5, PAUSE);

        assertTrue(person.isPaused(NOW));
        assertFalse(person.canSignIn(NOW));
        assertEquals(NOW.plus(PAUSE), person.pausedUntil(NOW));
        assertTrue(person.isPaused(NOW.plus(PAUSE).minusSeconds(1)));
        assertFalse(person.isPaused(NOW.plus(PAUSE)), "the pause ends by itself");
        assertNull(person.pausedUntil(NOW.plus(PAUSE)));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        var person = withPassword();
        person.signInFailed(NOW, 3, PAUSE);
        person.signInFailed(NOW, 3, PAUSE);
        person.signedIn(NOW);
        person.signInFailed(NOW, 3, PAUSE);
        assertFalse(person.isPaused(NOW));
        assertEquals(NOW, person.getLastSignInAt());
    }

    @Test
    void unpauseLiftsThePauseAndForgetsTheFailures() {
        var person = withPassword();
        for (int i = 0; i < 5; i++) {
            person.signInFailed(NOW, 5, PAUSE);
        }
        person.signInFailed(NOW, 5, PAUSE);
        assertTrue(person.isPaused(NOW));

        person.unpause();

        assertFalse(person.isPaused(NOW));
        assertNull(person.pausedUntil(NOW));
        assertEquals(0, person.getFailedSignIns());
        assertTrue(person.canSignIn(NOW));
    }

    @Test
    void anInactiveAccountOrOneWithoutPasswordCannotSignIn() {
        var person = withPassword();
        person.setActive(false);
        assertFalse(person.canSignIn(NOW));
        assertFalse(new Person("x@stad.se", "X").canSignIn(NOW));
    }

    @Test
    void anApplicantNeedsAUnit() {
        var person = new Person("sara@stad.se", "Sara");
        person.setRoles(EnumSet.of(Role.APPLICANT));
        var refused = assertThrows(RuleViolation.class, person::requireUnitIfApplicant);
        assertEquals("people.applicant.needsUnit", refused.getMessageKey());

        person.setUnitId(7L);
        assertDoesNotThrow(person::requireUnitIfApplicant);
    }

    @Test
    void othersNeedNoUnit() {
        var person = new Person("erik@stad.se", "Erik");
        person.setRoles(EnumSet.of(Role.EXAMINER, Role.STAFF));
        assertDoesNotThrow(person::requireUnitIfApplicant);
    }

    @Test
    void emailIsTrimmedAndLowerCased() {
        assertEquals("anna.svensson@stad.se", Person.normalizeEmail("  Anna.Svensson@STAD.se "));
        assertEquals("anna@stad.se", new Person(" ANNA@stad.SE", "Anna").getEmail());
        var person = new Person("a@stad.se", "A");
        person.setEmail("Ny.Adress@Stad.SE ");
        assertEquals("ny.adress@stad.se", person.getEmail());
        assertNull(Person.normalizeEmail(null));
    }

    @Test
    void emailMustLookLikeAnAddress() {
        assertTrue(Person.isValidEmail("anna@stad.se"));
        assertTrue(Person.isValidEmail(" Anna.Svensson@Kultur.Stad.SE "));
        assertFalse(Person.isValidEmail(null));
        assertFalse(Person.isValidEmail("  "));
        assertFalse(Person.isValidEmail("anna"));
        assertFalse(Person.isValidEmail("anna@stad"));
        assertFalse(Person.isValidEmail("anna@@stad.se"));
        assertFalse(Person.isValidEmail("an na@stad.se"));
        assertFalse(Person.isValidEmail("anna@stad..se"));
        assertFalse(Person.isValidEmail("a".repeat(250) + "@stad.se"), "longer than 254 characters");
    }

    @Test
    void anAdministratorKeepsTheirOwnAdministratorRole() {
        var admin = new Person("admin@stad.se", "Admin");
        admin.setRoles(EnumSet.of(Role.ADMIN, Role.STAFF));
        var refused = assertThrows(RuleViolation.class,
                () -> admin.requireAllowedSelfChange(EnumSet.of(Role.STAFF), true, "admin@stad.se"));
        assertEquals("people.self.keepAdmin", refused.getMessageKey());
        assertDoesNotThrow(() -> admin.requireAllowedSelfChange(EnumSet.of(Role.ADMIN), true, " Admin@Stad.se"));
    }

    @Test
    void nobodyDeactivatesThemself() {
        var admin = new Person("admin@stad.se", "Admin");
        admin.setRoles(EnumSet.of(Role.ADMIN));
        var refused = assertThrows(RuleViolation.class,
                () -> admin.requireAllowedSelfChange(EnumSet.of(Role.ADMIN), false, "admin@stad.se"));
        assertEquals("people.self.keepActive", refused.getMessageKey());
    }

    @Test
    void nobodyChangesTheAddressTheyAreSignedInWith() {
        var admin = new Person("admin@stad.se", "Admin");
        admin.setRoles(EnumSet.of(Role.ADMIN));
        var refused = assertThrows(RuleViolation.class,
                () -> admin.requireAllowedSelfChange(EnumSet.of(Role.ADMIN), true, "ny@stad.se"));
        assertEquals("people.self.keepEmail", refused.getMessageKey());
    }

    @Test
    void aSelfChangeWithoutAdministratorRoleNeedsNone() {
        var staff = new Person("staff@stad.se", "Staff");
        staff.setRoles(EnumSet.of(Role.STAFF));
        assertDoesNotThrow(() -> staff.requireAllowedSelfChange(EnumSet.of(Role.STAFF, Role.EXAMINER), true, "staff@stad.se"));
    }

    @Test
    void onlySwedishAndEnglishArePreferredLanguages() {
        var person = new Person("a@stad.se", "A");
        person.setPreferredLocale("en");
        assertEquals("en", person.getPreferredLocale());
        var refused = assertThrows(RuleViolation.class, () -> person.setPreferredLocale("de"));
        assertEquals("people.language.unknown", refused.getMessageKey());
        assertEquals("en", person.getPreferredLocale());
    }
}

package se.kvalitet.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The e-mail rule of the boundary must never accept what the entity's Bean Validation refuses at flush
 * (that would end in an error page instead of a message), and must agree on ordinary addresses.
 */
class PersonEmailTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static boolean beanValidationAccepts(String email) {
        return validator.validateValue(Person.class, "email", Person.normalizeEmail(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@stad.se", "Anna.Svensson@Kultur.Stad.SE", "first.last+award@sub.domain.example",
            "o'brien@stad.se", "åsa.öberg@stad.se", "anna@förskolan.se", "x@a-b.se", "1@2.se"})
    void ordinaryAddressesAreAccepted(String email) {
        assertTrue(Person.isValidEmail(email), email);
        assertTrue(beanValidationAccepts(email), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b@stad.se", ".anna@stad.se", "anna.@stad.se", "anna(x)@stad.se", "an na@stad.se",
            "anna@-stad.se", "anna@stad-.se", "anna@stad..se", "anna@stad", "anna", "@stad.se", "anna@", "a@b@stad.se",
            "anna@[127.0.0.1]", "\"anna\"@stad.se", "anna@stad.se."})
    void malformedAddressesAreRefused(String email) {
        assertFalse(Person.isValidEmail(email), email);
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 65})
    void theLocalPartHasAtMostSixtyFourCharacters(int length) {
        String email = "a".repeat(length) + "@stad.se";
        assertEquals(length <= 64, Person.isValidEmail(email));
        if (Person.isValidEmail(email)) {
            assertTrue(beanValidationAccepts(email));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b@stad.se", "anna(x)@stad.se", "anna@-stad.se", "\"anna\"@stad.se", "anna@stad.se.",
            "anna@stad", "a@b.c", "a!b@stad.se", "x@xn--frskolan-90a.se", "{anna}@stad.se"})
    void whatThisRuleAcceptsBeanValidationAcceptsToo(String email) {
        if (Person.isValidEmail(email)) {
            assertTrue(beanValidationAccepts(email), email + " passes the rule but would fail at flush");
        }
    }
}

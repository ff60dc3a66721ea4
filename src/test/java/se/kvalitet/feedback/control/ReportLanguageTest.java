package se.kvalitet.feedback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportLanguageTest {

    /** The contacts' preferred languages (| between contacts, - for none, ? for an unknown one) and the default. */
    @ParameterizedTest
    @CsvSource({
            "-, sv",
            "sv, sv",
            "en, en",
            "en|en, en",
            "en|sv, sv",
            "sv|en, sv",
            "en|?, en",
            "?, sv"})
    void theDefaultFollowsTheContacts(String contacts, String expected) {
        assertEquals(expected, ReportLanguage.fromContacts(locales(contacts)));
    }

    /** An explicit choice wins; else a redraft keeps the report's language; else the contacts decide. */
    @ParameterizedTest
    @CsvSource({
            "sv, -, en, sv",
            "en, -, sv, en",
            "en, sv, sv, en",
            "sv, en, en, sv",
            "-, en, sv, en",
            "-, sv, en, sv",
            "-, -, en, en",
            "-, -, sv, sv",
            "-, -, -, sv",
            "fr, -, en, en",
            "fr, -, -, sv"})
    void chosenThenCurrentThenContacts(String chosen, String current, String contacts, String expected) {
        assertEquals(expected, ReportLanguage.of(none(chosen), none(current), locales(contacts)));
    }

    private static String none(String value) {
        return "-".equals(value) ? null : value;
    }

    private static List<String> locales(String contacts) {
        if ("-".equals(contacts)) {
            return List.of();
        }
        return Arrays.stream(contacts.split("\\|")).map(c -> "?".equals(c) ? null : c).toList();
    }
}

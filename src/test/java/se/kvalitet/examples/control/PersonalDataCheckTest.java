package se.kvalitet.examples.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kvalitet.examples.control.PersonalDataCheck.Kind;

class PersonalDataCheckTest {

    static List<Kind> kinds(String text) {
        return PersonalDataCheck.check("done", text, "kontakt@stad.se").stream().map(PersonalDataCheck.Finding::kind).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"121212-1212", "19121212-1212", "191212121212", "1212121212", "811218-9876",
            "20121212+1212", "701063-2391"})
    void realPersonalIdentityNumbersAreFound(String number) {
        assertEquals(List.of(Kind.PERSONAL_IDENTITY_NUMBER), kinds("Brukaren har nummer " + number + " i journalen."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"121212-1213", "811218-9877", "811318-9876", "811200-9876", "21121212-1212"})
    void numbersWithAWrongCheckDigitOrDateAreNot(String number) {
        assertFalse(kinds("Ärende " + number + " avslutat.").contains(Kind.PERSONAL_IDENTITY_NUMBER), number);
    }

    @Test
    void theLuhnCheckDigit() {
        assertTrue(PersonalDataCheck.luhn("8112189876"));
        assertFalse(PersonalDataCheck.luhn("8112189875"));
        assertTrue(PersonalDataCheck.luhn("1212121212"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"070-123 45 67", "08-123 456 78", "+46 70 123 45 67", "0701234567", "031-12 34 56"})
    void phoneNumbersAreFound(String phone) {
        assertEquals(List.of(Kind.PHONE_NUMBER), kinds("Ring " + phone + " efter klockan tio."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vi började 2019 och 2024 hade 85 % av barnen", "Kostnaden var 120 000 kronor",
            "Mellan 2021-2023 halverades väntetiden", "KS 2026/123 är diarienumret", "under 12 månader"})
    void yearsAmountsAndCaseNumbersAreNotPhoneNumbers(String text) {
        assertEquals(List.of(), kinds(text), text);
    }

    @Test
    void eMailAddressesOtherThanTheContactsAreFound() {
        var findings = PersonalDataCheck.check("results", "Skriv till kontakt@stad.se eller anna.andersson@gmail.com.",
                "Kontakt@stad.se");
        assertEquals(1, findings.size());
        assertEquals(Kind.EMAIL_ADDRESS, findings.get(0).kind());
        assertEquals("anna.andersson@gmail.com", findings.get(0).found());
        assertEquals("Skriv till kontakt@stad.se eller ".length(), findings.get(0).position());
        assertEquals("results", findings.get(0).field());
    }

    @Test
    void commonFirstNamesAreFoundWithTheirPosition() {
        var findings = PersonalDataCheck.check("done", "Förskolläraren Lena och barnet Anna-Karin pratade.", null);
        assertEquals(List.of("Lena", "Anna-Karin"), findings.stream().map(PersonalDataCheck.Finding::found).toList());
        assertEquals(15, findings.get(0).position());
        assertTrue(findings.stream().allMatch(f -> f.kind() == Kind.FIRST_NAME));
    }

    @Test
    void ordinaryWordsAndLowerCaseAreNotNames() {
        assertEquals(List.of(), kinds("Vi arbetar med lena övergångar, per år och anna saker. Förskolan Solrosen växer."));
    }

    @Test
    void everyFieldIsCheckedInOrder() {
        var texts = new java.util.LinkedHashMap<String, String>();
        texts.put("title", "Läsglädje");
        texts.put("summary", "Kontakta Erik på 070-123 45 67.");
        var findings = PersonalDataCheck.check(texts, null);
        assertEquals(List.of(Kind.FIRST_NAME, Kind.PHONE_NUMBER), findings.stream().map(PersonalDataCheck.Finding::kind).toList());
        assertTrue(findings.stream().allMatch(f -> f.field().equals("summary")));
        assertEquals(List.of(), PersonalDataCheck.check(Map.of("title", "Inget känsligt här"), null));
    }
}

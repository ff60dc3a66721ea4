package se.kvalitet.feedback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.feedback.entity.EditedText;
import se.kvalitet.platform.errors.RuleViolation;

/** The report's editable texts: what an edit stores, and the report read with the edits in place. */
class ReportTextsTest {

    @ParameterizedTest(name = "starting point [{0}], submitted [{1}]: stored [{2}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Tydliga mål.   | Tydliga mål.           | -",               // unchanged: follows the consensus
            "Tydliga mål.   | '  Tydliga mål.  '     | -",               // whitespace around is no edit
            "Tydliga mål.   | Tydliga och mätbara mål. | Tydliga och mätbara mål.",
            "Tydliga mål.   | ''                     | -",               // emptied: back to the consensus
            "Tydliga mål.   | -                      | -",
            "-              | Skrivet från grunden.  | Skrivet från grunden.",
    })
    void onlyATextThatDiffersFromTheStartingPointIsStored(String start, String submitted, String stored) {
        assertEquals(stored, ReportTexts.edit("1", start, submitted));
    }

    @Test
    void anOverLongTextIsRefusedNotCut() {
        var refused = assertThrows(RuleViolation.class,
                () -> ReportTexts.edit("summary", null, "x".repeat(ReportTexts.MAX_LENGTH + 1)));
        assertEquals("feedback.texts.tooLong", refused.getMessageKey());
    }

    @Test
    void theEditsReplaceTheConsensusTextsFieldByField() {
        var generated = new ReportContent("sv", null, null, null, "Enheten", null, null, null, null, null, null, null,
                true, List.of("A"), List.of("B"), List.of(
                new ReportContent.CriterionFeedback("1", "Ett", "Styrka ett", "Förbättra ett", 50, "50–65", 50.0),
                new ReportContent.CriterionFeedback("2", "Två", "Styrka två", "Förbättra två", 40, "30–45", 40.0)),
                null, "Sammanfattat.");
        var read = ReportTexts.apply(generated, null, Map.of("1", new EditedText(null, "Förbättra ett, redigerat.")));
        assertEquals("Styrka ett", read.criteria().get(0).strengths());
        assertEquals("Förbättra ett, redigerat.", read.criteria().get(0).improvements());
        assertEquals("Styrka två", read.criteria().get(1).strengths());
        assertEquals("Sammanfattat.", read.summary());
        assertEquals("Egen.", ReportTexts.apply(generated, "Egen.", Map.of()).summary());
    }

    @Test
    void theStartingSummaryIsMadeFromTheKeyThemes() {
        assertEquals("Enhetens viktigaste styrkor: Tydliga åtaganden, Brukarna i fokus. De viktigaste "
                        + "förbättringsområdena: Uppföljning.",
                ReportTexts.startingSummary("sv", List.of("Tydliga åtaganden", "Brukarna i fokus"), List.of("Uppföljning")));
        assertNull(ReportTexts.startingSummary("en", List.of(), List.of()));
    }
}

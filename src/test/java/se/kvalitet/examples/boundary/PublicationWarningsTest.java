package se.kvalitet.examples.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.examples.control.PublicationPdf;
import se.kvalitet.examples.entity.ExampleFile;
import se.kvalitet.examples.entity.GoodExample;

/** The personal-data check reads what publishing would put before readers: the texts and the published files. */
class PublicationWarningsTest {

    static GoodExample record(String lessons, boolean contactConsent) {
        var facts = new GoodExample.Facts(11L, 2L, 3L, 4L, 2026, "QUALITY_AWARD", "WINNER", "Grundskola",
                "SCHOOL", "Björkhagens skola", "Utbildningsförvaltningen", "MUNICIPAL");
        var texts = new GoodExample.Texts("Elevernas egna mål", "Eleverna sätter mål i varje ämne.", null,
                "Ett föredöme i elevinflytande.", "1 Ledarskap\nRektor och lärare planerar tillsammans.",
                "Fler elever med godkänt.", lessons, "Karin Rektorsson", "karin.rektorsson@skola.example.se", null,
                contactConsent, null);
        return GoodExample.prepare(facts, false, texts, List.of(), "elevernas-egna-mal", Instant.now(), "admin");
    }

    static List<String> fields(GoodExample e) {
        var file = ExampleFile.publication(1L, "gott-exempel.pdf", PublicationPdf.render(e), Instant.now());
        return ExampleViews.warnings(e, List.of(file)).stream().map(w -> w.field() + " " + w.kind() + " " + w.found()).toList();
    }

    @Test
    void aCleanRecordAndItsFileHaveNoFindings() {
        assertEquals(List.of(), fields(record("Börja litet.", false)));
        assertEquals(List.of(), fields(record("Börja litet.", true)), "the consenting contact is no finding");
    }

    @Test
    void anEmailAddressIsReportedInTheTextAndInTheFileThatWouldPublishIt() {
        var found = fields(record("Frågor till per.larsson@example.se.", false));
        assertTrue(found.contains("lessons EMAIL_ADDRESS per.larsson@example.se"), found.toString());
        assertTrue(found.contains("file:gott-exempel.pdf EMAIL_ADDRESS per.larsson@example.se"), found.toString());
    }

    @Test
    void theContactsAddressWithoutTheirConsentIsAFinding() {
        var found = fields(record("Skriv till karin.rektorsson@skola.example.se.", false));
        assertTrue(found.contains("lessons EMAIL_ADDRESS karin.rektorsson@skola.example.se"), found.toString());
        assertTrue(found.contains("file:gott-exempel.pdf EMAIL_ADDRESS karin.rektorsson@skola.example.se"), found.toString());
        assertEquals(List.of(), fields(record("Skriv till karin.rektorsson@skola.example.se.", true)));
    }
}

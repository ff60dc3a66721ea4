package se.kvalitet.examples.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import se.kvalitet.examples.entity.ExampleCriterion;
import se.kvalitet.examples.entity.GoodExample;
import se.kvalitet.platform.pdf.PdfReading;

/** The file published with a good example holds the record's texts and nothing else. */
class PublicationPdfTest {

    static final String DONE = "1 Ledarskap\nRektor och lärare planerar tillsammans.\n\n2 Medarbetare\nAlla deltar.";

    static GoodExample record(boolean contactConsent) {
        var facts = new GoodExample.Facts(11L, 2L, 3L, 4L, 2026, "QUALITY_AWARD", "WINNER", "Grundskola",
                "SCHOOL", "Björkhagens skola", "Utbildningsförvaltningen", "MUNICIPAL");
        var texts = new GoodExample.Texts("Elevernas egna mål", "Eleverna sätter mål i varje ämne.", "skola",
                "Ett föredöme i elevinflytande.", DONE, "Fler elever med godkänt.", "Börja litet.",
                "Karin Rektorsson", "karin.rektorsson@skola.example.se", "08-508 123 45", contactConsent,
                "https://video.example.se/mal");
        return GoodExample.prepare(facts, false, texts,
                List.of(new ExampleCriterion("1", "Ledarskap", 65, "50–65")), "elevernas-egna-mal", Instant.now(), "admin");
    }

    static List<String> read(GoodExample e) throws IOException {
        try (PDDocument document = Loader.loadPDF(PublicationPdf.render(e))) {
            assertTrue(PdfReading.fontsEmbedded(document));
            // the font draws "fl" and "fi" as ligatures; compare the letters
            return PdfReading.structure(document).stream()
                    .map(line -> java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFKC)).toList();
        }
    }

    @Test
    void theFileIsExactlyTheRecordsTextsWithoutTheContact() throws IOException {
        // every element of the document, in order: nothing of the application (eligibility answers, its
        // contacts, its attachments) can slip in beside the record's own texts
        assertEquals(List.of(
                "H1: Elevernas egna mål",
                "P: Enhet: Björkhagens skola",
                "P: Förvaltning: Utbildningsförvaltningen",
                "P: Utmärkelse: 2026 · Kvalitetsutmärkelsen",
                "P: Juryns beslut: Vinnare",
                "P: Tävlingsklass: Grundskola",
                "H2: Sammanfattning", "P: Eleverna sätter mål i varje ämne.",
                "H2: Juryns motivering", "P: Ett föredöme i elevinflytande.",
                "H2: Vad enheten gjorde",
                "P: 1 Ledarskap Rektor och lärare planerar tillsammans. 2 Medarbetare Alla deltar.",
                "H2: Resultat", "P: Fler elever med godkänt.",
                "H2: Lärdomar och hur det kan spridas", "P: Börja litet.",
                "H2: Här var enheten starkast", "P: • 1 Ledarskap: 65 poäng (50–65)",
                "H2: Film", "P: https://video.example.se/mal"), read(record(false)));
    }

    @Test
    void theContactIsNamedOnlyWithTheContactsConsent() throws IOException {
        String without = String.join("\n", read(record(false)));
        for (String detail : new String[]{"Karin", "karin.rektorsson@skola.example.se", "508 123 45"}) {
            assertFalse(without.contains(detail), detail);
        }
        var with = read(record(true));
        assertTrue(with.contains("H2: Kontakt"), with.toString());
        assertTrue(with.contains("P: Kontaktperson: Karin Rektorsson"), with.toString());
        assertTrue(with.contains("P: E-post: karin.rektorsson@skola.example.se"), with.toString());
        assertTrue(with.contains("P: Telefon: 08-508 123 45"), with.toString());
    }

    @Test
    void theTextReadBackIsWhatAReaderGets() {
        String text = PublicationPdf.textOf(PublicationPdf.render(record(true)));
        assertTrue(text.contains("Rektor och lärare planerar tillsammans."), text);
        assertTrue(text.contains("karin.rektorsson@skola.example.se"), text);
        assertTrue(text.contains("elevinflytande"), "ligatures are read as their letters: " + text);
    }

    @Test
    void theUnitAndAConsentingContactAreBlankedForTheCheckAndNothingElse() {
        var e = record(true);
        String text = "Björkhagens skola: Karin Rektorsson, karin.rektorsson@skola.example.se, Anna";
        String blanked = PublishedText.allowedOut(text, e);
        assertEquals(text.length(), blanked.length(), "positions stay true");
        assertFalse(blanked.contains("Karin"));
        assertTrue(blanked.endsWith("Anna"));
        assertTrue(PublishedText.allowedOut(text, record(false)).contains("Karin Rektorsson"),
                "without consent the contact is a finding like any other name");
    }
}

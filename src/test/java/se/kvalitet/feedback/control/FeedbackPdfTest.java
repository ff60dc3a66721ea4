package se.kvalitet.feedback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.kvalitet.feedback.control.ReportContent.CriterionFeedback;
import se.kvalitet.feedback.control.ReportContent.JuryDecision;
import se.kvalitet.platform.pdf.PdfReading;

class FeedbackPdfTest {

    static ReportContent report(String language, boolean showScore, JuryDecision jury) {
        return new ReportContent(language, "Kvalitetsutmärkelsen 2026", "Kvalitetsutmärkelsen", "Förskola",
                "Förskolan Solrosen", "KS 2026/123", LocalDate.parse("2026-03-15"), LocalDate.parse("2026-06-10"),
                LocalDate.parse("2026-09-02"), LocalDate.parse("2026-11-20"), LocalDate.parse("2026-12-01"), "PERCENT",
                showScore, List.of("Tydligt ledarskap", "Barnens röst i planeringen", "Systematisk uppföljning"),
                List.of("Jämför med andra förskolor", "Sprid goda exempel", "Mät vårdnadshavarnas nöjdhet"),
                List.of(new CriterionFeedback("1", "Ledarskap", "Ledningen är närvarande.", "Dokumentera besluten.",
                                65, "50–65", 97.5),
                        new CriterionFeedback("2", "Medarbetare", "Alla deltar i planeringen.", null, 30, "30–45", 30.0)),
                jury);
    }

    static PDDocument open(ReportContent content) throws IOException {
        return Loader.loadPDF(FeedbackPdf.render(content));
    }

    static String flat(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void theReportSaysWhatTheTeamAgreed() throws IOException {
        try (PDDocument document = open(report("sv", true, null))) {
            String text = flat(document);
            for (String expected : new String[]{"Återkoppling till Förskolan Solrosen", "Kvalitetsutmärkelsen 2026",
                    "Tävlingsklass", "Förskola", "KS 2026/123", "15 mars 2026", "2 september 2026", "1 december 2026",
                    "Så har ansökan bedömts", "sex nivåer", "Viktigaste styrkor", "• Tydligt ledarskap",
                    "Viktigaste förbättringsområden", "• Sprid goda exempel", "1 Ledarskap",
                    "Bedömning: 65 (nivå 50–65), 97,5 poäng", "Styrkor: Ledningen är närvarande.",
                    "Förbättringsområden: Dokumentera besluten.", "Förbättringsområden: (inget angivet)",
                    "Sida 1 av"}) {
                assertTrue(text.contains(expected), "missing: " + expected + " in " + text);
            }
            assertFalse(text.contains("Juryns beslut"), "no jury section before the jury decided");
        }
    }

    @Test
    void onlyTheBandWhenTheCycleSaysSo() throws IOException {
        try (PDDocument document = open(report("sv", false, null))) {
            String text = flat(document);
            assertTrue(text.contains("Bedömning: Nivå 50–65"), text);
            assertFalse(text.contains("97,5"), "no points");
            assertFalse(text.contains("65 (nivå"), "no score");
        }
    }

    @Test
    void theJuryHookAddsItsSection() throws IOException {
        try (PDDocument document = open(report("sv", true, new JuryDecision("Vinnare", "Ett föredöme för staden.")))) {
            List<String> read = PdfReading.structure(document);
            int jury = read.indexOf("H2: Juryns beslut");
            assertTrue(jury > 0, read.toString());
            assertEquals("P: Beslut: Vinnare", read.get(jury + 1));
            assertEquals("P: Ett föredöme för staden.", read.get(jury + 2));
        }
    }

    @Test
    void taggedWithLanguageTitleAndEmbeddedFont() throws IOException {
        try (PDDocument document = open(report("sv", true, null))) {
            var catalog = document.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo().isMarked());
            assertEquals("sv-SE", catalog.getLanguage());
            assertEquals("Återkoppling till Förskolan Solrosen", document.getDocumentInformation().getTitle());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            assertTrue(PdfReading.fontsEmbedded(document));
            List<String> read = PdfReading.structure(document);
            assertEquals("H1: Återkoppling till Förskolan Solrosen", read.get(0));
            assertEquals("P: Utmärkelseår: Kvalitetsutmärkelsen 2026", read.get(1));
            int leadership = read.indexOf("H2: 1 Ledarskap");
            assertTrue(leadership > 0, read.toString());
            assertEquals("P: Bedömning: 65 (nivå 50–65), 97,5 poäng", read.get(leadership + 1));
            assertTrue(read.contains("H2: Viktigaste styrkor"), read.toString());
            assertTrue(read.stream().allMatch(r -> r.matches("(H1|H2|P): .+")), "every element has text: " + read);
        }
    }

    @Test
    void englishWhenTheApplicantReadsEnglish() throws IOException {
        try (PDDocument document = open(report("en", true, null))) {
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            String text = flat(document);
            for (String expected : new String[]{"Feedback to Förskolan Solrosen", "Key strengths", "Areas for improvement",
                    "Assessment: 65 (band 50–65), 97.5 points", "How the application was assessed", "Page 1 of",
                    "15 March 2026"}) {
                assertTrue(text.contains(expected), "missing: " + expected);
            }
        }
    }

    @Test
    void aSparseReportStillRenders() throws IOException {
        try (PDDocument document = open(new ReportContent(null, null, null, null, null, null, null, null, null, null,
                null, null, false, null, null, null, null))) {
            assertEquals(1, document.getNumberOfPages());
            String text = flat(document);
            assertTrue(text.contains("Viktigaste styrkor (inget angivet)"), text);
        }
    }
}

package se.kvalitet.winners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The diploma is a tagged PDF in its language with the title, unit, award, year, class, motivation and ceremony. */
class DiplomaPdfTest {

    @Test
    void theDiplomaCarriesEverythingInATaggedDocument() throws Exception {
        byte[] pdf = DiplomaPdf.render(new Diploma("sv", "Kvalitetsutmärkelsen", 2026, "Förskolan Solrosen", "Förskola",
                "Barnens delaktighet genomsyrar allt.", LocalDate.of(2026, 12, 10), "Stadshuset"));
        try (var document = Loader.loadPDF(pdf)) {
            assertEquals("sv-SE", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "a structure tree");
            assertTrue(document.getDocumentInformation().getTitle().contains("Förskolan Solrosen"));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : new String[]{"Diplom – Kvalitetsutmärkelsen 2026", "Förskolan Solrosen", "Förskola",
                    "Barnens delaktighet genomsyrar allt.", "10 december 2026, Stadshuset"}) {
                assertTrue(text.contains(expected), "missing " + expected + ": " + text);
            }
        }
    }

    @Test
    void inEnglishWithoutACeremony() throws Exception {
        byte[] pdf = DiplomaPdf.render(new Diploma("en", "The Renewal Prize", 2025, "Stadsbiblioteket", null,
                "Open to all.", null, null));
        try (var document = Loader.loadPDF(pdf)) {
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Diploma – The Renewal Prize 2025"), text);
            assertTrue(!text.contains("Award ceremony"), text);
        }
    }
}

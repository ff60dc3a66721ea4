package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.kvalitet.applications.control.ApplicationPdf.Content;
import se.kvalitet.applications.control.ApplicationPdf.Indicator;
import se.kvalitet.applications.control.ApplicationPdf.Section;

/** Indicators in the application PDF: a tagged table with a column per year, and a line chart with its description. */
class ApplicationPdfIndicatorsTest {

    static byte[] pdf() {
        var values = new TreeMap<Integer, BigDecimal>();
        values.put(2024, new BigDecimal("81"));
        values.put(2025, new BigDecimal("86.5"));
        values.put(2026, new BigDecimal("88"));
        var indicator = new Indicator("Nöjda vårdnadshavare", "procent", new BigDecimal("90"), "Riket",
                new BigDecimal("84"), values);
        return ApplicationPdf.render(new Content("sv", "Förskolan Solrosen", "KS 2027/4", Instant.parse("2027-03-15T14:05:00Z"),
                "Kvalitetsutmärkelsen 2027", "Kvalitetsutmärkelsen", "Förskola", "Förskolan Solrosen", "Förskoleförvaltningen",
                List.of(), List.of(new Section("7.1 Resultat", null, "Vi mäter nöjdheten varje år.", List.of(indicator))),
                List.of(), List.of()));
    }

    @Test
    void theTableHasAColumnPerYearAndTheFiguresInSwedish() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf())) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Indikatorer", "2024", "2025", "2026", "Nöjda vårdnadshavare (procent)",
                    "86,5", "Riket 84", "Mål")) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
        }
    }

    @Test
    void theTableAndTheChartAreTaggedForScreenReaders() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf())) {
            var elements = new ArrayList<PDStructureElement>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), elements);
            var types = elements.stream().map(PDStructureElement::getStructureType).toList();
            assertTrue(types.containsAll(List.of("Table", "Caption", "TR", "TH", "TD", "Figure")), types.toString());
            assertEquals(6, types.stream().filter("TH"::equals).count(), "measure, three years, target, comparison");
            var figure = elements.stream().filter(e -> "Figure".equals(e.getStructureType())).findFirst().orElseThrow();
            assertTrue(figure.getAlternateDescription().contains("Nöjda vårdnadshavare"), figure.getAlternateDescription());
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }
}

package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kvalitet.applications.control.ApplicationPdf.Attachment;
import se.kvalitet.applications.control.ApplicationPdf.Content;
import se.kvalitet.applications.control.ApplicationPdf.Section;

class ApplicationPdfTest {

    private static final String SENTENCE = "På Förskolan Solrosen möter vi varje barn där det är, och vi följer upp "
            + "lärandet tillsammans med vårdnadshavarna så att ÅÄÖ och é syns rätt i utskriften. ";
    static final String LONG_ANSWER = SENTENCE.repeat(6000 / SENTENCE.length() + 1).substring(0, 6000);

    private static byte[] swedishPdf;
    private static String swedishText;

    @BeforeAll
    static void renderOnce() throws IOException {
        swedishPdf = ApplicationPdf.render(application("sv"));
        try (PDDocument document = Loader.loadPDF(swedishPdf)) {
            swedishText = new PDFTextStripper().getText(document);
        }
    }

    static Content application(String language) {
        return new Content(language, "Förskolan Solrosen – lärande i varje stund", "KS 2026/123",
                Instant.parse("2026-03-15T14:05:00Z"), "Kvalitetsutmärkelsen 2026", "Kvalitetsutmärkelsen",
                "Förskola", "Förskolan Solrosen", "Utbildningsförvaltningen",
                List.of("Åsa Öberg, asa.oberg@stad.example, 08-123 456 78", "Erik Ängström, erik.angstrom@stad.example"),
                List.of(new Section("1. Ledarskap", "Hur leder och utvecklar ni verksamheten? Beskriv mål och uppföljning.",
                                LONG_ANSWER),
                        new Section("2. Medarbetare", null, "Medarbetarna deltar i planeringen.\n\nVi har kompetensutveckling "
                                + "varje termin.\nhttps://stad.example/" + "mycket-lång-adress-".repeat(20)),
                        new Section("3. Resultat", "Vilka resultat har ni nått?", "")),
                List.of("Chef med verksamhets-, budget- och personalansvar: ja", "Antal medarbetare: 14 (minst 5)",
                        "Budget i balans: nej (varning till juryn)"),
                List.of(new Attachment("Verksamhetsplan 2026.pdf", 1_572_864, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                        new Attachment("Kundenkät.xlsx", 20_480, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")));
    }

    @Test
    void itIsAPdf() {
        assertEquals(DetectedType.PDF, ContentTypes.detect(swedishPdf));
    }

    @Test
    void aLongAnswerFlowsOverSeveralPagesWithNumberedFooters() throws IOException {
        try (PDDocument document = Loader.loadPDF(swedishPdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                assertTrue(swedishText.contains("Sida " + page + " av " + pages), "footer of page " + page);
            }
        }
    }

    @Test
    void theSubmittedFactsAreInTheText() {
        for (String expected : new String[]{"KS 2026/123", "Förskolan Solrosen", "Utbildningsförvaltningen",
                "Kvalitetsutmärkelsen 2026", "Registreringsnummer", "Inlämnad", "15 mars 2026 kl. 15:05",
                "Åsa Öberg, asa.oberg@stad.example", "Erik Ängström", "1. Ledarskap", "Vägledning: Hur leder och utvecklar ni",
                "Behörighet", "Budget i balans: nej (varning till juryn)", "Bilagor",
                "Verksamhetsplan 2026.pdf (1,5 MB), SHA-256: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                "Kundenkät.xlsx (20 kB)", "(inget svar)"}) {
            assertTrue(swedishText.replaceAll("\\s+", " ").contains(expected), "missing: " + expected);
        }
    }

    @Test
    void swedishLettersSurviveExactly() {
        String flat = swedishText.replaceAll("\\s+", " ");
        assertTrue(flat.contains("På Förskolan Solrosen möter vi varje barn där det är, och vi följer upp lärandet "
                + "tillsammans med vårdnadshavarna så att ÅÄÖ och é syns rätt i utskriften."), "the answer, word for word");
        String lastWords = LONG_ANSWER.strip().substring(LONG_ANSWER.strip().lastIndexOf(' ', LONG_ANSWER.strip().length() - 30)).strip();
        assertTrue(flat.contains(lastWords), "the end of the 6000-character answer: " + lastWords);
        assertEquals(2, swedishText.chars().filter(c -> c == '?').count(), "only the guidance's own question marks");
    }

    @Test
    void theFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(swedishPdf)) {
            PDPage first = document.getPage(0);
            for (COSName name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
        }
    }

    @Test
    void theDocumentIsTaggedWithTitleAndLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(swedishPdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo /Marked true");
            assertEquals("sv-SE", catalog.getLanguage());
            assertEquals("Förskolan Solrosen – lärande i varje stund", document.getDocumentInformation().getTitle());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("Förskolan Solrosen – lärande i varje stund") && xmp.contains("sv-SE"), xmp);

            PDStructureTreeRoot root = catalog.getStructureTreeRoot();
            assertNotNull(root);
            List<Object> top = root.getKids();
            assertEquals(1, top.size());
            PDStructureElement documentElement = (PDStructureElement) top.get(0);
            assertEquals("Document", documentElement.getStructureType());
            List<String> types = new ArrayList<>();
            for (Object kid : documentElement.getKids()) {
                types.add(((PDStructureElement) kid).getStructureType());
            }
            assertEquals("H1", types.get(0));
            assertEquals(1, types.stream().filter("H1"::equals).count(), "one H1");
            assertTrue(types.stream().filter("H2"::equals).count() >= 5, "contacts, three sections, eligibility, attachments: " + types);
            assertTrue(types.contains("P"));
            assertTrue(types.stream().allMatch(t -> t.equals("H1") || t.equals("H2") || t.equals("P")), types.toString());

            assertNotNull(root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE), "parent tree");
            COSArray nums = ((COSDictionary) root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE)).getCOSArray(COSName.NUMS);
            assertEquals(document.getNumberOfPages() * 2, nums.size(), "one parent-tree entry per page");
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                assertEquals(i, document.getPage(i).getStructParents());
                assertTrue(((COSArray) nums.getObject(2 * i + 1)).size() > 0, "page " + i + " has tagged content");
            }
        }
    }

    /**
     * What a screen reader gets: walk the structure tree, fetch each element's marked content from the pages
     * and check it is the text we drew, in order, and that the parent tree points back at the same elements.
     */
    @Test
    void theStructureTreeReadsAsTheDocument() throws IOException {
        try (PDDocument document = Loader.loadPDF(swedishPdf)) {
            Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();
            List<Map<Integer, String>> textByMcid = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                pageIndex.put(page.getCOSObject(), i);
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> texts = new HashMap<>();
                for (PDMarkedContent marked : extractor.getMarkedContents()) {
                    if (marked.getMCID() >= 0) {
                        StringBuilder text = new StringBuilder();
                        for (Object item : marked.getContents()) {
                            if (item instanceof TextPosition position) {
                                text.append(position.getUnicode());
                            }
                        }
                        assertNull(texts.put(marked.getMCID(), text.toString()), "MCIDs are unique on a page");
                    } else {
                        assertEquals("Artifact", marked.getTag(), "untagged content is an artifact");
                    }
                }
                textByMcid.add(texts);
            }
            COSArray nums = ((COSDictionary) document.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                    .getDictionaryObject(COSName.PARENT_TREE)).getCOSArray(COSName.NUMS);
            PDStructureElement documentElement = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            List<String> read = new ArrayList<>();
            int used = 0;
            for (Object kid : documentElement.getKids()) {
                PDStructureElement element = (PDStructureElement) kid;
                StringBuilder text = new StringBuilder();
                for (COSBase reference : kidsOf(element)) {
                    int page;
                    int mcid;
                    if (reference instanceof COSInteger number) {
                        page = pageIndex.get(element.getPage().getCOSObject());
                        mcid = number.intValue();
                    } else {
                        COSDictionary mcr = (COSDictionary) reference;
                        assertEquals("MCR", mcr.getNameAsString(COSName.TYPE));
                        page = pageIndex.get((COSDictionary) mcr.getDictionaryObject(COSName.PG));
                        mcid = mcr.getInt(COSName.MCID);
                    }
                    COSArray owners = (COSArray) nums.getObject(2 * page + 1);
                    assertSame(element.getCOSObject(), owners.getObject(mcid), "the parent tree names the same element");
                    text.append(text.isEmpty() ? "" : " ").append(textByMcid.get(page).get(mcid));
                    used++;
                }
                read.add(element.getStructureType() + ": " + text);
            }
            assertEquals(textByMcid.stream().mapToInt(Map::size).sum(), used, "every marked content belongs to one element");
            assertEquals("H1: Förskolan Solrosen – lärande i varje stund", read.get(0));
            assertEquals("P: Registreringsnummer: KS 2026/123", read.get(1));
            assertTrue(read.contains("H2: Kontaktpersoner"), read.toString());
            int leadership = read.indexOf("H2: 1. Ledarskap");
            assertTrue(read.get(leadership + 1).startsWith("P: Vägledning: Hur leder"), read.get(leadership + 1));
            assertEquals("P: " + LONG_ANSWER.strip(), read.get(leadership + 2), "the long answer, over pages, in one paragraph");
        }
    }

    private static List<COSBase> kidsOf(PDStructureElement element) {
        COSBase kids = element.getCOSObject().getDictionaryObject(COSName.K);
        List<COSBase> list = new ArrayList<>();
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                list.add(array.getObject(i));
            }
        } else if (kids != null) {
            list.add(kids);
        }
        return list;
    }

    @Test
    void everyTaggedElementHasContent() throws IOException {
        try (PDDocument document = Loader.loadPDF(swedishPdf)) {
            PDStructureNode documentElement = (PDStructureNode) document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            for (Object kid : documentElement.getKids()) {
                PDStructureElement element = (PDStructureElement) kid;
                assertFalse(element.getKids().isEmpty(), element.getStructureType() + " without content");
            }
        }
    }

    @Test
    void englishLabelsAndLanguage() throws IOException {
        byte[] pdf = ApplicationPdf.render(application("en"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(document);
            int pages = document.getNumberOfPages();
            for (String expected : new String[]{"Registration number", "Submitted", "15 March 2026, 15:05", "Unit",
                    "Administration", "Contact persons", "Eligibility", "Attachments", "Guidance:", "(no answer)",
                    "Verksamhetsplan 2026.pdf (1.5 MB)", "Page 1 of " + pages, "Förskolan Solrosen"}) {
                assertTrue(text.contains(expected), "missing: " + expected);
            }
        }
    }

    @Test
    void aSparseApplicationStillRenders() throws IOException {
        byte[] pdf = ApplicationPdf.render(new Content(null, "Utkast", null, null, null, null, null, null, null,
                null, null, null, null));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals("sv-SE", document.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Utkast") && text.contains("Inga bilagor.") && text.contains("Sida 1 av 1"), text);
        }
    }

    @Test
    void charactersTheFontLacksAndControlCharactersDoNotBreakRendering() throws IOException {
        byte[] pdf = ApplicationPdf.render(new Content("sv", "Test", "KS 2026/1", Instant.now(), null, null, null,
                "Enhet\u0000", null, null,
                List.of(new Section("Rubrik\t1", null, "Emoji och kinesiska \u4E2D\u6587 och\r\nradbrytning\u0007.")),
                null, null));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Emoji och kinesiska ?? och"), text);
            assertTrue(text.contains("radbrytning."), text);
        }
    }
}

package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Årsrapport Förskolan Solrosen.pdf|Årsrapport Förskolan Solrosen.pdf",
            "C:\\Users\\anna\\Desktop\\Verksamhetsplan.docx|Verksamhetsplan.docx",
            "../../etc/passwd|passwd",
            "/var/tmp/ölbryggeri.pdf|ölbryggeri.pdf",
            ".htaccess|htaccess",
            "rapport.pdf.  |rapport.pdf",
            "  två   mellanslag.pdf |två mellanslag.pdf",
            "Élève café.odt|Élève café.odt"})
    void keepsWhatPeopleRecogniseAndDropsTheRest(String original, String expected) {
        assertEquals(expected, FileNames.sanitize(original));
    }

    @Test
    void charactersWindowsForbidsAreRemoved() {
        assertEquals("abcdefgh.pdf", FileNames.sanitize("a<b>c:d\"e|f?g*h.pdf"));
    }

    @Test
    void windowsDeviceNamesAreDefused() {
        assertEquals("_CON.pdf", FileNames.sanitize("CON.pdf"));
        assertEquals("_nul", FileNames.sanitize("nul"));
        assertEquals("_com1.tar.gz", FileNames.sanitize("com1.tar.gz"));
        assertEquals("Console.pdf", FileNames.sanitize("Console.pdf"));
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        assertEquals("rapporttxt.exe", FileNames.sanitize("rapport\u202Etxt.exe"));
        assertEquals("ab.pdf", FileNames.sanitize("a\u0000b\r\n.pdf"));
        assertEquals("a b.pdf", FileNames.sanitize("a\tb.pdf"));
    }

    @Test
    void decomposedSwedishLettersAreComposed() {
        assertEquals("Åsa.pdf", FileNames.sanitize("A\u030Asa.pdf"));
    }

    @Test
    void nothingLeftGivesTheFallback() {
        assertEquals(FileNames.FALLBACK, FileNames.sanitize(null));
        assertEquals(FileNames.FALLBACK, FileNames.sanitize(""));
        assertEquals(FileNames.FALLBACK, FileNames.sanitize("C:\\temp\\"));
        assertEquals(FileNames.FALLBACK, FileNames.sanitize("..."));
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String name = FileNames.sanitize("ö".repeat(300) + ".pdf");
        assertEquals(FileNames.MAX_LENGTH, name.length());
        assertTrue(name.endsWith("ö.pdf"));
        assertEquals(FileNames.MAX_LENGTH, FileNames.sanitize("x".repeat(500)).length());
    }

    @Test
    void theRealTypesExtensionIsAddedWhenMissing() {
        assertEquals("rapport.pdf", FileNames.sanitize("rapport", DetectedType.PDF));
        assertEquals("rapport.PDF", FileNames.sanitize("rapport.PDF", DetectedType.PDF));
        assertEquals("budget.xls.xlsx", FileNames.sanitize("budget.xls", DetectedType.XLSX));
        assertEquals("bild.jpeg", FileNames.sanitize("bild.jpeg", DetectedType.JPEG));
        assertEquals("virus.exe", FileNames.sanitize("virus.exe", DetectedType.EXECUTABLE));
        assertTrue(FileNames.sanitize("x".repeat(300), DetectedType.PDF).endsWith(".pdf"));
        assertEquals(FileNames.MAX_LENGTH, FileNames.sanitize("x".repeat(300), DetectedType.PDF).length());
    }

    @Test
    void contentDispositionCarriesTheExactNameAndAnAsciiFallback() {
        assertEquals("attachment; filename=\"Arsrapport for 2026.pdf\"; filename*=UTF-8''%C3%85rsrapport%20f%C3%B6r%202026.pdf",
                FileNames.contentDisposition("Årsrapport för 2026.pdf"));
        assertEquals("attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a_b.pdf", FileNames.contentDisposition("a_b.pdf"));
        assertTrue(FileNames.contentDisposition("x\"; evil=1.pdf").startsWith("attachment; filename=\"x; evil=1.pdf\""));
    }
}

package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.kvalitet.applications.control.DetectedType.Family;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.i18n.Texts;

class AttachmentRulesTest {

    private static final long MB = 1024 * 1024;
    private final AttachmentPolicy pdfOnly = AttachmentPolicy.pdfOnly(10 * MB, 25 * MB);
    private final AttachmentPolicy office = AttachmentPolicy.pdfAndOffice(10 * MB, 25 * MB);

    @Test
    void aPdfWithinTheLimitsIsAccepted() {
        assertEquals(Optional.empty(), AttachmentRules.check(pdfOnly, "plan.pdf", DetectedType.PDF, 2 * MB, 5 * MB));
        assertDoesNotThrow(() -> AttachmentRules.enforce(pdfOnly, "plan.pdf", DetectedType.PDF, 2 * MB, 5 * MB));
    }

    @Test
    void exactlyAtTheLimitsIsAccepted() {
        assertTrue(AttachmentRules.check(pdfOnly, "a.pdf", DetectedType.PDF, 10 * MB, 15 * MB).isEmpty());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("applications.attachment.empty", AttachmentRules.check(pdfOnly, "tom.pdf", DetectedType.EMPTY, 0, 0), "tom.pdf");
        assertRefused("applications.attachment.empty", AttachmentRules.check(pdfOnly, "tom.pdf", DetectedType.PDF, 0, 0), "tom.pdf");
    }

    @ParameterizedTest
    @EnumSource(value = DetectedType.class, names = {"EXECUTABLE", "SCRIPT", "MARKUP", "MACRO_DOCUMENT", "ARCHIVE", "ZIP_BOMB"})
    void dangerousFilesAreRefusedEvenWhenOfficeIsAllowed(DetectedType type) {
        assertRefused("applications.attachment.dangerous", AttachmentRules.check(office, "rapport.pdf", type, MB, 0), "rapport.pdf");
    }

    @Test
    void unknownFilesAreRefusedNamingTheAcceptedFormats() {
        assertRefused("applications.attachment.unknownType",
                AttachmentRules.check(pdfOnly, "anteckningar.txt", DetectedType.UNKNOWN, 100, 0), "anteckningar.txt", "PDF");
    }

    @Test
    void officeFilesAreRefusedWhenTheCycleTakesOnlyPdf() {
        assertRefused("applications.attachment.typeNotAllowed",
                AttachmentRules.check(pdfOnly, "budget.xlsx", DetectedType.XLSX, MB, 0), "budget.xlsx", "XLSX", "PDF");
    }

    @ParameterizedTest
    @EnumSource(value = DetectedType.class, names = {"DOCX", "XLSX", "PPTX", "ODT", "ODS", "ODP", "DOC", "XLS"})
    void officeFilesAreAcceptedWhenTheCycleAllowsThem(DetectedType type) {
        assertTrue(AttachmentRules.check(office, "fil", type, MB, 0).isEmpty());
    }

    @Test
    void imagesAreRefusedUnlessAllowed() {
        assertRefused("applications.attachment.typeNotAllowed",
                AttachmentRules.check(office, "bild.png", DetectedType.PNG, MB, 0), "bild.png", "PNG",
                "PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS");
        AttachmentPolicy withImages = new AttachmentPolicy(EnumSet.of(Family.PDF, Family.IMAGE), MB, 2 * MB);
        assertTrue(AttachmentRules.check(withImages, "bild.jpg", DetectedType.JPEG, 1000, 0).isEmpty());
    }

    @Test
    void aFileOverThePerFileLimitIsRefused() {
        long size = 10 * MB + 1;
        RuleViolation violation = AttachmentRules.check(pdfOnly, "stor.pdf", DetectedType.PDF, size, 0).orElseThrow();
        assertEquals("applications.attachment.tooLarge", violation.getMessageKey());
        assertArrayEquals(new Object[]{"stor.pdf", 10.0, 10.0}, violation.getArguments());
        assertEquals("Filen stor.pdf är 10,0 MB; största tillåtna storlek är 10,0 MB.",
                Texts.text(Texts.SWEDISH, violation.getMessageKey(), violation.getArguments()));
    }

    @Test
    void aFileThatWouldPassTheApplicationTotalIsRefused() {
        RuleViolation violation = AttachmentRules.check(pdfOnly, "bilaga.pdf", DetectedType.PDF, 6 * MB, 20 * MB).orElseThrow();
        assertEquals("applications.attachment.totalTooLarge", violation.getMessageKey());
        assertArrayEquals(new Object[]{"bilaga.pdf", 26.0, 25.0, 5.0}, violation.getArguments());
        assertEquals("The file bilaga.pdf does not fit: the attachments would total 26.0 MB, but at most 25.0 MB are"
                        + " accepted per application (5.0 MB left).",
                Texts.text(Texts.ENGLISH, violation.getMessageKey(), violation.getArguments()));
    }

    @Test
    void enforceThrowsTheViolation() {
        RuleViolation thrown = assertThrows(RuleViolation.class,
                () -> AttachmentRules.enforce(pdfOnly, "x.exe", DetectedType.EXECUTABLE, 100, 0));
        assertEquals("applications.attachment.dangerous", thrown.getMessageKey());
    }

    @Test
    void theTypeIsCheckedBeforeTheSize() {
        assertEquals("applications.attachment.dangerous", AttachmentRules.check(pdfOnly, "x", DetectedType.EXECUTABLE,
                100 * MB, 100 * MB).orElseThrow().getMessageKey());
    }

    @Test
    void policiesRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new AttachmentPolicy(EnumSet.noneOf(Family.class), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new AttachmentPolicy(EnumSet.of(Family.PDF, Family.REFUSED), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new AttachmentPolicy(EnumSet.of(Family.UNKNOWN), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> AttachmentPolicy.pdfOnly(0, 1));
        assertThrows(IllegalArgumentException.class, () -> AttachmentPolicy.pdfOnly(1, -1));
        assertFalse(pdfOnly.allows(DetectedType.DOCX));
        assertTrue(office.allows(DetectedType.ODT));
    }

    @Test
    void everyKeyHasASwedishAndAnEnglishText() {
        for (String key : new String[]{"empty", "dangerous", "unknownType", "typeNotAllowed", "tooLarge", "totalTooLarge"}) {
            String full = "applications.attachment." + key;
            String sv = Texts.text(Texts.SWEDISH, full, "a.pdf", 1.0, 2.0, 3.0);
            String en = Texts.text(Texts.ENGLISH, full, "a.pdf", 1.0, 2.0, 3.0);
            assertNotEquals(full, sv, full + " in Swedish");
            assertNotEquals(full, en, full + " in English");
            assertNotEquals(sv, en, full);
            assertTrue(sv.contains("a.pdf") && en.contains("a.pdf"), full + " names the file");
        }
    }

    private static void assertRefused(String key, Optional<RuleViolation> result, Object... arguments) {
        RuleViolation violation = result.orElseThrow(() -> new AssertionError("expected " + key));
        assertEquals(key, violation.getMessageKey());
        assertArrayEquals(arguments, violation.getArguments());
    }
}

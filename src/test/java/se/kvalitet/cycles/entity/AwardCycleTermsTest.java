package se.kvalitet.cycles.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The application terms: every bound, the attachment types, and the phases in which they may change. */
class AwardCycleTermsTest {

    private final AwardCycle cycle = AwardCycleTest.planned();

    private String refused(int staff, int share, int quarantine, String types, int file, int total) {
        return assertThrows(PhaseTransitionException.class,
                () -> cycle.setApplicationTerms(staff, share, quarantine, types, file, total)).getMessageKey();
    }

    @Test
    void newCycleHasTheDefaultTerms() {
        assertEquals(5, cycle.getMinStaffCount());
        assertEquals(51, cycle.getMinResidentShare());
        assertEquals(2, cycle.getQuarantineYears());
        assertEquals("PDF_ONLY", cycle.getAttachmentTypes());
        assertEquals(10, cycle.getMaxFileMb());
        assertEquals(30, cycle.getMaxTotalMb());
    }

    @Test
    void acceptsTermsAtEveryBound() {
        cycle.setApplicationTerms(1, 0, 0, "PDF_AND_OFFICE", 1, 1);
        assertEquals(1, cycle.getMinStaffCount());
        assertEquals(0, cycle.getMinResidentShare());
        assertEquals(0, cycle.getQuarantineYears());
        assertEquals("PDF_AND_OFFICE", cycle.getAttachmentTypes());
        assertEquals(1, cycle.getMaxFileMb());
        assertEquals(1, cycle.getMaxTotalMb());
        cycle.setApplicationTerms(1000, 100, 10, "PDF_ONLY", 100, 500);
        assertEquals(1000, cycle.getMinStaffCount());
        assertEquals(100, cycle.getMinResidentShare());
        assertEquals(10, cycle.getQuarantineYears());
        assertEquals("PDF_ONLY", cycle.getAttachmentTypes());
        assertEquals(100, cycle.getMaxFileMb());
        assertEquals(500, cycle.getMaxTotalMb());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1001, -1})
    void refusesStaffOutsideOneToThousand(int staff) {
        assertEquals("cycle.terms.minStaffCount.range", refused(staff, 51, 2, "PDF_ONLY", 10, 30));
        assertEquals(5, cycle.getMinStaffCount(), "nothing changed");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void refusesShareOutsideZeroToHundred(int share) {
        assertEquals("cycle.terms.minResidentShare.range", refused(5, share, 2, "PDF_ONLY", 10, 30));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11})
    void refusesQuarantineOutsideZeroToTen(int years) {
        assertEquals("cycle.terms.quarantineYears.range", refused(5, 51, years, "PDF_ONLY", 10, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "OFFICE_ONLY", "pdf_only"})
    void refusesUnknownAttachmentTypes(String types) {
        assertEquals("cycle.terms.attachmentTypes.unknown", refused(5, 51, 2, types, 10, 30));
    }

    @Test
    void refusesMissingAttachmentTypes() {
        assertEquals("cycle.terms.attachmentTypes.unknown", refused(5, 51, 2, null, 10, 30));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void refusesFileSizeOutsideOneToHundred(int file) {
        assertEquals("cycle.terms.maxFileMb.range", refused(5, 51, 2, "PDF_ONLY", file, 500));
    }

    @Test
    void refusesTotalBelowTheLargestFile() {
        assertEquals("cycle.terms.maxTotalMb.range", refused(5, 51, 2, "PDF_ONLY", 20, 19));
    }

    @Test
    void refusesTotalAboveFiveHundred() {
        assertEquals("cycle.terms.maxTotalMb.range", refused(5, 51, 2, "PDF_ONLY", 10, 501));
    }

    @Test
    void termsMayChangeWhileApplicationsAreOpen() {
        var open = AwardCycleTest.inPhase(Phase.APPLICATION_OPEN);
        open.setApplicationTerms(8, 60, 3, "PDF_AND_OFFICE", 20, 50);
        assertEquals(8, open.getMinStaffCount());
        assertEquals(50, open.getMaxTotalMb());
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = {"PLANNING", "APPLICATION_OPEN"}, mode = EnumSource.Mode.EXCLUDE)
    void termsAreFixedOnceApplicationsClose(Phase phase) {
        var later = AwardCycleTest.inPhase(phase);
        var refusal = assertThrows(PhaseTransitionException.class,
                () -> later.setApplicationTerms(8, 60, 3, "PDF_AND_OFFICE", 20, 50));
        assertEquals("cycle.terms.locked", refusal.getMessageKey());
        assertEquals(phase, refusal.getArguments()[0]);
        assertEquals(5, later.getMinStaffCount(), "nothing changed");
    }
}

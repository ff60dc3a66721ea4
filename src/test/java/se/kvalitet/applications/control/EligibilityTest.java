package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.applications.entity.EligibilityAnswers;

class EligibilityTest {

    static final Eligibility.Settings RULES = Eligibility.Settings.defaults(2026);

    static EligibilityAnswers answers(int staff, Integer residentShare, boolean budgetBalanced, Integer wonIn) {
        return new EligibilityAnswers(true, true, staff, residentShare, true, wonIn, budgetBalanced);
    }

    static List<String> keys(List<Eligibility.Reason> reasons) {
        return reasons.stream().map(Eligibility.Reason::messageKey).toList();
    }

    @Test
    void aMunicipalUnitAnsweringYesIsEligibleWithoutWarnings() {
        var assessment = Eligibility.assess(answers(24, null, true, null), RULES, false);
        assertTrue(assessment.eligible());
        assertEquals(List.of(), assessment.warnings());
    }

    @Test
    void aPrivateUnitWith40PercentResidentsIsBlocked() {
        var assessment = Eligibility.assess(answers(30, 40, true, null), RULES, true);
        assertFalse(assessment.eligible());
        assertEquals(List.of("applications.eligibility.residentShare.tooLow"), keys(assessment.blocking()));
        assertEquals(List.of(40, 51), assessment.blocking().get(0).arguments());
    }

    @Test
    void aPrivateUnitAtExactlyTheMinimumShareIsEligible() {
        assertTrue(Eligibility.assess(answers(30, 51, true, null), RULES, true).eligible());
    }

    @Test
    void aPrivateUnitMustAnswerTheShareAMunicipalOneNeedNot() {
        assertEquals(List.of("applications.eligibility.unanswered.cityResidentShare"),
                keys(Eligibility.assess(answers(30, null, true, null), RULES, true).blocking()));
        assertTrue(Eligibility.assess(answers(30, 10, true, null), RULES, false).eligible());
    }

    @Test
    void tooFewStaffBlocksAtTheMinimumItPasses() {
        assertEquals(List.of("applications.eligibility.staffCount.tooFew"),
                keys(Eligibility.assess(answers(4, null, true, null), RULES, false).blocking()));
        assertTrue(Eligibility.assess(answers(5, null, true, null), RULES, false).eligible());
        var stricter = new Eligibility.Settings(10, 51, 2, 2026);
        assertFalse(Eligibility.assess(answers(9, null, true, null), stricter, false).eligible());
    }

    @Test
    void noAnswersBlockWithOneReasonPerQuestion() {
        var assessment = Eligibility.assess(new EligibilityAnswers(), RULES, false);
        assertEquals(List.of("applications.eligibility.unanswered.managerResponsibility",
                "applications.eligibility.unanswered.businessPlan", "applications.eligibility.unanswered.staffCount",
                "applications.eligibility.unanswered.reportedToBoard",
                "applications.eligibility.unanswered.budgetBalanced"), keys(assessment.blocking()));
    }

    @Test
    void noManagerNoPlanNotReportedBlock() {
        var answers = new EligibilityAnswers(false, false, 20, null, false, null, true);
        assertEquals(List.of("applications.eligibility.managerResponsibility.no",
                        "applications.eligibility.businessPlan.no", "applications.eligibility.reportedToBoard.no"),
                keys(Eligibility.assess(answers, RULES, false).blocking()));
    }

    @Test
    void aDeficitIsAWarningNotABlock() {
        var assessment = Eligibility.assess(answers(20, null, false, null), RULES, false);
        assertTrue(assessment.eligible());
        assertEquals(List.of("applications.eligibility.warning.deficit"), keys(assessment.warnings()));
    }

    @Test
    void quarantineCoversTheYearsAfterAWin() {
        assertEquals(List.of("applications.eligibility.warning.quarantine"),
                keys(Eligibility.assess(answers(20, null, true, 2025), RULES, false).warnings()));
        var twoYearsAfter = Eligibility.assess(answers(20, null, true, 2024), RULES, false);
        assertEquals(List.of(2024, 2, 2027), twoYearsAfter.warnings().get(0).arguments());
        assertTrue(twoYearsAfter.eligible());
        assertEquals(List.of(), Eligibility.assess(answers(20, null, true, 2023), RULES, false).warnings());
    }
}

package se.kvalitet.cycles.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A new year takes over last year's set-up: classes in order, terms, format, prize money, dates a year on. */
class CopySetUpTest {


    @Test
    void theNewYearTakesOverClassesTermsFormatAndDatesMovedAYear() {
        var source = AwardCycleTest.planned();
        source.addCategory(Award.QUALITY_AWARD).addClass("Förskola");
        source.category(Award.QUALITY_AWARD).orElseThrow().addClass("Skola");
        source.addCategory(Award.RENEWAL_PRIZE).addClass("Hela staden");
        source.category(Award.RENEWAL_PRIZE).orElseThrow().offerPrize(100_000);
        source.useRegistrationFormat("SLK {year}-{seq}");
        source.setApplicationTerms(8, 60, 3, AwardCycle.PDF_AND_OFFICE, 20, 60);
        source.getDates().setApplicationOpensOn(LocalDate.of(2027, 3, 1));
        source.getDates().setApplicationClosesAtCityTime(LocalDateTime.of(2027, 5, 31, 16, 0));
        source.getDates().setFeedbackOn(LocalDate.of(2027, 12, 5));

        var next = new AwardCycle(2028, "Kvalitetsutmärkelsen 2028");
        next.takeOverSetUp(source, Map.of(Award.QUALITY_AWARD, 11L));

        assertEquals("SLK {year}-{seq}", next.getRegistrationFormat());
        assertEquals(List.of(8, 60, 3, 20, 60), List.of(next.getMinStaffCount(), next.getMinResidentShare(),
                next.getQuarantineYears(), next.getMaxFileMb(), next.getMaxTotalMb()));
        assertEquals(AwardCycle.PDF_AND_OFFICE, next.getAttachmentTypes());
        var quality = next.category(Award.QUALITY_AWARD).orElseThrow();
        assertEquals(List.of("Förskola", "Skola"), quality.getClasses().stream().map(CompetitionClass::getName).toList());
        assertEquals(11L, quality.getEvaluationModelId(), "the model copy the criteria component made");
        var renewal = next.category(Award.RENEWAL_PRIZE).orElseThrow();
        assertNull(renewal.getEvaluationModelId(), "no model where none was given");
        assertEquals(100_000, renewal.getPrizeAmount());
        assertEquals(LocalDate.of(2028, 3, 1), next.plannedDates().getApplicationOpensOn());
        assertEquals(LocalDateTime.of(2028, 5, 31, 16, 0), next.plannedDates().getApplicationClosesAtCityTime(),
                "the same wall-clock time in the city a year later");
        assertEquals(LocalDate.of(2028, 12, 5), next.plannedDates().getFeedbackOn());
        assertNull(next.plannedDates().getJuryStartsOn(), "unset dates stay unset");
        assertEquals(Phase.PLANNING, next.getPhase());
    }

    @Test
    void leapDayAndLongerGapsMoveByWholeYears() {
        var d = new PhaseDates();
        d.setApplicationOpensOn(LocalDate.of(2028, 2, 29));
        d.setApplicationClosesAtCityTime(LocalDateTime.of(2028, 3, 26, 16, 0));
        var moved = d.movedBy(2);
        assertEquals(LocalDate.of(2030, 2, 28), moved.getApplicationOpensOn());
        assertEquals(LocalDateTime.of(2030, 3, 26, 16, 0), moved.getApplicationClosesAtCityTime());
    }

    @Test
    void onlyAnEmptyCycleBeingPlannedTakesOverASetUp() {
        var source = AwardCycleTest.readyToOpen();
        var notEmpty = AwardCycleTest.planned();
        notEmpty.addCategory(Award.QUALITY_AWARD);
        assertEquals("cycle.copy.notEmpty", assertThrows(PhaseTransitionException.class,
                () -> notEmpty.takeOverSetUp(source, Map.of())).getMessageKey());
        var open = AwardCycleTest.inPhase(Phase.APPLICATION_OPEN);
        assertEquals("cycle.copy.onlyInPlanning", assertThrows(PhaseTransitionException.class,
                () -> open.takeOverSetUp(source, Map.of())).getMessageKey());
    }
}

package se.kvalitet.consensus.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class ConsensusSheetTest {

    static final Instant NOW = Instant.parse("2026-10-01T10:00:00.123Z");

    static ConsensusSheet sheetWithOneScore() {
        var sheet = new ConsensusSheet(7L, 11L, 5L, 1L, NOW);
        sheet.getScores().add(new ConsensusScore(sheet, "1", 1, 50, "50–65 %", 50.0));
        return sheet;
    }

    @Test
    void themesAreTrimmedBlankOnesDroppedAndKeptOnePerLine() {
        var sheet = sheetWithOneScore();
        sheet.changeThemes(Arrays.asList(" Tydliga åtaganden ", "", null, "Brukarna\ni fokus"), List.of());
        assertEquals(List.of("Tydliga åtaganden", "Brukarna i fokus"), sheet.getKeyStrengths());
        assertEquals(List.of(), sheet.getKeyImprovements());
    }

    @Test
    void aClosedSheetRefusesEveryChange() {
        var sheet = sheetWithOneScore();
        sheet.close(1L, NOW);
        assertEquals(ConsensusStatus.CLOSED, sheet.getStatus());
        for (Runnable change : List.<Runnable>of(
                () -> sheet.getScores().get(0).record(40, "30–45 %", 40.0, "x", null, null),
                () -> sheet.changeThemes(List.of(), List.of()),
                () -> sheet.recommend(true, null),
                () -> sheet.signOff(2L, NOW),
                () -> sheet.close(1L, NOW))) {
            assertEquals("consensus.closed", assertThrows(RuleViolation.class, change::run).getMessageKey());
        }
    }

    @Test
    void anAdjustmentKeepsTheAgreedValueAndNeedsAReasonAndAClosedSheet() {
        var sheet = sheetWithOneScore();
        var score = sheet.getScores().get(0);
        assertEquals("consensus.adjust.notClosed", assertThrows(RuleViolation.class,
                () -> score.adjust(70, "70–85 %", 70.0, "Besöket visade mer.", 1L, NOW)).getMessageKey());
        sheet.close(1L, NOW);
        assertEquals("consensus.adjust.reasonRequired", assertThrows(RuleViolation.class,
                () -> score.adjust(70, "70–85 %", 70.0, "  ", 1L, NOW)).getMessageKey());
        score.adjust(70, "70–85 %", 70.0, " Besöket visade mer. ", 1L, NOW);
        assertEquals(50, score.getValue());
        assertEquals(70, score.currentValue());
        assertEquals("70–85 %", score.currentBand());
        assertEquals(70.0, sheet.totalPoints());
        assertEquals("Besöket visade mer.", score.getAdjustmentReason());
        assertEquals(Instant.parse("2026-10-01T10:00:00Z"), score.getAdjustedAt());
    }

    @Test
    void aLevelLongerThanSixtyCharactersIsRefused() {
        var sheet = sheetWithOneScore();
        assertThrows(RuleViolation.class, () -> sheet.recommend(true, "x".repeat(61)));
        sheet.recommend(true, "  ");
        assertNull(sheet.getProposedLevel());
        assertTrue(sheet.getSiteVisitRecommended());
    }

    @Test
    void aVisitWithoutAHeldDayIsHeldToday() {
        var visit = new SiteVisit(11L, 1L, NOW);
        visit.plan(LocalDate.of(2026, 10, 20), "Anna", "Rektor");
        visit.markHeld(null, LocalDate.of(2026, 10, 8));
        assertEquals(LocalDate.of(2026, 10, 8), visit.getHeldOn(), "held early, on the day it was recorded");
    }

    @Test
    void siteVisitTakesAtMostThreeQuestionsPerCriterionAndIsHeldOnlyWithEveryOutcome() {
        var visit = new SiteVisit(11L, 1L, NOW);
        visit.plan(LocalDate.of(2026, 10, 5), "Anna, Bo", "Rektor");
        for (int i = 0; i < 3; i++) {
            visit.ask("1", "Fråga " + i);
        }
        assertEquals("consensus.visit.tooManyQuestions",
                assertThrows(RuleViolation.class, () -> visit.ask("1", "En fjärde")).getMessageKey());
        visit.ask("2", "Annan");
        assertEquals(List.of(1, 2, 3, 4), visit.getQuestions().stream().map(VisitQuestion::getPosition).toList());
        // recorded when it happens: a day still to come is refused (a date before the planned one is not: below)
        assertEquals("consensus.visit.heldInFuture", assertThrows(RuleViolation.class,
                () -> visit.markHeld(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 4))).getMessageKey());
        assertEquals("consensus.visit.outcomeMissing",
                assertThrows(RuleViolation.class, () -> visit.markHeld(null, LocalDate.of(2026, 10, 5))).getMessageKey());
        visit.getQuestions().forEach(q -> q.record(VisitOutcome.VERIFIED, null));
        assertFalse(visit.isHeld());
        // held two days before the planned date, recorded the day after it took place
        visit.markHeld(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4));
        assertTrue(visit.isHeld());
        assertEquals(LocalDate.of(2026, 10, 3), visit.getHeldOn());
        assertEquals(LocalDate.of(2026, 10, 5), visit.getVisitDate(), "the plan stays on record");
        assertEquals("consensus.visit.alreadyHeld",
                assertThrows(RuleViolation.class, () -> visit.ask("3", "Sen")).getMessageKey());
    }
}

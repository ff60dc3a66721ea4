package se.kvalitet.feedback.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.consensus.boundary.ConsensusResult;
import se.kvalitet.consensus.boundary.CriterionResult;

class TeamResultsTest {

    static ConsensusResult result(boolean visitHeld) {
        return new ConsensusResult(7L, "CLOSED", List.of(new CriterionResult("1", "Ledarskap", 65, "50–65", 97.5,
                "Styrka", "Förbättring", 55, "Platsbesöket visade mer")), List.of("A", "B", "C"), List.of("D", "E", "F"),
                97.5, visitHeld, LocalDate.parse("2026-09-02"), Instant.parse("2026-06-10T12:00:00Z"));
    }

    @Test
    void theReportTakesTheValueThatCountsAfterTheVisit() {
        var facts = TeamResults.facts(result(true));
        assertEquals("CLOSED", facts.status());
        var criterion = facts.criteria().get(0);
        assertEquals(65, criterion.value());
        assertEquals("50–65", criterion.band());
        assertEquals(97.5, criterion.points());
        assertEquals("Styrka", criterion.strengths());
        assertEquals(List.of("A", "B", "C"), facts.keyStrengths());
        assertEquals(LocalDate.parse("2026-09-02"), facts.siteVisitOn());
    }

    @Test
    void aPlannedVisitThatWasNotHeldIsNoDateInTheReport() {
        assertNull(TeamResults.facts(result(false)).siteVisitOn());
    }

    @Test
    void theChartCountsExaminersPerStageAndApplicationsPerState() {
        var rows = List.of(
                new OverviewRow(1L, "KS 1", "A", "K", List.of("x", "y", "z"), 1, 1, 1, 0, "NOT_OPENED", "NONE", "NONE"),
                new OverviewRow(2L, "KS 2", "B", "K", List.of("x", "y", "z"), 0, 0, 0, 3, "CLOSED", "HELD", "RELEASED"));
        var totals = ProgressOverview.totals(rows);
        assertEquals(1L, totals.get("assessment.NOT_STARTED"));
        assertEquals(1L, totals.get("assessment.DRAFT"));
        assertEquals(4L, totals.get("assessment.SUBMITTED"), "submitted and locked alike");
        assertEquals(1L, totals.get("consensus.CLOSED"));
        assertEquals(0L, totals.get("consensus.OPEN"));
        assertEquals(1L, totals.get("siteVisit.HELD"));
        assertEquals(1L, totals.get("report.RELEASED"));
        assertEquals(List.of("assessment.NOT_STARTED", "assessment.DRAFT", "assessment.SUBMITTED", "consensus.OPEN",
                "consensus.CLOSED", "siteVisit.HELD", "report.DRAFTED", "report.REVIEWED", "report.RELEASED"),
                List.copyOf(totals.keySet()));
    }
}

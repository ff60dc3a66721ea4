package se.kvalitet.cycles.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.cycles.entity.Phase;

class CycleViewsTest {

    private static final Instant DEADLINE = Instant.parse("2026-05-31T14:00:00Z");

    /** A cycle in planning: renewal prize added before the quality award, classes out of alphabetical order. */
    private static AwardCycle planned() {
        var cycle = new AwardCycle(2026, "Kvalitetsutmärkelsen 2026");
        var renewal = cycle.addCategory(Award.RENEWAL_PRIZE);
        renewal.addClass("Hela staden");
        renewal.useModel(12L);
        renewal.offerPrize(50000);
        var quality = cycle.addCategory(Award.QUALITY_AWARD);
        quality.addClass("Skola");
        quality.addClass("Förskola");
        quality.useModel(11L);
        cycle.getDates().setApplicationOpensOn(LocalDate.of(2026, 3, 1));
        cycle.getDates().setApplicationClosesAt(DEADLINE);
        cycle.getDates().setReviewStartsOn(LocalDate.of(2026, 8, 24));
        return cycle;
    }

    @Test
    void theDetailListsCategoriesInAwardOrderWithTheirModelsAndClassesInPosition() {
        var detail = CycleDetail.from(planned(), DEADLINE.minusSeconds(3600));

        assertEquals(2026, detail.year());
        assertEquals("Kvalitetsutmärkelsen 2026", detail.name());
        assertEquals(List.of(Award.QUALITY_AWARD, Award.RENEWAL_PRIZE),
                detail.categories().stream().map(CycleCategoryView::award).toList());
        var quality = detail.categories().get(0);
        assertEquals(11L, quality.evaluationModelId());
        assertEquals(null, quality.prizeAmount());
        assertEquals(50000, detail.categories().get(1).prizeAmount());
        assertEquals(List.of("Skola", "Förskola"), quality.classes().stream().map(CompetitionClassView::name).toList());
        assertEquals(List.of(1, 2), quality.classes().stream().map(CompetitionClassView::position).toList());
        assertEquals(List.of(11L, 12L), detail.modelIds());
        assertEquals("KS {year}/{seq}", detail.registrationFormat());
    }

    @Test
    void theDetailCarriesTheDatesWithTheDeadlineAsAnInstant() {
        var dates = CycleDetail.from(planned(), DEADLINE).dates();
        assertEquals(LocalDate.of(2026, 3, 1), dates.applicationOpensOn());
        assertEquals(DEADLINE, dates.applicationClosesAt());
        assertEquals(LocalDate.of(2026, 8, 24), dates.reviewStartsOn());
        assertNull(dates.consensusStartsOn());
        assertNull(dates.feedbackOn());
    }

    @Test
    void thePhaseComesWithThePhasesItMayMoveTo() {
        var cycle = planned();
        var planning = CycleDetail.from(cycle, DEADLINE.minusSeconds(60));
        assertEquals(Phase.PLANNING, planning.phase());
        assertEquals(List.of(Phase.APPLICATION_OPEN), planning.allowedNextPhases());
        assertFalse(planning.acceptingApplications());

        cycle.moveTo(Phase.APPLICATION_OPEN);
        cycle.moveTo(Phase.APPLICATION_CLOSED);
        assertEquals(List.of(Phase.APPLICATION_OPEN, Phase.INDIVIDUAL_REVIEW),
                CycleDetail.from(cycle, DEADLINE).allowedNextPhases(), "in phase order");
    }

    @Test
    void applicationsAreAcceptedOnlyWhileOpenAndBeforeTheDeadline() {
        var cycle = planned();
        cycle.moveTo(Phase.APPLICATION_OPEN);
        assertTrue(CycleDetail.from(cycle, DEADLINE.minusSeconds(1)).acceptingApplications());
        assertFalse(CycleDetail.from(cycle, DEADLINE).acceptingApplications());
    }

    @Test
    void aCycleWithoutModelsHasNoModelIds() {
        var cycle = new AwardCycle(2027, "Nästa år");
        cycle.addCategory(Award.QUALITY_AWARD);
        var detail = CycleDetail.from(cycle, DEADLINE);
        assertEquals(List.of(), detail.modelIds());
        assertNull(detail.categories().get(0).evaluationModelId());
        assertEquals(List.of(), detail.categories().get(0).classes());
    }

    @Test
    void theSummaryHasNameYearPhaseAndApplicationDates() {
        var summary = CycleSummary.from(planned());
        assertEquals(new CycleSummary(null, 2026, "Kvalitetsutmärkelsen 2026", Phase.PLANNING,
                LocalDate.of(2026, 3, 1), DEADLINE), summary);
    }

    /**
     * JPA loads a cycle whose dates are all empty with no dates object; a view that filled one in would make the read
     * an update of the cycle (a new version: another user's form goes stale, and two readers collide).
     */
    @Test
    void readingACycleWithoutDatesIntoItsViewsChangesNothing() throws Exception {
        var cycle = new AwardCycle(2031, "Utan datum");
        var dates = AwardCycle.class.getDeclaredField("dates");
        dates.setAccessible(true);
        dates.set(cycle, null);
        var summary = CycleSummary.from(cycle);
        var detail = CycleDetail.from(cycle, DEADLINE);
        assertNull(summary.applicationOpensOn());
        assertNull(detail.dates().applicationOpensOn());
        assertNull(dates.get(cycle), "the views read the dates without creating them");
    }
}

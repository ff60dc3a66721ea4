package se.kvalitet.cycles.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A planned date locks once the cycle has moved past the phase it governs; only a correction with a reason
 * changes it then; closing the application period before its deadline needs a reason.
 */
class DateLocksTest {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    /** A cycle in {@code phase} with every date set, in order, in 2027. */
    static AwardCycle dated(Phase phase) {
        var cycle = AwardCycleTest.inPhase(phase);
        var d = cycle.getDates();
        d.setApplicationOpensOn(LocalDate.of(2027, 3, 1));
        d.setApplicationClosesAtCityTime(LocalDateTime.of(2027, 5, 31, 16, 0));
        d.setReviewStartsOn(LocalDate.of(2027, 8, 25));
        d.setConsensusStartsOn(LocalDate.of(2027, 9, 22));
        d.setSiteVisitsStartOn(LocalDate.of(2027, 10, 6));
        d.setJuryStartsOn(LocalDate.of(2027, 10, 20));
        d.setAnnouncementOn(LocalDate.of(2027, 11, 10));
        d.setFeedbackOn(LocalDate.of(2027, 12, 5));
        return cycle;
    }

    /** A copy of the cycle's dates. */
    static PhaseDates copy(AwardCycle cycle) {
        var from = cycle.plannedDates();
        var d = new PhaseDates();
        d.setApplicationOpensOn(from.getApplicationOpensOn());
        d.setApplicationClosesAt(from.getApplicationClosesAt());
        d.setReviewStartsOn(from.getReviewStartsOn());
        d.setConsensusStartsOn(from.getConsensusStartsOn());
        d.setSiteVisitsStartOn(from.getSiteVisitsStartOn());
        d.setJuryStartsOn(from.getJuryStartsOn());
        d.setAnnouncementOn(from.getAnnouncementOn());
        d.setFeedbackOn(from.getFeedbackOn());
        return d;
    }

    /** Moves one date a day (earlier for the ones after the deadline keeps the order either way). */
    static final java.util.Map<PlannedDate, BiConsumer<PhaseDates, Integer>> SHIFT = java.util.Map.of(
            PlannedDate.APPLICATION_OPENS_ON, (d, n) -> d.setApplicationOpensOn(d.getApplicationOpensOn().plusDays(n)),
            PlannedDate.APPLICATION_CLOSES_AT, (d, n) -> d.setApplicationClosesAtCityTime(
                    d.getApplicationClosesAtCityTime().plusDays(n)),
            PlannedDate.REVIEW_STARTS_ON, (d, n) -> d.setReviewStartsOn(d.getReviewStartsOn().plusDays(n)),
            PlannedDate.CONSENSUS_STARTS_ON, (d, n) -> d.setConsensusStartsOn(d.getConsensusStartsOn().plusDays(n)),
            PlannedDate.SITE_VISITS_START_ON, (d, n) -> d.setSiteVisitsStartOn(d.getSiteVisitsStartOn().plusDays(n)),
            PlannedDate.JURY_STARTS_ON, (d, n) -> d.setJuryStartsOn(d.getJuryStartsOn().plusDays(n)),
            PlannedDate.ANNOUNCEMENT_ON, (d, n) -> d.setAnnouncementOn(d.getAnnouncementOn().plusDays(n)),
            PlannedDate.FEEDBACK_ON, (d, n) -> d.setFeedbackOn(d.getFeedbackOn().plusDays(n)));

    @ParameterizedTest(name = "{0} in {1}: locked {2}")
    @CsvSource({
            // the opening day: history once the period has opened and moved on
            "APPLICATION_OPENS_ON,  PLANNING,           false",
            "APPLICATION_OPENS_ON,  APPLICATION_OPEN,   false",
            "APPLICATION_OPENS_ON,  APPLICATION_CLOSED, true",
            "APPLICATION_OPENS_ON,  CLOSED,             true",
            // the deadline: may still move while closed (a reopening with a later deadline), locked from review on
            "APPLICATION_CLOSES_AT, APPLICATION_OPEN,   false",
            "APPLICATION_CLOSES_AT, APPLICATION_CLOSED, false",
            "APPLICATION_CLOSES_AT, INDIVIDUAL_REVIEW,  true",
            "APPLICATION_CLOSES_AT, ANNOUNCED,          true",
            "REVIEW_STARTS_ON,      INDIVIDUAL_REVIEW,  false",
            "REVIEW_STARTS_ON,      CONSENSUS,          true",
            "CONSENSUS_STARTS_ON,   CONSENSUS,          false",
            "CONSENSUS_STARTS_ON,   SITE_VISITS,        true",
            "SITE_VISITS_START_ON,  SITE_VISITS,        false",
            "SITE_VISITS_START_ON,  JURY,               true",
            "JURY_STARTS_ON,        JURY,               false",
            "JURY_STARTS_ON,        ANNOUNCED,          true",
            "ANNOUNCEMENT_ON,       ANNOUNCED,          false",
            "ANNOUNCEMENT_ON,       FEEDBACK,           true",
            "FEEDBACK_ON,           FEEDBACK,           false",
            "FEEDBACK_ON,           CLOSED,             true",
    })
    void aDateLocksOnceThePhaseItGovernsHasPassed(PlannedDate date, Phase phase, boolean locked) {
        assertEquals(locked, date.lockedIn(phase));
        var cycle = dated(phase);
        assertEquals(locked, cycle.lockedDates().contains(date));
        // the later dates move later, the earlier ones earlier: the order holds and only the lock decides
        var changed = copy(cycle);
        SHIFT.get(date).accept(changed, date.compareTo(PlannedDate.APPLICATION_CLOSES_AT) > 0 ? 1 : -1);
        if (locked) {
            var refused = assertThrows(PhaseTransitionException.class, () -> cycle.reschedule(changed));
            assertEquals("cycle.dates.locked", refused.getMessageKey());
            assertEquals(date.of(copy(dated(phase))), date.of(cycle.plannedDates()), "a refusal changes nothing");
        } else {
            assertDoesNotThrow(() -> cycle.reschedule(changed));
            assertEquals(date.of(changed), date.of(cycle.plannedDates()));
        }
    }

    @Test
    void lockedDatesSavedUnchangedPassEvenWhenTheDeadlineHadSeconds() {
        var cycle = dated(Phase.ANNOUNCED);
        cycle.getDates().setApplicationClosesAt(cycle.plannedDates().getApplicationClosesAt().plusSeconds(42));
        var asTheFormSendsIt = copy(cycle);
        asTheFormSendsIt.setApplicationClosesAtCityTime(cycle.plannedDates().getApplicationClosesAtCityTime()
                .withSecond(0));
        asTheFormSendsIt.setFeedbackOn(LocalDate.of(2027, 12, 12));
        assertDoesNotThrow(() -> cycle.reschedule(asTheFormSendsIt));
        assertEquals(LocalDate.of(2027, 12, 12), cycle.plannedDates().getFeedbackOn());
    }

    @Test
    void aCorrectionChangesLockedDatesWithAReasonAndReportsOldAndNew() {
        var cycle = dated(Phase.ANNOUNCED);
        var corrected = copy(cycle);
        corrected.setApplicationClosesAtCityTime(LocalDateTime.of(2027, 6, 7, 16, 0));
        corrected.setJuryStartsOn(LocalDate.of(2027, 10, 21));

        for (String reason : new String[]{null, "", "   "}) {
            var refused = assertThrows(PhaseTransitionException.class, () -> cycle.correctDates(corrected, reason));
            assertEquals("cycle.dates.correction.reasonRequired", refused.getMessageKey());
        }
        var tooLong = assertThrows(PhaseTransitionException.class, () -> cycle.correctDates(corrected, "x".repeat(1001)));
        assertEquals("cycle.dates.correction.reasonTooLong", tooLong.getMessageKey());
        var nothing = assertThrows(PhaseTransitionException.class, () -> cycle.correctDates(copy(cycle), "Ingen ändring."));
        assertEquals("cycle.dates.correction.nothing", nothing.getMessageKey());
        var outOfOrder = copy(cycle);
        outOfOrder.setApplicationClosesAtCityTime(LocalDateTime.of(2027, 9, 1, 16, 0));
        assertEquals("cycle.dates.outOfOrder", assertThrows(PhaseTransitionException.class,
                () -> cycle.correctDates(outOfOrder, "Fel.")).getMessageKey(), "a correction keeps the order");
        assertEquals(LocalDateTime.of(2027, 5, 31, 16, 0), cycle.plannedDates().getApplicationClosesAtCityTime());

        var changes = cycle.correctDates(corrected, "Fel dag i beslutet.");
        assertEquals(List.of(new DateCorrection(PlannedDate.APPLICATION_CLOSES_AT, "2027-05-31T16:00", "2027-06-07T16:00"),
                new DateCorrection(PlannedDate.JURY_STARTS_ON, "2027-10-20", "2027-10-21")), changes);
        assertEquals("applicationClosesAt: 2027-05-31T16:00 -> 2027-06-07T16:00; Fel dag i beslutet.",
                changes.get(0).describe("Fel dag i beslutet."));
        assertEquals(LocalDateTime.of(2027, 6, 7, 16, 0), cycle.plannedDates().getApplicationClosesAtCityTime());
    }

    @Test
    void closingTheApplicationPeriodBeforeItsDeadlineNeedsAReason() {
        var cycle = dated(Phase.APPLICATION_OPEN);
        var deadline = cycle.plannedDates().getApplicationClosesAt();
        var before = deadline.minusSeconds(3600);
        assertTrue(cycle.closesBeforeDeadline(Phase.APPLICATION_CLOSED, before));
        assertFalse(cycle.closesBeforeDeadline(Phase.APPLICATION_CLOSED, deadline));
        for (String reason : new String[]{null, " "}) {
            var refused = assertThrows(PhaseTransitionException.class,
                    () -> cycle.moveTo(Phase.APPLICATION_CLOSED, before, reason));
            assertEquals("cycle.phase.closeBeforeDeadline", refused.getMessageKey());
            assertEquals("2027-05-31 16:00", refused.getArguments()[0]);
        }
        assertEquals(Phase.APPLICATION_OPEN, cycle.getPhase());
        assertTrue(cycle.moveTo(Phase.APPLICATION_CLOSED, before, "Nämndens beslut."));
        assertEquals(Phase.APPLICATION_CLOSED, cycle.getPhase());

        var onTime = dated(Phase.APPLICATION_OPEN);
        assertFalse(onTime.moveTo(Phase.APPLICATION_CLOSED, deadline.plusSeconds(1), null), "after the deadline: no reason");
        assertEquals(Phase.APPLICATION_CLOSED, onTime.getPhase());
    }
}

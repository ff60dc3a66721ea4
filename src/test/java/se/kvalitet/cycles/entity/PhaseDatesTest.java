package se.kvalitet.cycles.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The planned dates must not go backwards; the deadline is entered and read in city time. */
class PhaseDatesTest {

    static PhaseDates complete() {
        var d = new PhaseDates();
        d.setApplicationOpensOn(LocalDate.of(2027, 3, 1));
        d.setApplicationClosesAtCityTime(LocalDateTime.of(2027, 5, 31, 16, 0));
        d.setReviewStartsOn(LocalDate.of(2027, 8, 25));
        d.setConsensusStartsOn(LocalDate.of(2027, 9, 22));
        d.setSiteVisitsStartOn(LocalDate.of(2027, 10, 4));
        d.setJuryStartsOn(LocalDate.of(2027, 10, 20));
        d.setAnnouncementOn(LocalDate.of(2027, 11, 10));
        d.setFeedbackOn(LocalDate.of(2027, 12, 5));
        return d;
    }

    @Test
    void emptyAndCompleteDatesInOrderPass() {
        assertDoesNotThrow(() -> new PhaseDates().requireInOrder());
        assertDoesNotThrow(() -> complete().requireInOrder());
    }

    @Test
    void phasesMayStartOnTheSameDay() {
        var d = complete();
        d.setReviewStartsOn(LocalDate.of(2027, 5, 31));
        d.setConsensusStartsOn(LocalDate.of(2027, 5, 31));
        assertDoesNotThrow(d::requireInOrder);
    }

    @Test
    void unsetDatesAreSkippedButTheRestStillCount() {
        var d = new PhaseDates();
        d.setApplicationOpensOn(LocalDate.of(2027, 3, 1));
        d.setJuryStartsOn(LocalDate.of(2027, 2, 1));
        var refused = assertThrows(PhaseTransitionException.class, d::requireInOrder);
        assertArrayEquals(new Object[]{LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1), Phase.APPLICATION_OPEN, Phase.JURY},
                refused.getArguments());
    }

    @Test
    void aLaterPhaseBeforeAnEarlierOneIsRefusedNamingBoth() {
        var d = complete();
        d.setConsensusStartsOn(LocalDate.of(2027, 8, 24));
        var refused = assertThrows(PhaseTransitionException.class, d::requireInOrder);
        assertEquals("cycle.dates.outOfOrder", refused.getMessageKey());
        assertArrayEquals(new Object[]{LocalDate.of(2027, 8, 25), LocalDate.of(2027, 8, 24), Phase.INDIVIDUAL_REVIEW,
                Phase.CONSENSUS}, refused.getArguments());
    }

    @Test
    void everyPairOfNeighboursIsChecked() {
        for (int i = 1; i < PhaseDates.ORDER.size(); i++) {
            var d = complete();
            Phase later = PhaseDates.ORDER.get(i);
            LocalDate earlierDay = d.startOf(PhaseDates.ORDER.get(i - 1));
            setStart(d, later, earlierDay.minusDays(1));
            var refused = assertThrows(PhaseTransitionException.class, d::requireInOrder, later.name());
            assertEquals(later, refused.getArguments()[3]);
        }
    }

    @Test
    void theDeadlineCountsByItsDayInCityTime() {
        var d = new PhaseDates();
        // 23:30 in Stockholm on 31 May is 21:30 UTC the same day; just after midnight is still the 1st of June there
        d.setApplicationClosesAtCityTime(LocalDateTime.of(2027, 6, 1, 0, 30));
        assertEquals(Instant.parse("2027-05-31T22:30:00Z"), d.getApplicationClosesAt());
        d.setReviewStartsOn(LocalDate.of(2027, 5, 31));
        assertThrows(PhaseTransitionException.class, d::requireInOrder);
        d.setReviewStartsOn(LocalDate.of(2027, 6, 1));
        assertDoesNotThrow(d::requireInOrder);
    }

    @Test
    void cityTimeRoundTripsInSummerAndWinter() {
        var d = new PhaseDates();
        d.setApplicationClosesAtCityTime(LocalDateTime.of(2027, 1, 15, 16, 0));
        assertEquals(Instant.parse("2027-01-15T15:00:00Z"), d.getApplicationClosesAt());
        assertEquals(LocalDateTime.of(2027, 1, 15, 16, 0), d.getApplicationClosesAtCityTime());
        d.setApplicationClosesAtCityTime(LocalDateTime.of(2027, 7, 15, 16, 0));
        assertEquals(Instant.parse("2027-07-15T14:00:00Z"), d.getApplicationClosesAt());
        assertEquals(LocalDateTime.of(2027, 7, 15, 16, 0), d.getApplicationClosesAtCityTime());
        d.setApplicationClosesAtCityTime(null);
        assertNull(d.getApplicationClosesAt());
        assertNull(d.getApplicationClosesAtCityTime());
    }

    @Test
    void startOfGivesEachPhasesDate() {
        var d = complete();
        assertNull(d.startOf(Phase.PLANNING));
        assertNull(d.startOf(Phase.CLOSED));
        assertEquals(LocalDate.of(2027, 5, 31), d.startOf(Phase.APPLICATION_CLOSED));
        assertEquals(LocalDate.of(2027, 10, 4), d.startOf(Phase.SITE_VISITS));
    }

    private static void setStart(PhaseDates d, Phase phase, LocalDate day) {
        switch (phase) {
            case APPLICATION_CLOSED -> d.setApplicationClosesAtCityTime(day.atTime(16, 0));
            case INDIVIDUAL_REVIEW -> d.setReviewStartsOn(day);
            case CONSENSUS -> d.setConsensusStartsOn(day);
            case SITE_VISITS -> d.setSiteVisitsStartOn(day);
            case JURY -> d.setJuryStartsOn(day);
            case ANNOUNCED -> d.setAnnouncementOn(day);
            case FEEDBACK -> d.setFeedbackOn(day);
            default -> throw new IllegalArgumentException(phase.name());
        }
    }
}

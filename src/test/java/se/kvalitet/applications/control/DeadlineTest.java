package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import se.kvalitet.applications.entity.ApplicationRuleException;

class DeadlineTest {

    /** 2026-05-31 23:59 in Stockholm (summer time, UTC+2). */
    static final Instant CLOSES = LocalDateTime.of(2026, 5, 31, 23, 59).atZone(Deadline.CITY_TIME).toInstant();

    static Deadline at(Instant now) {
        return new Deadline(Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theDeadlineIsCityTime() {
        assertEquals(Instant.parse("2026-05-31T21:59:00Z"), CLOSES);
    }

    @Test
    void openUntilJustBeforeTheDeadline() {
        assertTrue(at(CLOSES.minusSeconds(1)).open("APPLICATION_OPEN", CLOSES));
        at(CLOSES.minusMillis(1)).requireOpen("APPLICATION_OPEN", CLOSES);
    }

    @Test
    void closedExactlyAtTheDeadline() {
        assertFalse(at(CLOSES).open("APPLICATION_OPEN", CLOSES));
        var refused = assertThrows(ApplicationRuleException.class, () -> at(CLOSES).requireOpen("APPLICATION_OPEN", CLOSES));
        assertEquals("applications.deadline.passed", refused.getMessageKey());
    }

    @Test
    void closedAfterTheDeadline() {
        assertFalse(at(CLOSES.plusSeconds(3600)).open("APPLICATION_OPEN", CLOSES));
    }

    @Test
    void closedWhenThePeriodIsNotOpenEvenBeforeTheDeadline() {
        assertFalse(at(CLOSES.minusSeconds(86400)).open("PLANNING", CLOSES));
        assertFalse(at(CLOSES.minusSeconds(86400)).open("APPLICATION_OPEN", null));
        var refused = assertThrows(ApplicationRuleException.class,
                () -> at(CLOSES.minusSeconds(86400)).requireOpen("APPLICATION_CLOSED", CLOSES));
        assertEquals("applications.deadline.notOpen", refused.getMessageKey());
    }
}

package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.applications.entity.ApplicationRuleException;

/**
 * The deadline with one application's extension, as a table: the phase, when "now" is (hours relative to the
 * cycle's deadline), the extension (hours relative to the cycle's deadline; empty: none), and whether the
 * application may be written, whether that write uses the extension, and the deadline that holds.
 */
class ExtendedDeadlineTest {

    /** 2027-03-31 16:00 in Stockholm. */
    static final Instant CLOSES = LocalDateTime.of(2027, 3, 31, 16, 0).atZone(Deadline.CITY_TIME).toInstant();

    static Deadline at(long hours) {
        return new Deadline(Clock.fixed(CLOSES.plus(Duration.ofHours(hours)), ZoneOffset.UTC));
    }

    static Instant extension(Long hours) {
        return hours == null ? null : CLOSES.plus(Duration.ofHours(hours));
    }

    @ParameterizedTest(name = "{0}, now {1} h, extension {2} h: open={3}, uses it={4}, holds {5} h")
    @CsvSource(nullValues = "-", value = {
            // phase,              now, ext, open,  uses,  effective
            "APPLICATION_OPEN,     -1,  -,   true,  false, 0",    // no extension: the cycle's deadline
            "APPLICATION_OPEN,      0,  -,   false, false, 0",    // closed at the deadline itself
            "APPLICATION_OPEN,     -1,  48,  true,  false, 48",   // before the cycle's deadline: not yet used
            "APPLICATION_OPEN,      1,  48,  true,  true,  48",   // after it: only the extension lets it through
            "APPLICATION_CLOSED,    1,  48,  true,  true,  48",   // the cycle has closed its period: still open
            "APPLICATION_CLOSED,   47,  48,  true,  true,  48",
            "APPLICATION_CLOSED,   48,  48,  false, false, 48",   // closed at the extended deadline itself
            "APPLICATION_CLOSED,    1,  -,   false, false, 0",    // no extension: closed with the period
            "INDIVIDUAL_REVIEW,     1,  48,  false, false, 48",   // review has begun: closed whatever was granted
            "PLANNING,             -5,  48,  false, false, 48",   // not opened yet
            "APPLICATION_OPEN,      1,  -2,  false, false, 0",    // an earlier date is no extension
            "APPLICATION_CLOSED,   -3,  -2,  false, false, 0",
    })
    void theExtensionHoldsOnlyBetweenTheDeadlinesAndBeforeReview(String phase, long now, Long ext, boolean open,
                                                                  boolean uses, long effective) {
        var deadline = at(now);
        assertEquals(open, deadline.open(phase, CLOSES, extension(ext)));
        assertEquals(uses, deadline.needsExtension(phase, CLOSES, extension(ext)));
        assertEquals(CLOSES.plus(Duration.ofHours(effective)), Deadline.effective(CLOSES, extension(ext)));
        if (!open) {
            assertThrows(ApplicationRuleException.class, () -> deadline.requireOpen(phase, CLOSES, extension(ext)));
        } else {
            deadline.requireOpen(phase, CLOSES, extension(ext));
        }
    }

    @ParameterizedTest(name = "{0}, now {1} h, extension {2} h refuses with {3}")
    @CsvSource(nullValues = "-", value = {
            "APPLICATION_CLOSED, 48, 48, applications.deadline.passed",
            "APPLICATION_OPEN,    2,  -, applications.deadline.passed",
            "APPLICATION_CLOSED,  2,  -, applications.deadline.notOpen",
            "INDIVIDUAL_REVIEW,   2, 48, applications.deadline.notOpen",
    })
    void refusalsSayWhetherTheDeadlinePassedOrThePeriodIsNotOpen(String phase, long now, Long ext, String key) {
        var refused = assertThrows(ApplicationRuleException.class, () -> at(now).requireOpen(phase, CLOSES, extension(ext)));
        assertEquals(key, refused.getMessageKey());
    }
}

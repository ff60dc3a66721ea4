package se.kvalitet.applications.control;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import se.kvalitet.applications.entity.ApplicationRuleException;

/**
 * The application deadline by the server's clock. Applications are written, submitted and withdrawn only
 * while the cycle's application period is open and the deadline has not been reached: at the deadline
 * itself it is closed. The deadline is an instant; it is shown in the city's time (Europe/Stockholm).
 */
public final class Deadline {

    public static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");
    public static final String OPEN_PHASE = "APPLICATION_OPEN";

    private final Clock clock;

    public Deadline(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Whether a cycle in {@code phase} with this deadline accepts applications now. */
    public boolean open(String phase, Instant closesAt) {
        return OPEN_PHASE.equals(phase) && closesAt != null && now().isBefore(closesAt);
    }

    /** Refuses with {@code applications.deadline.passed} (or {@code .notOpen}) when not {@link #open}. */
    public void requireOpen(String phase, Instant closesAt) {
        if (!OPEN_PHASE.equals(phase) || closesAt == null) {
            throw new ApplicationRuleException("applications.deadline.notOpen");
        }
        if (!now().isBefore(closesAt)) {
            throw new ApplicationRuleException("applications.deadline.passed",
                    java.util.Date.from(closesAt));
        }
    }
}

package se.kvalitet.applications.control;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import se.kvalitet.applications.entity.ApplicationRuleException;

/**
 * The application deadline by the server's clock. Applications are written, submitted and withdrawn only
 * while the cycle's application period is open and the deadline has not been reached: at the deadline
 * itself it is closed. The deadline is an instant; it is shown in the city's time (Europe/Stockholm).
 * <p>
 * One application may have a later deadline of its own (an administrator's extension, see
 * {@link ExtensionRules}): it then stays open after the cycle's deadline, also once the cycle has moved on to
 * "applications closed", until its own deadline, and never once review has begun. Every check takes the
 * extension ({@code null}: none), so starting, writing, uploading, submitting and withdrawing agree.
 */
public final class Deadline {

    public static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");
    public static final String OPEN_PHASE = "APPLICATION_OPEN";
    /** The phase after the application period: an extended application is still written then. */
    public static final String CLOSED_PHASE = "APPLICATION_CLOSED";

    private final Clock clock;

    public Deadline(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Whether a cycle in {@code phase} with this deadline accepts applications now. */
    public boolean open(String phase, Instant closesAt) {
        return open(phase, closesAt, null);
    }

    /**
     * Whether an application with this extension ({@code null}: none) of a cycle in {@code phase} with this
     * deadline may be written now. An extension counts only when it is later than the cycle's deadline.
     */
    public boolean open(String phase, Instant closesAt, Instant extendedUntil) {
        if (closesAt == null) {
            return false;
        }
        if (isLater(closesAt, extendedUntil)) {
            return (OPEN_PHASE.equals(phase) || CLOSED_PHASE.equals(phase)) && now().isBefore(extendedUntil);
        }
        return OPEN_PHASE.equals(phase) && now().isBefore(closesAt);
    }

    /** The deadline that holds for the application: its extension when that is later, else the cycle's. */
    public static Instant effective(Instant closesAt, Instant extendedUntil) {
        return isLater(closesAt, extendedUntil) ? extendedUntil : closesAt;
    }

    /**
     * Whether a write now is let through only by the extension (the cycle's own deadline has passed): the
     * moment an extension is used and can no longer be revoked.
     */
    public boolean needsExtension(String phase, Instant closesAt, Instant extendedUntil) {
        return closesAt != null && !now().isBefore(closesAt) && open(phase, closesAt, extendedUntil);
    }

    /** Refuses with {@code applications.deadline.passed} (or {@code .notOpen}) when not {@link #open}. */
    public void requireOpen(String phase, Instant closesAt) {
        requireOpen(phase, closesAt, null);
    }

    /** As {@link #requireOpen(String, Instant)}, with the application's extension ({@code null}: none). */
    public void requireOpen(String phase, Instant closesAt, Instant extendedUntil) {
        if (open(phase, closesAt, extendedUntil)) {
            return;
        }
        boolean extended = closesAt != null && isLater(closesAt, extendedUntil);
        boolean phaseAllows = OPEN_PHASE.equals(phase) || (extended && CLOSED_PHASE.equals(phase));
        if (!phaseAllows || closesAt == null) {
            throw new ApplicationRuleException("applications.deadline.notOpen");
        }
        throw new ApplicationRuleException("applications.deadline.passed",
                java.util.Date.from(effective(closesAt, extendedUntil)));
    }

    private static boolean isLater(Instant closesAt, Instant extendedUntil) {
        return extendedUntil != null && closesAt != null && extendedUntil.isAfter(closesAt);
    }
}

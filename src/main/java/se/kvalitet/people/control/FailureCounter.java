package se.kvalitet.people.control;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * One counter of failed sign-ins in one row, changed only by conditional UPDATE statements: the database
 * decides under the row's lock, so parallel attempts can neither lose a count nor all slip past a check
 * they read at the same time. The row holds {@code failures} and {@code pausedUntil}; the pause is on
 * exactly while {@code failures} has reached the maximum, and an attempt is counted <em>before</em> its
 * password is checked (a reservation), so at most {@code max} attempts can be under way or wrong at once.
 * Counters with a window forget their failures once the window has passed without a pause.
 */
final class FailureCounter {

    private final String table;
    private final String key;
    private final String failures;
    private final String pausedUntil;
    private final String windowStartedAt;

    private FailureCounter(String table, String key, String failures, String pausedUntil, String windowStartedAt) {
        this.table = table;
        this.key = key;
        this.failures = failures;
        this.pausedUntil = pausedUntil;
        this.windowStartedAt = windowStartedAt;
    }

    /** An account's counter on its person row: failures in a row, forgotten when a sign-in succeeds. */
    static FailureCounter person() {
        return new FailureCounter("person", "id", "failed_sign_ins", "locked_until", null);
    }

    /** A counter without a person row; with {@code windowed} its failures are forgotten after a quiet window. */
    static FailureCounter throttle(boolean windowed) {
        return new FailureCounter("sign_in_throttle", "subject", "failures", "paused_until", windowed ? "window_started_at" : null);
    }

    /** Ends a pause that is over (and a window that is over): the counter starts again from nothing. */
    void expire(EntityManager em, Object id, Instant now, Instant windowStart) {
        String restart = windowStartedAt == null ? "" : ", " + windowStartedAt + " = ?";
        var over = em.createNativeQuery("update " + table + " set " + failures + " = 0, " + pausedUntil + " = null" + restart
                + " where " + key + " = ? and " + pausedUntil + " is not null and " + pausedUntil + " <= ?");
        int i = 1;
        if (windowStartedAt != null) {
            over.setParameter(i++, Timestamp.from(now));
        }
        over.setParameter(i++, id).setParameter(i, Timestamp.from(now)).executeUpdate();
        if (windowStartedAt != null) {
            em.createNativeQuery("update " + table + " set " + failures + " = 0, " + windowStartedAt + " = ? where " + key
                            + " = ? and " + pausedUntil + " is null and " + windowStartedAt + " <= ?")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, id).setParameter(3, Timestamp.from(windowStart))
                    .executeUpdate();
        }
    }

    /** Counts one attempt if the counter is below {@code max} and not paused; whether it was counted. */
    boolean reserve(EntityManager em, Object id, int max) {
        return em.createNativeQuery("update " + table + " set " + failures + " = " + failures + " + 1 where " + key
                        + " = ? and " + failures + " < ? and " + pausedUntil + " is null")
                .setParameter(1, id).setParameter(2, max).executeUpdate() == 1;
    }

    /** Starts the pause if the counter has reached {@code max}; whether it started now. */
    boolean pauseIfFull(EntityManager em, Object id, int max, Instant until) {
        return em.createNativeQuery("update " + table + " set " + pausedUntil + " = ? where " + key + " = ? and "
                        + failures + " >= ? and " + pausedUntil + " is null")
                .setParameter(1, Timestamp.from(until)).setParameter(2, id).setParameter(3, max).executeUpdate() == 1;
    }

    /** Forgets every failure and any pause (the right password was given, or an administrator lifted the pause). */
    void reset(EntityManager em, Object id) {
        em.createNativeQuery("update " + table + " set " + failures + " = 0, " + pausedUntil + " = null where " + key + " = ?")
                .setParameter(1, id).executeUpdate();
    }

    /**
     * Gives back the one attempt reserved for a sign-in that succeeded (an address's counter counts failures,
     * not people signing in), and lifts a pause that attempt had started.
     */
    void giveBack(EntityManager em, Object id, int max) {
        em.createNativeQuery("update " + table + " set " + failures + " = " + failures + " - 1 where " + key + " = ? and "
                + failures + " > 0").setParameter(1, id).executeUpdate();
        em.createNativeQuery("update " + table + " set " + pausedUntil + " = null where " + key + " = ? and " + failures
                + " < ? and " + pausedUntil + " is not null").setParameter(1, id).setParameter(2, max).executeUpdate();
    }

    /** Whether the counter is paused at {@code now}. */
    boolean isPaused(EntityManager em, Object id, Instant now) {
        return !em.createNativeQuery("select 1 from " + table + " where " + key + " = ? and " + pausedUntil + " > ?")
                .setParameter(1, id).setParameter(2, Timestamp.from(now)).getResultList().isEmpty();
    }
}

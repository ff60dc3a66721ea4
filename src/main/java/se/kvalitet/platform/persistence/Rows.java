package se.kvalitet.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Reading the columns of native-query rows. MySQL, MariaDB and H2 hand back different Java types for the same
 * column (a BOOLEAN as Boolean or as a number, a DATETIME as Timestamp or LocalDateTime), so every set-based
 * query reads its values through here instead of casting on its own.
 */
public final class Rows {

    private Rows() {
    }

    /** A number column as a long, 0 for NULL (counts, versions). */
    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** An id column, null for NULL. */
    public static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** A BOOLEAN column, whichever way the driver represents it; false for NULL. */
    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    /** A DATE column, null for NULL. */
    public static LocalDate date(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return value instanceof LocalDate l ? l : null;
    }

    /** A DATETIME column (stored in UTC), null for NULL. */
    public static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return value instanceof Instant i ? i : null;
    }

    /**
     * Ids for an SQL {@code in (...)} list. Only numbers ever reach the statement, so building it as text is
     * safe, and a list of hundreds of ids stays one statement.
     */
    public static String idList(Collection<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).distinct().collect(Collectors.joining(","));
    }
}

package se.kvalitet.platform.persistence;

import java.util.Locale;

/**
 * Patterns for case-insensitive "contains" searches with JPQL {@code lower(x) like :pattern escape '!'}.
 * The caller's text is matched literally: {@code %} and {@code _} in it are not wildcards.
 */
public final class Like {

    /** The escape character to name in the query: {@code escape '!'}. */
    public static final char ESCAPE = '!';

    private Like() {
    }

    /** {@code %text%} in lower case with the pattern characters escaped. */
    public static String containing(String text) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}

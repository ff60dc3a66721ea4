package se.kvalitet.platform.rest;

import se.kvalitet.platform.errors.InvalidParameter;

/** Checks of query parameters, each failing with an {@link InvalidParameter} that names the parameter and the rule. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The whole number in {@code raw}, {@code fallback} when absent; must lie within {@code min}–{@code max}. */
    public static int integer(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException notANumber) {
            throw outOfRange(name, min, max);
        }
        if (value < min || value > max) {
            throw outOfRange(name, min, max);
        }
        return value;
    }

    /** The trimmed text, {@code null} when absent or blank; at most {@code maxLength} characters. */
    public static String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String trimmed = raw.trim();
        if (trimmed.length() > maxLength) {
            throw new InvalidParameter("api.parameter.tooLong", name, maxLength);
        }
        return trimmed;
    }

    private static InvalidParameter outOfRange(String name, int min, int max) {
        return max == Integer.MAX_VALUE
                ? new InvalidParameter("api.parameter.atLeast", name, min)
                : new InvalidParameter("api.parameter.range", name, min, max);
    }
}

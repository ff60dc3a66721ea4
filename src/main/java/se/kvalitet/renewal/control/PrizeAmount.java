package se.kvalitet.renewal.control;

import java.util.regex.Pattern;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The renewal prize's prize money as the administrator types it: whole kronor, not negative, with or without
 * spaces between the thousands ("50 000") and an optional "kr". Blank clears the amount. Öre are refused rather
 * than rounded away; "50 000,00" is whole kronor and accepted.
 */
public final class PrizeAmount {

    /** Highest amount accepted (SEK): a guard against typing errors, the same as the cycle's. */
    public static final int MAX = 10_000_000;

    private static final Pattern NUMBER = Pattern.compile("(-?)(\\d+)(?:[.,](\\d+))?");

    private PrizeAmount() {
    }

    /** The amount in whole kronor, or null for a blank input. */
    public static Integer parse(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String compact = input.replaceAll("[\\s\\u00a0\\u202f]", "").replaceFirst("(?i)(kr|sek|:-)$", "");
        var matcher = NUMBER.matcher(compact);
        if (!matcher.matches()) {
            throw new RuleViolation("renewal.prize.notANumber", input.strip());
        }
        if (!matcher.group(1).isEmpty() && !matcher.group(2).matches("0+")) {
            throw new RuleViolation("renewal.prize.negative");
        }
        if (matcher.group(3) != null && !matcher.group(3).matches("0+")) {
            throw new RuleViolation("renewal.prize.wholeKronor");
        }
        String digits = matcher.group(2).replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 9 || Long.parseLong(digits) > MAX) {
            throw new RuleViolation("renewal.prize.tooLarge", MAX);
        }
        return Integer.parseInt(digits);
    }
}

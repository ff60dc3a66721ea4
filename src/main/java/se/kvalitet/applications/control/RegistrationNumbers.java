package se.kvalitet.applications.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registration numbers (diarienummer) from the cycle's format: {@code {year}} becomes the cycle's year,
 * {@code {seq}} the running number, {@code {seq:N}} the running number zero-padded to N digits
 * (e.g. {@code KS {year}/{seq:3}} gives {@code KS 2026/007}).
 */
public final class RegistrationNumbers {

    private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d{1,2}))?}");

    private RegistrationNumbers() {
    }

    public static String format(String format, int year, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        Matcher m = SEQ.matcher(format.replace("{year}", String.valueOf(year)));
        var out = new StringBuilder();
        while (m.find()) {
            String width = m.group(1);
            String number = width == null || Integer.parseInt(width) == 0 ? String.valueOf(sequence)
                    : String.format("%0" + Integer.parseInt(width) + "d", sequence);
            m.appendReplacement(out, Matcher.quoteReplacement(number));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package se.kvalitet.applications.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Indicator figures on pages: in the reader's language (a decimal comma in Swedish), never in scientific notation. */
final class Numbers {

    private Numbers() {
    }

    /** For a field to edit: the digits with a decimal comma, as a Swede types them; blank for null. */
    static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** For reading: grouped thousands and up to three decimals in the locale's way; a dash for null. */
    static String shown(BigDecimal number, Locale locale) {
        if (number == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        return format.format(number);
    }
}

package se.kvalitet.applications.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SortedMap;
import se.kvalitet.applications.entity.ApplicationRuleException;

/**
 * What an indicator table in the answer to a results criterion may hold. The strategies ask units to show
 * levels, trends and comparisons; these limits keep the tables readable and the figures plausible:
 * <ul>
 * <li>at most {@value #MAX_ROWS} indicators per criterion, each with a measure (1–{@value #MAX_MEASURE}
 *     characters), an optional unit of measure (up to {@value #MAX_UNIT});</li>
 * <li>at least one and at most {@value #MAX_YEARS} values, each for a year from {@value #YEARS_BACK} years
 *     before the cycle's year up to the cycle's year (a unit applying in 2027 shows 2012–2027);</li>
 * <li>every number (values, target, comparison) within ±{@value #MAX_ABS} and kept to three decimals
 *     (rounded half up, as the database keeps it);</li>
 * <li>a comparison value needs what it is compared with ("Riket", "Stadens förskolor"), and that label needs
 *     a value.</li>
 * </ul>
 * Refusals name the criterion and the row (1-based), so the page and the API can point at the field.
 */
public final class IndicatorRules {

    public static final int MAX_ROWS = 10;
    public static final int MAX_YEARS = 10;
    public static final int YEARS_BACK = 15;
    public static final int MAX_MEASURE = 200;
    public static final int MAX_UNIT = 50;
    public static final int MAX_LABEL = 200;
    public static final long MAX_ABS = 99_999_999_999L;

    private IndicatorRules() {
    }

    /** The texts of an indicator, named in refusals in the reader's language. */
    public enum Field implements se.kvalitet.platform.i18n.Localizable {
        MEASURE, UNIT_OF_MEASURE, COMPARISON_LABEL;

        @Override
        public String messageKey() {
            return "applications.indicators.field." + name();
        }
    }

    /** One indicator as written: texts trimmed by {@link #clean}; values by year. */
    public record Row(String measure, String unitOfMeasure, BigDecimal target, String comparisonLabel,
                      BigDecimal comparison, SortedMap<Integer, BigDecimal> values) {
    }

    /** Refuses the first broken rule of a criterion's table (rows as given, 1-based in the messages). */
    public static void requireValid(String criterionCode, List<Row> rows, int cycleYear) {
        if (rows.size() > MAX_ROWS) {
            throw new ApplicationRuleException("applications.indicators.tooMany", criterionCode, MAX_ROWS);
        }
        for (int i = 0; i < rows.size(); i++) {
            requireValid(criterionCode, i + 1, rows.get(i), cycleYear);
        }
    }

    private static void requireValid(String code, int row, Row r, int cycleYear) {
        if (r.measure() == null || r.measure().isBlank()) {
            throw new ApplicationRuleException("applications.indicators.measureRequired", code, row);
        }
        requireLength(code, row, Field.MEASURE, r.measure(), MAX_MEASURE);
        requireLength(code, row, Field.UNIT_OF_MEASURE, r.unitOfMeasure(), MAX_UNIT);
        requireLength(code, row, Field.COMPARISON_LABEL, r.comparisonLabel(), MAX_LABEL);
        if (r.values() == null || r.values().isEmpty()) {
            throw new ApplicationRuleException("applications.indicators.noValues", code, row);
        }
        if (r.values().size() > MAX_YEARS) {
            throw new ApplicationRuleException("applications.indicators.tooManyYears", code, row, MAX_YEARS);
        }
        int earliest = cycleYear - YEARS_BACK;
        for (var entry : r.values().entrySet()) {
            if (entry.getKey() == null || entry.getKey() < earliest || entry.getKey() > cycleYear) {
                throw new ApplicationRuleException("applications.indicators.yearOutOfRange", code, row,
                        String.valueOf(entry.getKey()), String.valueOf(earliest), String.valueOf(cycleYear));
            }
            requireNumber(code, row, entry.getValue());
        }
        requireNumber(code, row, r.target());
        requireNumber(code, row, r.comparison());
        boolean hasLabel = r.comparisonLabel() != null && !r.comparisonLabel().isBlank();
        if (r.comparison() != null && !hasLabel) {
            throw new ApplicationRuleException("applications.indicators.comparisonLabelRequired", code, row);
        }
        if (r.comparison() == null && hasLabel) {
            throw new ApplicationRuleException("applications.indicators.comparisonValueRequired", code, row);
        }
    }

    private static void requireLength(String code, int row, Field field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw new ApplicationRuleException("applications.indicators.tooLong", code, row, field, max);
        }
    }

    private static void requireNumber(String code, int row, BigDecimal number) {
        if (number != null && number.abs().compareTo(BigDecimal.valueOf(MAX_ABS)) > 0) {
            throw new ApplicationRuleException("applications.indicators.numberTooLarge", code, row);
        }
    }

    /** A number as it is kept: three decimals, rounded half up ({@code null} stays null). */
    public static BigDecimal kept(BigDecimal number) {
        return number == null ? null : number.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Blank is null; otherwise trimmed. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A number as people type it on the page: a decimal comma or point, spaces (also no-break) as thousands
     * separators, a typographic minus. Blank is null; anything else refuses with
     * {@code applications.indicators.notANumber} (criterion, row, the text).
     */
    public static BigDecimal parse(String text, String code, int row) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace('\u2212', '-').replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            throw new ApplicationRuleException("applications.indicators.notANumber", code, row, text.strip());
        }
        return new BigDecimal(plain);
    }
}

package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of a results criterion's table, as written and as read: what is measured, in which unit, the
 * target, what the unit compares itself with and that value, and the values per year (earliest first).
 */
public record IndicatorDraft(String measure, String unitOfMeasure, BigDecimal target, String comparisonLabel,
                             BigDecimal comparison, List<YearValue> values) implements Serializable {

    /** The value of one year. */
    public record YearValue(int year, BigDecimal value) implements Serializable {
    }
}

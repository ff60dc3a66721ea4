package se.kvalitet.applications.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import se.kvalitet.applications.boundary.IndicatorDraft;
import se.kvalitet.applications.control.IndicatorRules;

/**
 * One indicator row on the edit page, as typed: every number is text until it is saved, so "12,5" and a half-typed
 * value stay in the field exactly as written; {@link #toDraft} reads them (refusing what is no number, with the
 * row named). A row with nothing in it is not saved (a row just added must not block the autosave).
 */
public class IndicatorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String measure;
    private String unitOfMeasure;
    private String target;
    private String comparisonLabel;
    private String comparison;
    private final List<YearCell> cells = new ArrayList<>();

    /** One year's field: the year and its value as typed. */
    public static class YearCell implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int year;
        private String value;

        YearCell(int year, String value) {
            this.year = year;
            this.value = value;
        }

        public int getYear() { return year; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
    }

    /** The years a criterion's table shows: the five up to the cycle's year, and every year a saved row has. */
    static List<Integer> years(int cycleYear, List<IndicatorDraft> saved) {
        var years = new TreeSet<Integer>();
        for (int y = cycleYear - 4; y <= cycleYear; y++) {
            years.add(y);
        }
        saved.forEach(d -> d.values().forEach(v -> years.add(v.year())));
        return new ArrayList<>(years);
    }

    static IndicatorForm of(IndicatorDraft d, List<Integer> years) {
        var form = empty(years);
        form.measure = d.measure();
        form.unitOfMeasure = d.unitOfMeasure();
        form.target = Numbers.plain(d.target());
        form.comparisonLabel = d.comparisonLabel();
        form.comparison = Numbers.plain(d.comparison());
        d.values().forEach(v -> form.cells.stream().filter(c -> c.year == v.year()).findFirst()
                .ifPresent(c -> c.value = Numbers.plain(v.value())));
        return form;
    }

    static IndicatorForm empty(List<Integer> years) {
        var form = new IndicatorForm();
        years.forEach(y -> form.cells.add(new YearCell(y, null)));
        return form;
    }

    boolean blank() {
        return isBlank(measure) && isBlank(unitOfMeasure) && isBlank(target) && isBlank(comparisonLabel)
                && isBlank(comparison) && cells.stream().allMatch(c -> isBlank(c.value));
    }

    /** The row as the boundary takes it; numbers read as people type them ({@code row} counts from 1). */
    IndicatorDraft toDraft(String criterionCode, int row) {
        var years = new ArrayList<IndicatorDraft.YearValue>();
        for (YearCell cell : cells) {
            BigDecimal value = IndicatorRules.parse(cell.value, criterionCode, row);
            if (value != null) {
                years.add(new IndicatorDraft.YearValue(cell.year, value));
            }
        }
        return new IndicatorDraft(measure, unitOfMeasure, IndicatorRules.parse(target, criterionCode, row),
                comparisonLabel, IndicatorRules.parse(comparison, criterionCode, row), years);
    }

    /** For the unsaved-changes check: every field as typed. */
    String snapshot() {
        var typed = new StringBuilder();
        cells.forEach(c -> typed.append(c.year).append('=').append(c.value).append(';'));
        return measure + '|' + unitOfMeasure + '|' + target + '|' + comparisonLabel + '|' + comparison + '|' + typed;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { this.measure = measure; }
    public String getUnitOfMeasure() { return unitOfMeasure; }
    public void setUnitOfMeasure(String unitOfMeasure) { this.unitOfMeasure = unitOfMeasure; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getComparisonLabel() { return comparisonLabel; }
    public void setComparisonLabel(String comparisonLabel) { this.comparisonLabel = comparisonLabel; }
    public String getComparison() { return comparison; }
    public void setComparison(String comparison) { this.comparison = comparison; }
    /** A field per year shown, earliest first (the page binds each year's field to its cell). */
    public List<YearCell> getCells() { return cells; }

    /** The value of one year as typed (null when the year is not shown or empty). */
    String valueOf(int year) {
        return cells.stream().filter(c -> c.year == year).findFirst().map(c -> c.value).orElse(null);
    }
}

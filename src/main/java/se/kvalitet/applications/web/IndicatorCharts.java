package se.kvalitet.applications.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.kvalitet.applications.boundary.IndicatorDraft;
import se.kvalitet.applications.boundary.IndicatorSet;
import se.kvalitet.platform.web.Messages;

/**
 * Indicator tables and charts wherever an application is read (the examiners' reading page, the edit page): the
 * years a table has, a figure in the reader's language, and the PrimeFaces chart (Chart.js) configuration of one
 * indicator: the values as a line over the years, the target and the comparison value as flat dashed lines. The
 * chart repeats the table, which stays beside it for screen readers and exact figures.
 */
@Named("indicatorCharts")
@ApplicationScoped
public class IndicatorCharts {

    /** Colours with at least 3:1 contrast against white, told apart by dash pattern too (not by colour alone). */
    static final String VALUE_COLOUR = "#1f5fa8";
    static final String TARGET_COLOUR = "#2e7d32";
    static final String COMPARISON_COLOUR = "#a14a00";

    /** Every year any indicator of the table has a value for, earliest first. */
    public List<Integer> years(IndicatorSet set) {
        return set.indicators().stream().flatMap(i -> i.values().stream()).map(IndicatorDraft.YearValue::year)
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    /** The indicator's value of a year, in the reader's language ("–" when it has none). */
    public String value(IndicatorDraft indicator, int year) {
        return Numbers.shown(byYear(indicator).get(year), locale());
    }

    public String number(BigDecimal number) {
        return Numbers.shown(number, locale());
    }

    /** What the chart shows, for screen readers (the table beside it has the figures). */
    public String chartLabel(IndicatorDraft indicator) {
        return Messages.text("applications.page.indicators.chartLabel", indicator.measure());
    }

    /** The chart of one indicator as Chart.js configuration (the value of {@code p:chart}). */
    public String config(IndicatorDraft indicator) {
        var values = byYear(indicator);
        var years = List.copyOf(values.keySet());
        var labels = Json.createArrayBuilder();
        years.forEach(y -> labels.add(String.valueOf(y)));
        var datasets = Json.createArrayBuilder();
        String valueLabel = Messages.text("applications.page.indicators.series.value")
                + (indicator.unitOfMeasure() == null ? "" : " (" + indicator.unitOfMeasure() + ")");
        datasets.add(Json.createObjectBuilder().add("label", valueLabel).add("data", series(years, values::get))
                .add("borderColor", VALUE_COLOUR).add("backgroundColor", VALUE_COLOUR).add("fill", false)
                .add("spanGaps", true).add("tension", 0));
        if (indicator.target() != null) {
            datasets.add(flat(Messages.text("applications.page.indicators.series.target"), years, indicator.target(),
                    TARGET_COLOUR, 8, 4));
        }
        if (indicator.comparison() != null) {
            datasets.add(flat(indicator.comparisonLabel(), years, indicator.comparison(), COMPARISON_COLOUR, 2, 3));
        }
        var yAxis = Json.createObjectBuilder();
        if (indicator.unitOfMeasure() != null) {
            yAxis.add("title", Json.createObjectBuilder().add("display", true).add("text", indicator.unitOfMeasure()));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", indicator.measure())))
                        .add("scales", Json.createObjectBuilder().add("y", yAxis)))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder flat(String label, List<Integer> years, BigDecimal level, String colour,
                                                       int dash, int gap) {
        return Json.createObjectBuilder().add("label", label == null ? "" : label)
                .add("data", series(years, y -> level)).add("borderColor", colour).add("backgroundColor", colour)
                .add("borderDash", Json.createArrayBuilder().add(dash).add(gap)).add("pointRadius", 0).add("fill", false);
    }

    private static JsonArrayBuilder series(List<Integer> years, java.util.function.Function<Integer, BigDecimal> value) {
        var data = Json.createArrayBuilder();
        years.forEach(y -> {
            var v = value.apply(y);
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        return data;
    }

    private static Map<Integer, BigDecimal> byYear(IndicatorDraft indicator) {
        var map = new TreeMap<Integer, BigDecimal>();
        indicator.values().forEach(v -> map.put(v.year(), v.value()));
        return map;
    }

    private static Locale locale() {
        var context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? new Locale("sv", "SE") : context.getViewRoot().getLocale();
    }
}

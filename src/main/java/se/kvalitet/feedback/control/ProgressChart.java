package se.kvalitet.feedback.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The overview's bar chart: one bar per stage count (assessments not started … reports released), each bar's
 * length relative to the largest count so that small numbers stay visible next to large ones. Pure; the page
 * draws the bars as SVG and states every number in text too, so nothing depends on seeing the bars.
 */
public final class ProgressChart {

    /** One bar: its label key, the count, its length in per cent of the longest bar and its row position. */
    public record Bar(String labelKey, long count, double widthPercent, int row) implements java.io.Serializable {
    }

    private ProgressChart() {
    }

    /** Bars in the order of {@code counts} (use an ordered map); an all-zero chart has zero-length bars. */
    public static List<Bar> bars(Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        for (var entry : counts.entrySet()) {
            long count = Math.max(0, entry.getValue());
            double width = max <= 0 ? 0 : Math.round(count * 1000.0 / max) / 10.0;
            bars.add(new Bar(entry.getKey(), count, width, row++));
        }
        return bars;
    }
}

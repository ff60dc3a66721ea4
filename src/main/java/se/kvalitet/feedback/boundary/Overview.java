package se.kvalitet.feedback.boundary;

import java.io.Serializable;
import java.util.List;
import se.kvalitet.cycles.boundary.CycleDates;
import se.kvalitet.feedback.control.ProgressChart;

/** The progress overview of a cycle: its deadlines, a row per application, and the chart's bars. */
public record Overview(Long cycleId, String cycleName, CycleDates dates, List<OverviewRow> rows,
                       List<ProgressChart.Bar> bars) implements Serializable {
}

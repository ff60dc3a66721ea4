package se.kvalitet.feedback.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Collectors;
import se.kvalitet.cycles.boundary.CyclePurpose;
import se.kvalitet.cycles.boundary.CycleChoice;
import se.kvalitet.feedback.boundary.Overview;
import se.kvalitet.feedback.boundary.ProgressOverview;
import se.kvalitet.feedback.control.ProgressChart;
import se.kvalitet.platform.web.Messages;

/** /feedback/overview.xhtml: progress per team and application with the deadlines, as a table and a chart. */
@Named("feedbackOverviewPage")
@ViewScoped
public class OverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Chart geometry (SVG user units): label column, bar area, row height. */
    static final int LABEL_WIDTH = 260;
    static final int BAR_WIDTH = 360;
    static final int ROW_HEIGHT = 28;

    @Inject
    ProgressOverview overviews;

    @Inject
    CycleChoice cycleChoice;

    private String cycleParam;
    private Long cycleId;
    private Overview overview;

    public void load() {
        cycleId = cycleChoice.resolve(cycleParam, CyclePurpose.REVIEW);
        overview = cycleId == null ? null : overviews.of(cycleId);
    }

    public Overview getOverview() { return overview; }
    public Long getCycleId() { return cycleId; }
    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }

    public int getChartHeight() {
        return overview == null ? 0 : overview.bars().size() * ROW_HEIGHT + 8;
    }

    public int getLabelWidth() { return LABEL_WIDTH; }

    public int getChartWidth() { return LABEL_WIDTH + BAR_WIDTH + 60; }

    public int barY(ProgressChart.Bar bar) {
        return bar.row() * ROW_HEIGHT + 4;
    }

    public double barLength(ProgressChart.Bar bar) {
        return BAR_WIDTH * bar.widthPercent() / 100.0;
    }

    /** The chart's text alternative: every bar's label and count in one sentence list. */
    public String getChartDescription() {
        if (overview == null) {
            return "";
        }
        return overview.bars().stream().map(b -> Messages.text("feedback.chart." + b.labelKey()) + ": " + b.count())
                .collect(Collectors.joining("; "));
    }

    public String team(se.kvalitet.feedback.boundary.OverviewRow row) {
        return row.team().isEmpty() ? "–" : String.join(", ", row.team());
    }

    public String date(LocalDate date) {
        return date == null ? "–" : date.toString();
    }
}

package se.kvalitet.examiners.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.kvalitet.examiners.boundary.CalibrationReport;
import se.kvalitet.examiners.boundary.CalibrationView;
import se.kvalitet.examiners.boundary.Calibrations;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * /examiners/calibration.xhtml?id=…: one calibration exercise. The examiner reads the case, scores each criterion,
 * saves and submits; then sees their deviation per criterion from the reference as a chart and a table, and the
 * group's spread once the exercise is closed. Administrators see every examiner's deviations and close it.
 */
@Named
@ViewScoped
public class CalibrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Chart geometry (SVG user units): label column, half the bar area (deviations go both ways), row height. */
    static final int LABEL_WIDTH = 220;
    static final int HALF = 200;
    static final int ROW = 44;

    @Inject
    Calibrations calibrations;

    private String idParam;
    private CalibrationView view;
    private CalibrationReport report;
    private Integer[] scores = new Integer[0];

    public void load() throws java.io.IOException {
        try {
            show(calibrations.view(Ids.parse(idParam)));
        } catch (NotFound notReachable) {
            // as every record page: a record the caller may not reach is "not found", with the status to match
            Responses.notFound();
        } catch (RuleViolation notFound) {
            Messages.error(notFound);
            view = null;
        }
    }

    private void show(CalibrationView shown) {
        view = shown;
        scores = shown.myScores().toArray(new Integer[0]);
        report = isAdmin() ? calibrations.report(shown.id()) : null;
    }

    public void save() {
        CalibrationView[] saved = new CalibrationView[1];
        if (Attempt.succeeded(() -> saved[0] = calibrations.saveMine(view.id(), view.myVersion(), Arrays.asList(scores)))) {
            Messages.info("examiners.calibration.saved");
            show(saved[0]);
        }
    }

    public void submit() {
        CalibrationView[] done = new CalibrationView[1];
        if (Attempt.succeeded(() -> {
            var saved = calibrations.saveMine(view.id(), view.myVersion(), Arrays.asList(scores));
            done[0] = calibrations.submitMine(view.id(), saved.myVersion());
        })) {
            Messages.info("examiners.calibration.submitted");
            show(done[0]);
        }
    }

    public void close() {
        CalibrationView[] closed = new CalibrationView[1];
        if (Attempt.succeeded(() -> closed[0] = calibrations.close(view.id(), view.version()))) {
            Messages.info("examiners.calibration.closedNow");
            show(closed[0]);
        }
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    // ---- the deviation chart: one row per criterion, zero in the middle, the own deviation as a bar, the group's
    // lowest to highest as a line with the mean marked. Every number is in the table beside it too.

    /** Rows of the chart, in the exercise's order. */
    public List<ChartRow> getChartRows() {
        if (view == null || view.myDeviations() == null) {
            return List.of();
        }
        var rows = new ArrayList<ChartRow>();
        double unit = HALF / (double) Math.max(1, maxDeviation());
        for (int i = 0; i < view.criteria().size(); i++) {
            Integer own = view.myDeviations().get(i);
            int d = own == null ? 0 : own;
            double barX = LABEL_WIDTH + HALF + Math.min(0, d) * unit;
            var spread = view.groupSpread() == null ? null : view.groupSpread().get(i);
            boolean group = spread != null && spread.count() > 0;
            rows.add(new ChartRow(view.criteria().get(i).code(), d, i * ROW, barX, Math.abs(d) * unit, group,
                    group ? LABEL_WIDTH + HALF + spread.lowest() * unit : 0, group ? LABEL_WIDTH + HALF + spread.highest() * unit : 0,
                    group ? LABEL_WIDTH + HALF + spread.mean() * unit : 0));
        }
        return rows;
    }

    /** One chart row in SVG units. */
    public record ChartRow(String code, int deviation, int y, double barX, double barWidth, boolean group, double lowX,
                           double highX, double meanX) implements Serializable {
    }

    private int maxDeviation() {
        int max = 1;
        for (Integer d : view.myDeviations()) {
            max = Math.max(max, d == null ? 0 : Math.abs(d));
        }
        if (view.groupSpread() != null) {
            for (var s : view.groupSpread()) {
                max = Math.max(max, Math.max(Math.abs(s.lowest()), Math.abs(s.highest())));
            }
        }
        return max;
    }

    public int getChartWidth() { return LABEL_WIDTH + 2 * HALF + 20; }
    public int getChartHeight() { return Math.max(1, view == null ? 1 : view.criteria().size()) * ROW; }
    public int getZeroX() { return LABEL_WIDTH + HALF; }

    /** The chart's text alternative: each criterion's own deviation, and the group's range where shown. */
    public String getChartDescription() {
        if (view == null || view.myDeviations() == null) {
            return "";
        }
        var parts = new ArrayList<String>();
        for (int i = 0; i < view.criteria().size(); i++) {
            Integer own = view.myDeviations().get(i);
            String text = Messages.text("examiners.calibration.chart.row", view.criteria().get(i).code(), own == null ? 0 : own);
            if (view.groupSpread() != null && view.groupSpread().get(i).count() > 0) {
                var s = view.groupSpread().get(i);
                text += " " + Messages.text("examiners.calibration.chart.group", s.lowest(), s.highest(), s.mean());
            }
            parts.add(text);
        }
        return String.join("; ", parts);
    }

    public String signed(Integer value) {
        return value == null ? "–" : value > 0 ? "+" + value : String.valueOf(value);
    }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public CalibrationView getView() { return view; }
    public CalibrationReport getReport() { return report; }
    public Integer[] getScores() { return scores; }
}

package se.kvalitet.feedback.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.kvalitet.cycles.boundary.CyclePurpose;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.boundary.CycleChoice;
import se.kvalitet.feedback.boundary.FeedbackReports;
import se.kvalitet.feedback.boundary.ReportView;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Messages;

/** /feedback/reports.xhtml: the administrator's list of a cycle's reports and the cycle's score-or-band setting. */
@Named("feedbackReportsPage")
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackReports reports;

    @Inject
    Cycles cycles;

    @Inject
    CycleChoice cycleChoice;

    private String cycleParam;
    private Long cycleId;
    private String cycleName;
    private List<ReportView> rows = List.of();
    private boolean showScore;

    public void load() {
        Long wanted = cycleChoice.resolve(cycleParam, CyclePurpose.CURRENT);
        var cycle = wanted == null ? java.util.Optional.<se.kvalitet.cycles.boundary.CycleDetail>empty() : cycles.detail(wanted);
        cycle.ifPresent(c -> {
            cycleId = c.id();
            cycleName = c.name();
            rows = reports.ofCycle(cycleId);
            showScore = reports.showsScore(cycleId);
        });
    }

    public void saveSetting() {
        if (cycleId != null && Attempt.succeeded(() -> reports.setShowsScore(cycleId, showScore))) {
            Messages.info("feedback.page.settingSaved");
        }
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getCycleId() { return cycleId; }
    public String getCycleName() { return cycleName; }
    public List<ReportView> getRows() { return rows; }
    public boolean isShowScore() { return showScore; }
    public void setShowScore(boolean showScore) { this.showScore = showScore; }
}

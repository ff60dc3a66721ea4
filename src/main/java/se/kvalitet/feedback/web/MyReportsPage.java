package se.kvalitet.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.kvalitet.feedback.boundary.FeedbackReports;
import se.kvalitet.feedback.boundary.ReportView;
import se.kvalitet.jury.boundary.JuryVerdicts;
import se.kvalitet.jury.boundary.MyDecision;

/**
 * /feedback/mine.xhtml: the released reports of the applicant's unit, to download, and the jury's announced
 * decisions with their motivations (shown from the announcement on, before the report may be released).
 */
@Named("myFeedbackPage")
@RequestScoped
public class MyReportsPage {

    @Inject
    FeedbackReports reports;

    @Inject
    JuryVerdicts verdicts;

    private List<ReportView> rows;
    private List<MyDecision> decisions;
    private List<se.kvalitet.renewal.boundary.RenewalFeedbackView> renewal;

    @Inject
    se.kvalitet.renewal.boundary.RenewalFeedbacks renewalFeedbacks;

    /** The renewal prize's released feedback to the unit's entries. */
    public List<se.kvalitet.renewal.boundary.RenewalFeedbackView> getRenewal() {
        if (renewal == null) {
            renewal = renewalFeedbacks.releasedForMyUnit();
        }
        return renewal;
    }

    public List<ReportView> getRows() {
        if (rows == null) {
            rows = reports.releasedForMyUnit();
        }
        return rows;
    }

    public List<MyDecision> getDecisions() {
        if (decisions == null) {
            decisions = verdicts.mine();
        }
        return decisions;
    }
}

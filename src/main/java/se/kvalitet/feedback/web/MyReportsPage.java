package se.kvalitet.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.kvalitet.feedback.boundary.FeedbackReports;
import se.kvalitet.feedback.boundary.ReportView;

/** /feedback/mine.xhtml: the released reports of the applicant's unit, to download. */
@Named("myFeedbackPage")
@RequestScoped
public class MyReportsPage {

    @Inject
    FeedbackReports reports;

    private List<ReportView> rows;

    public List<ReportView> getRows() {
        if (rows == null) {
            rows = reports.releasedForMyUnit();
        }
        return rows;
    }
}

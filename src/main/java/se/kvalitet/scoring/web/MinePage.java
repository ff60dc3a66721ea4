package se.kvalitet.scoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.scoring.boundary.Assessments;
import se.kvalitet.scoring.boundary.MyAssessment;

/** The examiner's applications to assess, where each stands, and the way to the form or the team's view. */
@Named("scoringMinePage")
@RequestScoped
public class MinePage {

    @Inject
    Assessments assessments;

    private List<MyAssessment> rows;

    public List<MyAssessment> getRows() {
        if (rows == null) {
            rows = assessments.mine();
        }
        return rows;
    }

    public String status(MyAssessment row) {
        return Messages.text("scoring.status." + row.status());
    }

    public String deadline(MyAssessment row) {
        return row.deadline() == null ? "–" : row.deadline().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}

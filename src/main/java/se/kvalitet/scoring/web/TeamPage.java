package se.kvalitet.scoring.web;

import se.kvalitet.platform.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.scoring.boundary.AssessmentView;
import se.kvalitet.scoring.boundary.Assessments;
import se.kvalitet.scoring.boundary.ScoreView;

/**
 * The team's submitted assessments side by side, for a member who has submitted their own (and administrators).
 * Before that the boundary refuses and the page shows only the reason: blindness is the server's, not the page's.
 */
@Named("teamPage")
@RequestScoped
public class TeamPage {

    @Inject
    Assessments assessments;

    private String applicationParam;
    private Long applicationId;
    private List<AssessmentView> submitted = List.of();
    private List<String> criteria = List.of();
    private boolean shown;

    public void load() throws IOException {
        applicationId = Ids.parse(applicationParam);
        try {
            if (applicationId == null) {
                throw new NotFound("scoring.application.notFound", applicationParam);
            }
            submitted = assessments.submittedFor(applicationId);
            criteria = assessments.model(applicationId).criteria().stream().map(c -> c.code()).toList();
            shown = true;
        } catch (NotFound notFound) {
            Responses.notFound();
        } catch (RuleViolation refused) {
            Messages.error(refused);
        }
    }

    /** The criterion's score in one assessment, e.g. "35 % (30–45 %), 42.0 p". */
    public String cell(AssessmentView assessment, String code) {
        return assessment.scores().stream().filter(s -> s.criterionCode().equals(code)).findFirst()
                .filter(s -> s.value() != null).map(TeamPage::describe).orElse("–");
    }

    private static String describe(ScoreView s) {
        return s.value() + " (" + s.band() + "), " + s.points() + " " + Messages.text("scoring.page.pointsShort");
    }

    public String title(String code) {
        return submitted.isEmpty() ? code : submitted.get(0).scores().stream().filter(s -> s.criterionCode().equals(code))
                .map(s -> code + " " + s.criterionTitle()).findFirst().orElse(code);
    }

    public String getApplicationParam() { return applicationParam; }
    public void setApplicationParam(String applicationParam) { this.applicationParam = applicationParam; }
    public Long getApplicationId() { return applicationId; }
    public List<AssessmentView> getSubmitted() { return submitted; }
    public List<String> getCriteria() { return criteria; }
    public boolean isShown() { return shown; }
}

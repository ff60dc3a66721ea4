package se.kvalitet.assignments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.kvalitet.assignments.boundary.EarlierTeam;
import se.kvalitet.assignments.boundary.MyTeam;
import se.kvalitet.assignments.boundary.MyTeams;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Messages;

/** The examiner's teams: confirm having no conflict (then read the application) or declare one. */
@Named("myTeamsPage")
@RequestScoped
public class MyTeamsPage {

    @Inject
    MyTeams myTeams;

    private List<MyTeam> teams;
    private List<EarlierTeam> earlier;

    public List<MyTeam> getTeams() {
        if (teams == null) {
            teams = myTeams.mine();
        }
        return teams;
    }

    public List<EarlierTeam> getEarlier() {
        if (earlier == null) {
            earlier = myTeams.earlier();
        }
        return earlier;
    }

    public void confirm(Long applicationId) {
        if (Attempt.succeeded(() -> myTeams.confirmNoConflict(applicationId))) {
            Messages.info("assignments.page.mine.confirmed");
        }
        teams = null;
    }

    public String deadline(MyTeam team) {
        return team.deadline() == null ? "–" : team.deadline().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public String teammates(MyTeam team) {
        return String.join(", ", team.teammates());
    }
}

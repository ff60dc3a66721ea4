package se.kvalitet.consensus.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.kvalitet.assignments.boundary.MyTeam;
import se.kvalitet.assignments.boundary.MyTeams;

/** The examiner's way in: their teams' applications, each with its consensus sheet and site visit. */
@Named("myConsensusPage")
@RequestScoped
public class MyConsensusPage {

    @Inject
    MyTeams myTeams;

    private List<MyTeam> teams;

    public List<MyTeam> getTeams() {
        if (teams == null) {
            teams = myTeams.mine();
        }
        return teams;
    }
}

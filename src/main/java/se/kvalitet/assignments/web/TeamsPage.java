package se.kvalitet.assignments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.cycles.boundary.Cycles;

/** The current cycle's committed teams, for administrators. */
@Named("teamsPage")
@RequestScoped
public class TeamsPage {

    @Inject
    Assignments assignments;

    @Inject
    Cycles cycles;

    private String cycleParam;
    private String cycleName;
    private List<CommittedTeam> teams = List.of();

    /** The cycle given by {@code cycle}, else the current one. */
    public void load() {
        Long wanted = se.kvalitet.platform.web.Ids.parse(cycleParam);
        (wanted == null ? cycles.currentDetail() : cycles.detail(wanted)).ifPresent(cycle -> {
            cycleName = cycle.name();
            teams = assignments.committedTeams(cycle.id());
        });
    }

    public String leaderName(CommittedTeam team) {
        return team.members().stream().filter(CommittedTeam.Member::leader).map(CommittedTeam.Member::name)
                .findFirst().orElse("");
    }

    public String memberNames(CommittedTeam team) {
        return team.members().stream().filter(m -> !m.leader()).map(CommittedTeam.Member::name)
                .collect(Collectors.joining(", "));
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public String getCycleName() { return cycleName; }
    public List<CommittedTeam> getTeams() { return teams; }
}

package se.kvalitet.assignments.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.stream.Collectors;
import se.kvalitet.applications.boundary.ApplicationLabels;
import se.kvalitet.assignments.entity.Team;
import se.kvalitet.assignments.entity.TeamMember;
import se.kvalitet.conflicts.boundary.Confirmations;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.security.Role;

/**
 * The examiner's side of assignment: their teams in the current cycle, and "I have no conflict with this
 * application", after which the application opens to them for reading. An examiner reaches only the teams
 * they sit on; anything else is "not found".
 */
@Stateless
@RolesAllowed(Role.EXAMINER_NAME)
public class MyTeams {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Confirmations confirmations;

    @Inject
    AssignmentData data;

    @Inject
    Cycles cycles;

    @Inject
    ApplicationLabels labels;

    /**
     * The caller's committed teams in the cycles under way (normally one: the current cycle; a closed or
     * planned cycle has no work for an examiner), by registration number, with the individual review's
     * deadline (the day the consensus starts).
     */
    public List<MyTeam> mine() {
        var caller = currentPerson.caller().orElse(null);
        if (caller == null) {
            return List.of();
        }
        var underWay = new HashMap<Long, Cycles.CycleOverview>();
        cycles.notClosedOverviews().stream().filter(c -> !"PLANNING".equals(c.phase())).forEach(c -> underWay.put(c.id(), c));
        var teams = teamsOf(caller.id()).stream().filter(t -> underWay.containsKey(t.getCycleId())).toList();
        if (teams.isEmpty()) {
            return List.of();
        }
        var byApplication = new HashMap<Long, Team>();
        teams.forEach(t -> byApplication.put(t.getApplicationId(), t));
        var names = data.names(teams.stream().flatMap(t -> t.getMembers().stream()).map(TeamMember::getPersonId)
                .distinct().toList());
        var confirmed = confirmations.confirmedAsExaminer(caller.id(), List.copyOf(byApplication.keySet()));
        return labels.rows(byApplication.keySet()).stream()
                .sorted(Comparator.comparingInt(r -> underWay.get(r.cycleId()).year()))
                .map(r -> {
                    var team = byApplication.get(r.applicationId());
                    var teammates = team.getMembers().stream().filter(m -> !m.getPersonId().equals(caller.id()))
                            .sorted(Comparator.comparing((TeamMember m) -> !m.isLeader())
                                    .thenComparing(m -> names.getOrDefault(m.getPersonId(), "")))
                            .map(m -> names.getOrDefault(m.getPersonId(), "")).toList();
                    return new MyTeam(r.applicationId(), r.registrationNumber(), r.unitName(), r.competitionClassName(),
                            r.award(), leads(team, caller.id()), teammates,
                            underWay.get(r.cycleId()).consensusStartsOn(), confirmed.contains(r.applicationId()));
                }).toList();
    }

    /** The cycles (not closed) in which the caller sits on a team: where the start page shows them their work. */
    public java.util.Set<Long> cyclesWithMyTeams() {
        var caller = currentPerson.caller().orElse(null);
        if (caller == null) {
            return java.util.Set.of();
        }
        var notClosed = cycles.notClosedOverviews().stream().map(Cycles.CycleOverview::id).collect(Collectors.toSet());
        return teamsOf(caller.id()).stream().map(Team::getCycleId).filter(notClosed::contains)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The caller's teams in closed cycles, newest year first: earlier work stays on record and readable
     * (assessments, consensus, report), but it is no longer work to do, so it is kept apart from {@link #mine()}.
     */
    public List<EarlierTeam> earlier() {
        var caller = currentPerson.caller().orElse(null);
        if (caller == null) {
            return List.of();
        }
        var notClosed = cycles.notClosedOverviews().stream().map(Cycles.CycleOverview::id).collect(Collectors.toSet());
        var closedYears = new HashMap<Long, Integer>();
        cycles.summaries().stream().filter(c -> !notClosed.contains(c.id())).forEach(c -> closedYears.put(c.id(), c.year()));
        var byApplication = new HashMap<Long, Team>();
        teamsOf(caller.id()).stream().filter(t -> closedYears.containsKey(t.getCycleId()))
                .forEach(t -> byApplication.put(t.getApplicationId(), t));
        return labels.rows(byApplication.keySet()).stream()
                .sorted(Comparator.comparingInt((ApplicationLabels.Row r) -> closedYears.get(r.cycleId())).reversed())
                .map(r -> new EarlierTeam(closedYears.get(r.cycleId()), r.applicationId(), r.registrationNumber(),
                        r.unitName(), r.competitionClassName(), r.award(),
                        leads(byApplication.get(r.applicationId()), caller.id())))
                .toList();
    }

    private List<Team> teamsOf(Long personId) {
        return em.createQuery("select distinct t from Team t join t.members m where m.personId = :p", Team.class)
                .setParameter("p", personId).getResultList();
    }

    private static boolean leads(Team team, Long personId) {
        return team.getMembers().stream().anyMatch(m -> m.isLeader() && m.getPersonId().equals(personId));
    }

    /**
     * The caller confirms having no conflict of interest with an application of one of their teams. Refused
     * while a conflict blocks the pair (the organisation tree or their own declaration says otherwise).
     */
    public void confirmNoConflict(Long applicationId) {
        var caller = currentPerson.caller().orElseThrow(() -> new NotFound("assignments.team.notFound", applicationId));
        teamOf(caller.id(), applicationId);
        // only a member of the team gets this far (teamOf refuses anybody else); the conflicts component refuses
        // the confirmation while a conflict blocks the pair
        confirmations.confirmAsExaminer(applicationId);
    }

    private Map<String, Object> teamOf(Long personId, Long applicationId) {
        var team = teamsOf(personId).stream().filter(t -> t.getApplicationId().equals(applicationId)).findFirst()
                .orElseThrow(() -> new NotFound("assignments.team.notFound", applicationId));
        return Map.of("cycle", team.getCycleId());
    }
}

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
import se.kvalitet.conflicts.boundary.Confirmations;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.persistence.Rows;

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
        List<?> rows = em.createNativeQuery("select t.id, a.id, a.registration_number, u.name, cc.name, a.award, "
                        + "tm.leader, c.consensus_starts_on from team t "
                        + "join team_member tm on tm.team_id = t.id and tm.person_id = ? "
                        + "join award_cycle c on c.id = t.cycle_id and c.phase not in ('PLANNING', 'CLOSED') "
                        + "join application a on a.id = t.application_id join unit u on u.id = a.unit_id "
                        + "join competition_class cc on cc.id = a.competition_class_id "
                        + "order by c.cycle_year, a.sequence_number, a.id")
                .setParameter(1, caller.id()).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        var teamIds = rows.stream().map(r -> Rows.id(((Object[]) r)[0])).toList();
        var teammates = new HashMap<Long, List<String>>();
        em.createNativeQuery("select tm.team_id, p.full_name from team_member tm join person p on p.id = tm.person_id "
                        + "where tm.team_id in (" + Rows.idList(teamIds) + ") and tm.person_id <> ? "
                        + "order by tm.leader desc, p.full_name")
                .setParameter(1, caller.id()).getResultList()
                .forEach(r -> teammates.computeIfAbsent(Rows.id(((Object[]) r)[0]), k -> new ArrayList<>())
                        .add((String) ((Object[]) r)[1]));
        var confirmed = confirmations.confirmedAsExaminer(caller.id(),
                rows.stream().map(r -> Rows.id(((Object[]) r)[1])).toList());
        return rows.stream().map(r -> (Object[]) r).map(r -> {
            Long app = Rows.id(r[1]);
            return new MyTeam(app, (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    Rows.bool(r[6]), teammates.getOrDefault(Rows.id(r[0]), List.of()),
                    Rows.date(r[7]), confirmed.contains(app));
        }).toList();
    }

    /** The cycles (not closed) in which the caller sits on a team: where the start page shows them their work. */
    public java.util.Set<Long> cyclesWithMyTeams() {
        var caller = currentPerson.caller().orElse(null);
        if (caller == null) {
            return java.util.Set.of();
        }
        List<?> ids = em.createNativeQuery("select distinct t.cycle_id from team t "
                        + "join team_member tm on tm.team_id = t.id and tm.person_id = ? "
                        + "join award_cycle c on c.id = t.cycle_id and c.phase <> 'CLOSED'")
                .setParameter(1, caller.id()).getResultList();
        return ids.stream().map(Rows::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
        List<?> rows = em.createNativeQuery("select c.cycle_year, a.id, a.registration_number, u.name, cc.name, a.award, "
                        + "tm.leader from team t "
                        + "join team_member tm on tm.team_id = t.id and tm.person_id = ? "
                        + "join award_cycle c on c.id = t.cycle_id and c.phase = 'CLOSED' "
                        + "join application a on a.id = t.application_id join unit u on u.id = a.unit_id "
                        + "join competition_class cc on cc.id = a.competition_class_id "
                        + "order by c.cycle_year desc, a.sequence_number, a.id")
                .setParameter(1, caller.id()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new EarlierTeam(((Number) r[0]).intValue(),
                Rows.id(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], Rows.bool(r[6]))).toList();
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
        List<?> rows = em.createNativeQuery("select t.cycle_id from team t join team_member tm on tm.team_id = t.id "
                        + "where t.application_id = ? and tm.person_id = ?")
                .setParameter(1, applicationId).setParameter(2, personId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("assignments.team.notFound", applicationId);
        }
        return Map.of("cycle", Rows.id(rows.get(0)));
    }
}

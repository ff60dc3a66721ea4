package se.kvalitet.scoring.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.platform.persistence.Rows;

/**
 * Who sits on an application's committed team. Read from the assignments component's tables (read only): its
 * boundary lists teams to administrators and an examiner their own, but blindness needs "is this person on
 * that team, and do they lead it" in the same transaction as every read, for every role. Runs in the calling
 * boundary's transaction.
 */
@Dependent
public class TeamRoster {

    /** A member of a team, by person. */
    public record Member(Long personId, String name, boolean leader) {
    }

    @PersistenceContext
    EntityManager em;

    /** The members of the application's committed team, the leader first; empty when it has none. */
    public List<Member> members(Long applicationId) {
        List<?> rows = em.createNativeQuery("select tm.person_id, p.full_name, tm.leader from team t "
                        + "join team_member tm on tm.team_id = t.id join person p on p.id = tm.person_id "
                        + "where t.application_id = ? order by tm.leader desc, p.full_name")
                .setParameter(1, applicationId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Member(((Number) r[0]).longValue(), (String) r[1], Rows.bool(r[2]))).toList();
    }

    public Optional<Member> seat(Long applicationId, Long personId) {
        return members(applicationId).stream().filter(m -> m.personId().equals(personId)).findFirst();
    }

    /** Team sizes of a cycle's applications, by application id. */
    public Map<Long, Long> sizes(Long cycleId) {
        var sizes = new HashMap<Long, Long>();
        List<?> rows = em.createNativeQuery("select t.application_id, count(*) from team t "
                        + "join team_member tm on tm.team_id = t.id where t.cycle_id = ? group by t.application_id")
                .setParameter(1, cycleId).getResultList();
        rows.stream().map(r -> (Object[]) r)
                .forEach(r -> sizes.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return sizes;
    }

    /** The applications of a cycle whose team this person leads. */
    public List<Long> ledBy(Long cycleId, Long personId) {
        List<?> rows = em.createNativeQuery("select t.application_id from team t join team_member tm "
                        + "on tm.team_id = t.id where t.cycle_id = ? and tm.person_id = ? and tm.leader = ?")
                .setParameter(1, cycleId).setParameter(2, personId).setParameter(3, true).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    /**
     * Per application of the cycle, its team members' assessments counted by status (DRAFT, SUBMITTED, LOCKED).
     * Someone no longer on the team does not count: the team as it stands now is what the leader follows.
     */
    public Map<Long, Map<String, Long>> assessmentCounts(Long cycleId) {
        var counts = new HashMap<Long, Map<String, Long>>();
        List<?> rows = em.createNativeQuery("select a.application_id, a.status, count(*) from assessment a "
                        + "join team t on t.application_id = a.application_id "
                        + "join team_member tm on tm.team_id = t.id and tm.person_id = a.examiner_id "
                        + "where a.cycle_id = ? group by a.application_id, a.status")
                .setParameter(1, cycleId).getResultList();
        rows.stream().map(r -> (Object[]) r).forEach(r -> counts.computeIfAbsent(((Number) r[0]).longValue(),
                k -> new HashMap<>()).put((String) r[1], ((Number) r[2]).longValue()));
        return counts;
    }
}

package se.kvalitet.scoring.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.assignments.boundary.Teams;
import se.kvalitet.scoring.entity.AssessmentStatus;

/**
 * Who sits on an application's committed team, as blindness needs it ("is this person on that team, and do they
 * lead it") in the same transaction as every read, for every role. Asked of the assignments component, which owns
 * the teams ({@link Teams}); the assessments are this component's own. Runs in the calling boundary's transaction.
 */
@Dependent
public class TeamRoster {

    /** A member of a team, by person. */
    public record Member(Long personId, String name, boolean leader) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Teams teams;

    /** The members of the application's committed team, the leader first; empty when it has none. */
    public List<Member> members(Long applicationId) {
        return teams.membersOf(applicationId).stream().map(m -> new Member(m.personId(), m.name(), m.leader())).toList();
    }

    public Optional<Member> seat(Long applicationId, Long personId) {
        return members(applicationId).stream().filter(m -> m.personId().equals(personId)).findFirst();
    }

    /** Team sizes of a cycle's applications, by application id. */
    public Map<Long, Long> sizes(Long cycleId) {
        var sizes = new HashMap<Long, Long>();
        teams.membersByApplication(cycleId).forEach((application, members) -> sizes.put(application, (long) members.size()));
        return sizes;
    }

    /** The applications of a cycle whose team this person leads. */
    public List<Long> ledBy(Long cycleId, Long personId) {
        return teams.ledBy(cycleId, personId);
    }

    /**
     * Per application of the cycle, its team members' assessments counted by status (DRAFT, SUBMITTED, LOCKED).
     * Someone no longer on the team does not count: the team as it stands now is what the leader follows.
     */
    public Map<Long, Map<String, Long>> assessmentCounts(Long cycleId) {
        var members = teams.membersByApplication(cycleId);
        var counts = new HashMap<Long, Map<String, Long>>();
        em.createQuery("select a.applicationId, a.examinerId, a.status from Assessment a where a.cycleId = :c",
                        Object[].class).setParameter("c", cycleId).getResultList().stream()
                .filter(r -> members.getOrDefault((Long) r[0], List.of()).contains((Long) r[1]))
                .forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .merge(((AssessmentStatus) r[2]).name(), 1L, Long::sum));
        return counts;
    }
}

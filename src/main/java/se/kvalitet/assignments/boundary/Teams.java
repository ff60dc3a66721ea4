package se.kvalitet.assignments.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.applications.boundary.TeamSeating;
import se.kvalitet.assignments.entity.Team;
import se.kvalitet.assignments.entity.TeamMember;
import se.kvalitet.examiners.boundary.TeamSeats;
import se.kvalitet.people.boundary.PersonNames;

/**
 * The committed teams as the components after assignment need them: who sits on an application's team and who leads
 * it. Blindness (scoring), the consensus sheet and the site visit decide in their own transaction whether the caller
 * may see or change their record, from these facts; so this bean makes no role check of its own and is for server
 * code only (no route lists a team through it: {@link Assignments} and {@link MyTeams} do, with their rules).
 * Runs in the calling boundary's transaction.
 */
@Dependent
public class Teams implements TeamSeats, TeamSeating {

    /** A member of a committed team, by person; {@code name} is the account's full name. */
    public record Member(Long personId, String name, boolean leader) {
    }

    /** An application's committed team: its cycle and its members, the leader first, then by name. */
    public record CommittedTeam(Long applicationId, Long cycleId, List<Member> members) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonNames names;

    /** The application's committed team, empty when it has none. */
    public Optional<CommittedTeam> of(Long applicationId) {
        if (applicationId == null) {
            return Optional.empty();
        }
        return em.createQuery("select t from Team t where t.applicationId = :a", Team.class)
                .setParameter("a", applicationId).getResultStream().findFirst().map(team -> {
                    var named = names.of(team.getMembers().stream().map(TeamMember::getPersonId).toList());
                    var members = team.getMembers().stream()
                            .map(m -> new Member(m.getPersonId(), named.get(m.getPersonId()), m.isLeader()))
                            .sorted(Comparator.comparing((Member m) -> !m.leader())
                                    .thenComparing(m -> m.name() == null ? "" : m.name())
                                    .thenComparing(Member::personId))
                            .toList();
                    return new CommittedTeam(applicationId, team.getCycleId(), members);
                });
    }

    /** The members of the application's committed team, the leader first; empty when it has none. */
    public List<Member> membersOf(Long applicationId) {
        return of(applicationId).map(CommittedTeam::members).orElse(List.of());
    }

    /** Per application of the cycle with a committed team, its members' person ids. */
    public Map<Long, List<Long>> membersByApplication(Long cycleId) {
        var members = new LinkedHashMap<Long, List<Long>>();
        em.createQuery("select distinct t from Team t left join fetch t.members where t.cycleId = :c "
                        + "order by t.applicationId", Team.class)
                .setParameter("c", cycleId).getResultList()
                .forEach(t -> members.put(t.getApplicationId(), t.getMembers().stream().map(TeamMember::getPersonId).toList()));
        return members;
    }

    /** The applications of the cycle whose team this person leads, by application id. */
    public List<Long> ledBy(Long cycleId, Long personId) {
        return em.createQuery("select distinct t from Team t left join fetch t.members where t.cycleId = :c "
                        + "order by t.applicationId", Team.class)
                .setParameter("c", cycleId).getResultList().stream()
                .filter(t -> t.getMembers().stream().anyMatch(m -> m.isLeader() && m.getPersonId().equals(personId)))
                .map(Team::getApplicationId).toList();
    }

    @Override
    public boolean sitsOn(Long applicationId, Long personId) {
        return seats(applicationId).stream().anyMatch(m -> m.getPersonId().equals(personId));
    }

    @Override
    public boolean leads(Long applicationId, Long personId) {
        return seats(applicationId).stream().anyMatch(m -> m.isLeader() && m.getPersonId().equals(personId));
    }

    private List<TeamMember> seats(Long applicationId) {
        return applicationId == null ? List.of() : em.createQuery("select t from Team t where t.applicationId = :a",
                Team.class).setParameter("a", applicationId).getResultStream().findFirst()
                .map(Team::getMembers).orElse(List.of());
    }

    @Override
    public Map<Long, Integer> seatsPerExaminer(Long cycleId) {
        var seats = new HashMap<Long, Integer>();
        membersByApplication(cycleId).values().forEach(ids -> ids.forEach(id -> seats.merge(id, 1, Integer::sum)));
        return seats;
    }
}

package se.kvalitet.assignments.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kvalitet.applications.boundary.ApplicationLabels;
import se.kvalitet.assignments.control.ProblemBuilder.TeamMemberRow;
import se.kvalitet.assignments.entity.Team;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.people.boundary.PersonNames;

/**
 * What assignment needs of other components, asked of their owners in a few set-based calls (the applications with
 * unit, service area and class from {@link ApplicationLabels}; the category and its cycle from {@link Cycles}; names
 * from {@link PersonNames}), and of its own teams (load on committed teams, last cycle's teams). Runs in the
 * calling boundary's transaction; the calling boundary (administrators, or an examiner's own teams) is the check.
 */
@Dependent
public class AssignmentData {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationLabels labels;

    @Inject
    Cycles cycles;

    @Inject
    PersonNames personNames;

    record CategoryRow(Long categoryId, Long cycleId, String award, String phase, int year) {
    }

    record AppRow(Long id, String registrationNumber, String unitName, String serviceArea, String className,
                  String award, String status) {
    }

    Optional<CategoryRow> category(Long categoryId) {
        return cycles.category(categoryId).map(c -> new CategoryRow(c.categoryId(), c.cycleId(), c.award(), c.phase(),
                c.year()));
    }

    /** The category's submitted applications that have no committed team yet, by registration number. */
    List<AppRow> unstaffed(Long categoryId) {
        var submitted = labels.submittedIn(categoryId);
        Set<Long> staffed = withTeams(submitted.stream().map(ApplicationLabels.Row::applicationId).toList());
        return submitted.stream().filter(r -> !staffed.contains(r.applicationId())).map(AssignmentData::app).toList();
    }

    Map<Long, AppRow> applications(Collection<Long> ids) {
        var found = new LinkedHashMap<Long, AppRow>();
        labels.rows(ids).forEach(r -> found.put(r.applicationId(), app(r)));
        return found;
    }

    /** Which of these applications have a committed team. */
    Set<Long> withTeams(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select t.applicationId from Team t where t.applicationId in :ids", Long.class)
                .setParameter("ids", applicationIds).getResultList());
    }

    /** How many applications each examiner has on the cycle's committed teams. */
    Map<Long, Integer> committedLoad(Long cycleId) {
        var load = new HashMap<Long, Integer>();
        teamsOf(cycleId).forEach(t -> t.getMembers().forEach(m -> load.merge(m.getPersonId(), 1, Integer::sum)));
        return load;
    }

    /** The members of the committed teams of the cycle before this one (by year). */
    List<TeamMemberRow> lastCycleTeams(int year) {
        return cycles.yearBefore(year).map(this::teamsOf).orElse(List.of()).stream()
                .flatMap(t -> t.getMembers().stream().map(m -> new TeamMemberRow(t.getId(), m.getPersonId())))
                .toList();
    }

    /** Full names of people by id. */
    Map<Long, String> names(Collection<Long> personIds) {
        return personNames.of(personIds);
    }

    private List<Team> teamsOf(Long cycleId) {
        return em.createQuery("select distinct t from Team t left join fetch t.members where t.cycleId = :c", Team.class)
                .setParameter("c", cycleId).getResultList();
    }

    private static AppRow app(ApplicationLabels.Row r) {
        return new AppRow(r.applicationId(), r.registrationNumber(), r.unitName(), r.serviceArea(),
                r.competitionClassName(), r.award(), r.status());
    }
}

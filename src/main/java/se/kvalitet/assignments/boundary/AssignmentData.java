package se.kvalitet.assignments.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.assignments.control.ProblemBuilder.TeamMemberRow;
import se.kvalitet.platform.persistence.Rows;

/**
 * What assignment reads of other components' tables, each in one set-based statement (the applications with
 * unit, service area and class; load on committed teams; last cycle's teams). Runs in the calling
 * boundary's transaction.
 */
@Dependent
public class AssignmentData {

    @PersistenceContext
    EntityManager em;

    record CategoryRow(Long categoryId, Long cycleId, String award, String phase, int year) {
    }

    record AppRow(Long id, String registrationNumber, String unitName, String serviceArea, String className,
                  String award, String status) {
    }

    static final String SUBMITTED_WITHOUT_TEAM = "a.status = 'SUBMITTED' "
            + "and not exists (select 1 from team t where t.application_id = a.id)";

    private static final String APP_COLUMNS = "select a.id, a.registration_number, u.name, u.service_area, cc.name, "
            + "a.award, a.status from application a join unit u on u.id = a.unit_id "
            + "join competition_class cc on cc.id = a.competition_class_id ";

    Optional<CategoryRow> category(Long categoryId) {
        if (categoryId == null) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select cc.id, cc.cycle_id, cc.award, c.phase, c.cycle_year "
                + "from cycle_category cc join award_cycle c on c.id = cc.cycle_id where cc.id = ?")
                .setParameter(1, categoryId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CategoryRow(Rows.id(r[0]), Rows.id(r[1]),
                (String) r[2], (String) r[3], Rows.id(r[4]).intValue())).findFirst();
    }

    /** The category's submitted applications that have no committed team yet, by registration number. */
    List<AppRow> unstaffed(Long categoryId) {
        return apps(em.createNativeQuery(APP_COLUMNS + "where a.category_id = ? and " + SUBMITTED_WITHOUT_TEAM
                + " order by a.sequence_number, a.id").setParameter(1, categoryId).getResultList());
    }

    Map<Long, AppRow> applications(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var found = new LinkedHashMap<Long, AppRow>();
        apps(em.createNativeQuery(APP_COLUMNS + "where a.id in (" + Rows.idList(ids) + ") order by a.sequence_number, a.id")
                .getResultList()).forEach(a -> found.put(a.id(), a));
        return found;
    }

    /** How many applications each examiner has on the cycle's committed teams. */
    Map<Long, Integer> committedLoad(Long cycleId) {
        var load = new HashMap<Long, Integer>();
        em.createNativeQuery("select tm.person_id, count(*) from team t join team_member tm on tm.team_id = t.id "
                        + "where t.cycle_id = ? group by tm.person_id").setParameter(1, cycleId).getResultList()
                .forEach(r -> load.put(Rows.id(((Object[]) r)[0]), Rows.id(((Object[]) r)[1]).intValue()));
        return load;
    }

    /** The members of the committed teams of the cycle before this one (by year). */
    List<TeamMemberRow> lastCycleTeams(int year) {
        List<?> rows = em.createNativeQuery("select t.id, tm.person_id from team t "
                        + "join team_member tm on tm.team_id = t.id join award_cycle c on c.id = t.cycle_id "
                        + "where c.cycle_year = (select max(p.cycle_year) from award_cycle p where p.cycle_year < ?)")
                .setParameter(1, year).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new TeamMemberRow(Rows.id(r[0]), Rows.id(r[1]))).toList();
    }

    /** Full names of people by id. */
    Map<Long, String> names(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<Long, String>();
        em.createNativeQuery("select id, full_name from person where id in (" + Rows.idList(personIds) + ")")
                .getResultList().forEach(r -> names.put(Rows.id(((Object[]) r)[0]), (String) ((Object[]) r)[1]));
        return names;
    }


    private List<AppRow> apps(List<?> rows) {
        return rows.stream().map(r -> (Object[]) r).map(r -> new AppRow(Rows.id(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6])).toList();
    }
}

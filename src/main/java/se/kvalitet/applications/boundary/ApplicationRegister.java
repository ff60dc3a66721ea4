package se.kvalitet.applications.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.applications.entity.ApplicationStatus;
import se.kvalitet.platform.persistence.Like;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.persistence.Rows;

/**
 * The administrator's register of a cycle's applications: a filtered, sorted page with unit, administration
 * and class names in one statement (no entity of another component is touched), its count, and the number
 * of applications in each status.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ApplicationRegister {

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext session;

    @jakarta.inject.Inject
    ApplicationAccess access;

    private static final Map<String, String> SORTS = Map.of(
            "registrationNumber", "a.sequence_number", "status", "a.status", "unitName", "u.name",
            "administrationName", "adm.name", "competitionClassName", "cc.name", "award", "a.award",
            "changedAt", "a.changed_at", "submittedAt", "a.submitted_at");

    /**
     * One page of a cycle's applications, filtered and sorted ({@code sortField} one of registrationNumber,
     * status, unitName, administrationName, competitionClassName, award, changedAt, submittedAt; else by id),
     * in one statement with unit, administration and class names.
     */
    public List<ApplicationSummary> cycleApplications(Long cycleId, ApplicationFilter filter, String sortField,
                                                      boolean ascending, int first, int size) {
        var where = new StringBuilder();
        var parameters = new ArrayList<Object>();
        where(cycleId, filter == null ? ApplicationFilter.none() : filter, where, parameters);
        String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "a.id") + (ascending ? " asc" : " desc")
                + ", a.id";
        var query = em.createNativeQuery("select a.id, a.version, a.cycle_id, c.cycle_year, c.name, a.award, "
                + "a.competition_class_id, cc.name, a.unit_id, u.name, adm.id, adm.name, a.status, "
                + "a.registration_number, a.title, a.changed_at, a.submitted_at " + FROM + where + " order by " + order);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 500)));
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ApplicationSummary(Rows.count(r[0]), Rows.count(r[1]),
                Rows.count(r[2]), (int) Rows.count(r[3]), (String) r[4], (String) r[5], Rows.count(r[6]), (String) r[7],
                Rows.count(r[8]), (String) r[9], Rows.count(r[10]), (String) r[11], (String) r[12], (String) r[13],
                (String) r[14], Rows.instant(r[15]), Rows.instant(r[16]))).toList();
    }

    /**
     * The applications the jury judges: the cycle's submitted ones (neither drafts nor withdrawn), by registration
     * number. A juror gets them only once the cycle's application period has closed (before that no application is
     * the jury's business); the jury's board then applies recusal and blind mode before anything reaches a juror.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
    public List<ApplicationSummary> competing(Long cycleId) {
        if (!session.isCallerInRole(Role.ADMIN_NAME) && !access.closedForApplications(cycleId)) {
            return List.of();
        }
        var all = new ArrayList<ApplicationSummary>();
        for (int first = 0; ; first += 500) {
            var page = cycleApplications(cycleId, ApplicationFilter.none(), "registrationNumber", true, first, 500);
            page.stream().filter(ApplicationSummary::competing).forEach(all::add);
            if (page.size() < 500) {
                return all;
            }
        }
    }

    public long cycleApplicationCount(Long cycleId, ApplicationFilter filter) {
        var where = new StringBuilder();
        var parameters = new ArrayList<Object>();
        where(cycleId, filter == null ? ApplicationFilter.none() : filter, where, parameters);
        var query = em.createNativeQuery("select count(*) " + FROM + where);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return Rows.count(query.getSingleResult());
    }

    /** How many applications of the cycle are in each status (every status present, zeros included). */
    public Map<String, Long> statusCounts(Long cycleId) {
        var counts = new LinkedHashMap<String, Long>();
        for (var status : ApplicationStatus.values()) {
            counts.put(status.name(), 0L);
        }
        em.createQuery("select a.status, count(a) from Application a where a.cycleId = :c group by a.status",
                Object[].class).setParameter("c", cycleId).getResultList()
                .forEach(r -> counts.put(((ApplicationStatus) r[0]).name(), (Long) r[1]));
        return counts;
    }

    private static final String FROM = "from application a join award_cycle c on c.id = a.cycle_id "
            + "join unit u on u.id = a.unit_id join administration adm on adm.id = u.administration_id "
            + "join competition_class cc on cc.id = a.competition_class_id ";

    private static void where(Long cycleId, ApplicationFilter f, StringBuilder where, List<Object> parameters) {
        where.append("where a.cycle_id = ?");
        parameters.add(cycleId);
        if (f.competitionClassId() != null) {
            where.append(" and a.competition_class_id = ?");
            parameters.add(f.competitionClassId());
        }
        if (f.administrationId() != null) {
            where.append(" and u.administration_id = ?");
            parameters.add(f.administrationId());
        }
        if (f.status() != null && !f.status().isBlank()) {
            where.append(" and a.status = ?");
            parameters.add(f.status());
        }
        if (f.award() != null && !f.award().isBlank()) {
            where.append(" and a.award = ?");
            parameters.add(f.award());
        }
        if (f.unitName() != null && !f.unitName().isBlank()) {
            where.append(" and lower(u.name) like ? escape '" + Like.ESCAPE + "'");
            parameters.add(Like.containing(f.unitName().strip()));
        }
    }
}

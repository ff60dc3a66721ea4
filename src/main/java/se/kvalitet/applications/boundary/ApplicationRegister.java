package se.kvalitet.applications.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.applications.entity.ApplicationStatus;
import se.kvalitet.platform.persistence.Rows;
import se.kvalitet.platform.security.Role;

/**
 * The administrator's register of a cycle's applications: a filtered, sorted page with unit, administration
 * and class names (asked of the organizations and cycles boundaries, then filtered, sorted and paged here: a
 * cycle has hundreds of applications, not millions), its count, and the number of applications in each status.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ApplicationRegister {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    WinRecord winRecord;
    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext session;

    @jakarta.inject.Inject
    ApplicationAccess access;

    /**
     * The cycle's applications whose unit may not win this year because the record shows a win within the cycle's
     * quarantine (of the same award), with the reason: what the administrator sees in the list.
     */
    public Map<Long, Notice> quarantined(Long cycleId) {
        var terms = access.terms(cycleId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, unit_id, award from application where cycle_id = ? "
                + "and status <> 'WITHDRAWN'").setParameter(1, cycleId).getResultList();
        var wins = winRecord.winsOf(rows.stream().map(r -> Rows.id(r[1])).distinct().toList(), terms.year(),
                terms.quarantineYears());
        var quarantined = new LinkedHashMap<Long, Notice>();
        for (Object[] r : rows) {
            se.kvalitet.applications.control.Quarantine.fromRecord(terms.year(), terms.quarantineYears(),
                    String.valueOf(r[2]), wins.getOrDefault(Rows.id(r[1]), List.of()))
                    .ifPresent(reason -> quarantined.put(Rows.id(r[0]), new Notice(null, reason.messageKey(),
                            reason.arguments())));
        }
        return quarantined;
    }

    @jakarta.inject.Inject
    se.kvalitet.cycles.boundary.Cycles cycles;

    @jakarta.inject.Inject
    se.kvalitet.organizations.boundary.Organizations organizations;

    /**
     * One page of a cycle's applications, filtered and sorted ({@code sortField} one of registrationNumber,
     * status, unitName, administrationName, competitionClassName, award, changedAt, submittedAt; else by id),
     * with unit, administration and class names from their owners.
     */
    public List<ApplicationSummary> cycleApplications(Long cycleId, ApplicationFilter filter, String sortField,
                                                      boolean ascending, int first, int size) {
        var listed = listed(cycleId, filter == null ? ApplicationFilter.none() : filter);
        Comparator<Listed> order = ORDERS.getOrDefault(sortField == null ? "" : sortField, ORDERS.get("id"));
        listed.sort((ascending ? order : order.reversed()).thenComparing(l -> l.summary().id()));
        int from = Math.min(Math.max(0, first), listed.size());
        int to = Math.min(listed.size(), from + Math.max(1, Math.min(size, 500)));
        return listed.subList(from, to).stream().map(Listed::summary).toList();
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
        return listed(cycleId, filter == null ? ApplicationFilter.none() : filter).size();
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

    /** A listed application with what it sorts by that the summary does not carry. */
    private record Listed(ApplicationSummary summary, Integer sequence) {
    }

    /** Names sort as the database's unicode_ci collation did: case and accents aside. */
    private static final Collator NAMES = names();

    private static Collator names() {
        var collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return collator;
    }

    private static <T extends Comparable<? super T>> Comparator<Listed> by(java.util.function.Function<Listed, T> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static Comparator<Listed> byName(java.util.function.Function<ApplicationSummary, String> key) {
        return Comparator.comparing(l -> key.apply(l.summary()), Comparator.nullsFirst(NAMES::compare));
    }

    private static final Map<String, Comparator<Listed>> ORDERS = Map.of(
            "id", by(l -> l.summary().id()),
            "registrationNumber", by(Listed::sequence),
            "status", byName(ApplicationSummary::status),
            "unitName", byName(ApplicationSummary::unitName),
            "administrationName", byName(ApplicationSummary::administrationName),
            "competitionClassName", byName(ApplicationSummary::competitionClassName),
            "award", byName(ApplicationSummary::award),
            "changedAt", by(l -> l.summary().changedAt()),
            "submittedAt", by(l -> l.summary().submittedAt()));

    /** The cycle's applications that pass the filter, with the names from the cycles and organizations boundaries. */
    private List<Listed> listed(Long cycleId, ApplicationFilter f) {
        var terms = cycles.applicationTerms(cycleId).orElse(null);
        if (terms == null) {
            return new ArrayList<>();
        }
        List<Object[]> rows = em.createQuery("select a.id, a.version, a.award, a.competitionClassId, a.unitId, a.status, "
                        + "a.registrationNumber, a.renewal.title, a.changedAt, a.submittedAt, a.sequenceNumber "
                        + "from Application a where a.cycleId = :c", Object[].class)
                .setParameter("c", cycleId).getResultList();
        var units = organizations.unitSummaries(rows.stream().map(r -> (Long) r[4]).distinct().toList());
        var classNames = terms.classNames();
        String unitPart = f.unitName() == null || f.unitName().isBlank() ? null : f.unitName().strip().toLowerCase(Locale.ROOT);
        var listed = new ArrayList<Listed>();
        for (Object[] r : rows) {
            var unit = units.get((Long) r[4]);
            String award = ((Enum<?>) r[2]).name();
            String status = ((ApplicationStatus) r[5]).name();
            Long administrationId = unit == null ? null : unit.administrationId();
            if (f.competitionClassId() != null && !f.competitionClassId().equals(r[3])
                    || f.administrationId() != null && !f.administrationId().equals(administrationId)
                    || f.status() != null && !f.status().isBlank() && !f.status().equals(status)
                    || f.award() != null && !f.award().isBlank() && !f.award().equals(award)
                    || unitPart != null && (unit == null || !unit.name().toLowerCase(Locale.ROOT).contains(unitPart))) {
                continue;
            }
            listed.add(new Listed(new ApplicationSummary((Long) r[0], (Long) r[1], cycleId, terms.year(), terms.name(),
                    award, (Long) r[3], classNames.get((Long) r[3]), (Long) r[4], unit == null ? null : unit.name(),
                    administrationId, unit == null ? null : unit.administrationName(), status, (String) r[6],
                    (String) r[7], (Instant) r[8], (Instant) r[9]), (Integer) r[10]));
        }
        return listed;
    }
}

package se.kvalitet.applications.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.kvalitet.applications.entity.Application;
import se.kvalitet.applications.entity.ApplicationStatus;
import se.kvalitet.organizations.boundary.Organizations;

/**
 * What names an application on another component's record (a consensus sheet, a site visit): its cycle, award,
 * registration number and unit. Never its answers, eligibility or contacts. For server code that has already decided
 * the caller may see that record (the consensus component's {@code TeamAccess}); no role check of its own. Runs in
 * the calling boundary's transaction.
 */
@Dependent
public class ApplicationLabels {

    /** The label of one application; {@code award} is the cycles component's award name. */
    public record Label(Long applicationId, Long cycleId, String award, String registrationNumber, String unitName) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Organizations organizations;

    @Inject
    se.kvalitet.cycles.boundary.Cycles cycles;

    @Inject
    se.kvalitet.people.boundary.PersonNames people;

    /** The preferred languages ("sv", "en") of the application's contact persons; nothing else about them. */
    public List<String> contactLanguages(Long applicationId) {
        var application = applicationId == null ? null : em.find(Application.class, applicationId);
        return application == null ? List.of() : List.copyOf(people.languagesOf(application.getContactIds()).values());
    }

    /** The unit of each of these applications (unknown ids left out). */
    public java.util.Map<Long, Long> unitsOf(java.util.Collection<Long> applicationIds) {
        if (applicationIds == null || applicationIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select a.id, a.unitId from Application a where a.id in :ids", Object[].class)
                .setParameter("ids", applicationIds).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** The ids of the unit's applications, every year's. */
    public List<Long> ofUnit(Long unitId) {
        return unitId == null ? List.of() : em.createQuery("select a.id from Application a where a.unitId = :u", Long.class)
                .setParameter("u", unitId).getResultList();
    }

    /** Which of these applications belong to the cycle. */
    public java.util.Set<Long> inCycle(Long cycleId, java.util.Collection<Long> applicationIds) {
        if (cycleId == null || applicationIds == null || applicationIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(em.createQuery("select a.id from Application a where a.cycleId = :c and a.id in :ids",
                Long.class).setParameter("c", cycleId).setParameter("ids", applicationIds).getResultList());
    }

    /**
     * An application as assignment lists it: registration, unit with its service area, class, award and status.
     * {@code award} and {@code status} are the names of this component's {@code AwardCategory} and
     * {@code ApplicationStatus}.
     */
    public record Row(Long applicationId, Long cycleId, Long categoryId, String registrationNumber, String unitName,
                      String serviceArea, String competitionClassName, String award, String status) {

        public boolean submitted() {
            return ApplicationStatus.SUBMITTED.name().equals(status);
        }
    }

    /** These applications, by registration (sequence number, then id). */
    public List<Row> rows(java.util.Collection<Long> applicationIds) {
        if (applicationIds == null || applicationIds.isEmpty()) {
            return List.of();
        }
        return rows(em.createQuery("select a from Application a where a.id in :ids order by a.sequenceNumber, a.id",
                Application.class).setParameter("ids", applicationIds).getResultList());
    }

    /** The category's submitted applications (status SUBMITTED, not yet further), by registration. */
    public List<Row> submittedIn(Long categoryId) {
        return rows(em.createQuery("select a from Application a where a.categoryId = :c and a.status = :s "
                        + "order by a.sequenceNumber, a.id", Application.class)
                .setParameter("c", categoryId).setParameter("s", ApplicationStatus.SUBMITTED).getResultList());
    }

    private List<Row> rows(List<Application> found) {
        var units = organizations.unitSummaries(found.stream().map(Application::getUnitId).distinct().toList());
        var terms = cycles.applicationTerms(found.stream().map(Application::getCycleId).distinct().toList());
        var classNames = se.kvalitet.cycles.boundary.ApplicationTerms.classNames(terms.values());
        return found.stream().map(a -> {
            var unit = units.get(a.getUnitId());
            return new Row(a.getId(), a.getCycleId(), a.getCategoryId(), a.getRegistrationNumber(),
                    unit == null ? null : unit.name(),
                    unit == null || unit.serviceArea() == null ? null : String.valueOf(unit.serviceArea()),
                    classNames.get(a.getCompetitionClassId()), a.getAward().name(), a.getStatus().name());
        }).toList();
    }

    public Optional<Label> of(Long applicationId) {
        var application = applicationId == null ? null : em.find(Application.class, applicationId);
        if (application == null) {
            return Optional.empty();
        }
        var unit = organizations.unitSummaries(List.of(application.getUnitId())).get(application.getUnitId());
        return Optional.of(new Label(applicationId, application.getCycleId(), application.getAward().name(),
                application.getRegistrationNumber(), unit == null ? null : unit.name()));
    }
}

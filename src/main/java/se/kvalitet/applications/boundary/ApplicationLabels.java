package se.kvalitet.applications.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.kvalitet.applications.entity.Application;
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
    se.kvalitet.people.boundary.PersonNames people;

    /** The preferred languages ("sv", "en") of the application's contact persons; nothing else about them. */
    public List<String> contactLanguages(Long applicationId) {
        var application = applicationId == null ? null : em.find(Application.class, applicationId);
        return application == null ? List.of() : List.copyOf(people.languagesOf(application.getContactIds()).values());
    }

    /** Which of these applications belong to the cycle. */
    public java.util.Set<Long> inCycle(Long cycleId, java.util.Collection<Long> applicationIds) {
        if (cycleId == null || applicationIds == null || applicationIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(em.createQuery("select a.id from Application a where a.cycleId = :c and a.id in :ids",
                Long.class).setParameter("c", cycleId).setParameter("ids", applicationIds).getResultList());
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

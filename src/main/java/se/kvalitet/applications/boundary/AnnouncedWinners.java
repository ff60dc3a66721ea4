package se.kvalitet.applications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import se.kvalitet.applications.entity.Application;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.jury.boundary.JuryDecisions;
import se.kvalitet.organizations.boundary.Organizations;

/**
 * The facts of winning applications that the winners page and the diplomas need: unit, award and class. For
 * anyone, and only for applications the jury has announced as winners (asked of the jury here, whatever the caller
 * passes): a unit's name leaves this component this way only once it has won in public. Whether the page may name
 * the unit is the caller's decision (the unit's consent).
 */
@Stateless
@PermitAll
public class AnnouncedWinners {

    /** One announced winner's application. */
    public record WinnerFacts(Long applicationId, Long cycleId, Long unitId, String unitName, String award,
                              String competitionClassName) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    JuryDecisions juryDecisions;

    @Inject
    Organizations organizations;

    @Inject
    Cycles cycles;

    /** The facts of those of {@code applicationIds} that were announced as winners, by award and class. */
    public List<WinnerFacts> of(Collection<Long> applicationIds) {
        var winners = juryDecisions.announcedWinners(applicationIds);
        if (winners.isEmpty()) {
            return List.of();
        }
        var found = em.createQuery("select a from Application a where a.id in :ids", Application.class)
                .setParameter("ids", winners).getResultList();
        // unit and class names from their owners; the class's place in its cycle's list orders the winners within an award
        var units = organizations.unitSummaries(found.stream().map(Application::getUnitId).distinct().toList());
        var classNames = ApplicationTerms.classNames(cycles.applicationTerms(found.stream().map(Application::getCycleId)
                .distinct().toList()).values());
        var classOrder = new java.util.ArrayList<>(classNames.keySet());
        return found.stream()
                .sorted(Comparator.comparing((Application a) -> a.getAward().name())
                        .thenComparing(a -> classOrder.indexOf(a.getCompetitionClassId()))
                        .thenComparing(Application::getId))
                .map(a -> {
                    var unit = units.get(a.getUnitId());
                    return new WinnerFacts(a.getId(), a.getCycleId(), a.getUnitId(), unit == null ? null : unit.name(),
                            a.getAward().name(), classNames.get(a.getCompetitionClassId()));
                }).toList();
    }
}

package se.kvalitet.applications.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.applications.control.Eligibility;
import se.kvalitet.applications.control.Quarantine;
import se.kvalitet.applications.entity.Application;
import se.kvalitet.applications.entity.ApplicationStatus;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.jury.boundary.JuryDecisions;

/**
 * The units' wins as the system recorded them: their submitted applications of earlier years (this component's
 * table, with the year and class names asked of the cycles component) that the jury announced as
 * winners, asked of the jury through its narrow {@link JuryDecisions#announcedWinners}. Feeds {@link Quarantine}.
 */
@Dependent
public class WinRecord {

    @PersistenceContext
    EntityManager em;

    @Inject
    JuryDecisions juryDecisions;

    @Inject
    Cycles cycles;

    /** The recorded quarantine of one unit applying in {@code cycleYear} for {@code award}, if any. */
    Optional<Eligibility.Reason> quarantine(Long unitId, String award, int cycleYear, int quarantineYears) {
        return Quarantine.fromRecord(cycleYear, quarantineYears, award,
                winsOf(List.of(unitId), cycleYear, quarantineYears).getOrDefault(unitId, List.of()));
    }

    /** Per unit its announced wins in the {@code quarantineYears} before {@code cycleYear}. */
    Map<Long, List<Quarantine.Win>> winsOf(Collection<Long> unitIds, int cycleYear, int quarantineYears) {
        var wins = new HashMap<Long, List<Quarantine.Win>>();
        if (unitIds.isEmpty() || quarantineYears <= 0) {
            return wins;
        }
        var submitted = em.createQuery("select a from Application a where a.unitId in :units and a.status not in :unsent",
                        Application.class).setParameter("units", unitIds)
                .setParameter("unsent", List.of(ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN)).getResultList();
        // years and class names from the cycles component; only the years the quarantine looks back on count
        var terms = cycles.applicationTerms(submitted.stream().map(Application::getCycleId).distinct().toList());
        var classNames = ApplicationTerms.classNames(terms.values());
        var inWindow = submitted.stream().filter(a -> {
            var t = terms.get(a.getCycleId());
            return t != null && t.year() < cycleYear && t.year() >= cycleYear - quarantineYears;
        }).toList();
        if (inWindow.isEmpty()) {
            return wins;
        }
        var winners = juryDecisions.announcedWinners(inWindow.stream().map(Application::getId).toList());
        for (var a : inWindow) {
            if (winners.contains(a.getId())) {
                wins.computeIfAbsent(a.getUnitId(), u -> new ArrayList<>()).add(new Quarantine.Win(
                        terms.get(a.getCycleId()).year(), a.getAward().name(), classNames.get(a.getCompetitionClassId())));
            }
        }
        return wins;
    }
}

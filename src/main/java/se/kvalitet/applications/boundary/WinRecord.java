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
import se.kvalitet.jury.boundary.JuryDecisions;
import se.kvalitet.platform.persistence.Rows;

/**
 * The units' wins as the system recorded them: their submitted applications of earlier years (this component's
 * table, with the year and class names as {@link ApplicationRegister} reads them) that the jury announced as
 * winners, asked of the jury through its narrow {@link JuryDecisions#announcedWinners}. Feeds {@link Quarantine}.
 */
@Dependent
public class WinRecord {

    @PersistenceContext
    EntityManager em;

    @Inject
    JuryDecisions juryDecisions;

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
        String marks = String.join(",", java.util.Collections.nCopies(unitIds.size(), "?"));
        var query = em.createNativeQuery("select a.id, a.unit_id, c.cycle_year, a.award, cc.name from application a "
                + "join award_cycle c on c.id = a.cycle_id left join competition_class cc on cc.id = a.competition_class_id "
                + "where a.unit_id in (" + marks + ") and c.cycle_year < ? and c.cycle_year >= ? "
                + "and a.status not in ('DRAFT', 'WITHDRAWN')");
        int i = 1;
        for (Long unitId : unitIds) {
            query.setParameter(i++, unitId);
        }
        query.setParameter(i++, cycleYear).setParameter(i, cycleYear - quarantineYears);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return wins;
        }
        var winners = juryDecisions.announcedWinners(rows.stream().map(r -> Rows.id(r[0])).toList());
        for (Object[] r : rows) {
            if (winners.contains(Rows.id(r[0]))) {
                wins.computeIfAbsent(Rows.id(r[1]), u -> new ArrayList<>()).add(new Quarantine.Win(
                        ((Number) r[2]).intValue(), String.valueOf(r[3]), r[4] == null ? null : r[4].toString()));
            }
        }
        return wins;
    }
}

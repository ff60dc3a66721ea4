package se.kvalitet.applications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import se.kvalitet.jury.boundary.JuryDecisions;
import se.kvalitet.platform.persistence.Rows;

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

    /** The facts of those of {@code applicationIds} that were announced as winners, by award and class. */
    public List<WinnerFacts> of(Collection<Long> applicationIds) {
        var winners = juryDecisions.announcedWinners(applicationIds);
        if (winners.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.cycle_id, a.unit_id, u.name, a.award, cc.name "
                + "from application a join unit u on u.id = a.unit_id "
                + "left join competition_class cc on cc.id = a.competition_class_id where a.id in ("
                + Rows.idList(winners) + ") order by a.award, cc.position, cc.name, a.id").getResultList();
        return rows.stream().map(r -> new WinnerFacts(Rows.id(r[0]), Rows.id(r[1]), Rows.id(r[2]), (String) r[3],
                (String) r[4], (String) r[5])).toList();
    }
}

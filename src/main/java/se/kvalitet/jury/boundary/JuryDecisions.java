package se.kvalitet.jury.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.kvalitet.platform.persistence.Rows;

/**
 * Announced jury decisions for other components. Only announced decisions leave the jury: before the
 * announcement a decision is the jury's own working material.
 */
@Stateless
public class JuryDecisions {

    @PersistenceContext
    EntityManager em;

    /** The announced decision on one application, if there is one. */
    public Optional<AnnouncedDecision> announced(long applicationId) {
        return read("where application_id = ?1", applicationId).stream().findFirst();
    }

    /** Every announced decision of a cycle. */
    public List<AnnouncedDecision> announcedIn(long cycleId) {
        return read("where cycle_id = ?1", cycleId);
    }

    /**
     * Which of the given applications the jury announced as winners: all the applications component needs to check a
     * unit's quarantine after a win against the record (nothing of the motivation or the undecided).
     */
    public java.util.Set<Long> announcedWinners(java.util.Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return java.util.Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select application_id from jury_decision where outcome = 'WINNER'"
                + " and announced_at is not null and application_id in (" + Rows.idList(applicationIds) + ")")
                .getResultList();
        return rows.stream().map(Rows::id).collect(java.util.stream.Collectors.toSet());
    }

    private List<AnnouncedDecision> read(String where, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select application_id, cycle_id, outcome, motivation, announced_at"
                + " from jury_decision " + where + " and announced_at is not null order by application_id")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new AnnouncedDecision(Rows.id(r[0]), Rows.id(r[1]),
                (String) r[2], (String) r[3], Rows.instant(r[4]))).toList();
    }
}

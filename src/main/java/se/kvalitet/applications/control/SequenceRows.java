package se.kvalitet.applications.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.kvalitet.applications.entity.RegistrationSequence;

/**
 * Makes sure a cycle has its registration-sequence row, in a transaction of its own, so the submitting
 * transaction only ever locks an existing row. Two callers racing to create it are harmless: the loser's
 * insert fails on the primary key and the row exists either way.
 */
@Stateless
@PermitAll
public class SequenceRows {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(Long cycleId) {
        if (em.find(RegistrationSequence.class, cycleId) == null) {
            em.persist(new RegistrationSequence(cycleId));
            em.flush();
        }
    }
}

package se.kvalitet.platform.events;

import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.annotation.Resource;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Records domain events in the caller's transaction, so an event exists exactly when its change does.
 * The actor is the signed-in caller (or "system" for start-up work).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DomainEvents {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public DomainEvent record(String eventType, String aggregateType, Long aggregateId, String details) {
        var principal = session.getCallerPrincipal();
        String actor = principal == null || "ANONYMOUS".equals(principal.getName()) ? "system" : principal.getName();
        var event = new DomainEvent(Clock.systemUTC().instant(), eventType, aggregateType, aggregateId, actor, details);
        em.persist(event);
        return event;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DomainEvent> of(String aggregateType, Long aggregateId) {
        return em.createQuery("select e from DomainEvent e where e.aggregateType = :t and e.aggregateId = :id order by e.id",
                        DomainEvent.class)
                .setParameter("t", aggregateType).setParameter("id", aggregateId).getResultList();
    }
}

package se.kvalitet.jury.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.jury.control.BlindCode;
import se.kvalitet.jury.entity.JuryBlindCode;
import se.kvalitet.platform.security.Role;

/**
 * The applications' random codes per cycle (the neutral labels of blind mode). A code is drawn the first time the
 * jury's board of the cycle is put together and kept for good. Drawing runs in a transaction of its own, so two
 * jurors' pages opening at once cannot give an application two codes: the second insert breaks the unique key, and
 * the loser reads the winner's codes in a fresh transaction.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
public class BlindCodes {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The codes of the cycle's applications given, drawing those still missing. */
    public Map<Long, String> of(Long cycleId, Collection<Long> applicationIds) {
        var codes = stored(cycleId);
        if (codes.keySet().containsAll(applicationIds)) {
            return codes;
        }
        var self = session.getBusinessObject(BlindCodes.class);
        try {
            return self.draw(cycleId, applicationIds);
        } catch (EJBException concurrent) {
            return self.draw(cycleId, applicationIds);
        }
    }

    /** The application of the cycle with the code, if any. */
    public Optional<Long> application(Long cycleId, String code) {
        if (!BlindCode.isCode(code)) {
            return Optional.empty();
        }
        return em.createQuery("select b.applicationId from JuryBlindCode b where b.cycleId = :c and b.code = :code",
                Long.class).setParameter("c", cycleId).setParameter("code", code).getResultStream().findFirst();
    }

    /** The application with the code in any cycle (codes are unique per cycle; a clash across cycles is refused). */
    public Optional<Long> application(String code) {
        if (!BlindCode.isCode(code)) {
            return Optional.empty();
        }
        var found = em.createQuery("select b.applicationId from JuryBlindCode b where b.code = :code", Long.class)
                .setParameter("code", code).getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<Long, String> draw(Long cycleId, Collection<Long> applicationIds) {
        var codes = stored(cycleId);
        for (Long id : applicationIds) {
            if (!codes.containsKey(id)) {
                String code = BlindCode.draw(codes.values());
                em.persist(new JuryBlindCode(id, cycleId, code));
                codes.put(id, code);
            }
        }
        em.flush();
        return codes;
    }

    private Map<Long, String> stored(Long cycleId) {
        var codes = new HashMap<Long, String>();
        em.createQuery("select b from JuryBlindCode b where b.cycleId = :c", JuryBlindCode.class)
                .setParameter("c", cycleId).getResultList().forEach(b -> codes.put(b.getApplicationId(), b.getCode()));
        return codes;
    }
}

package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/** Test-only: moves a token's expiry into the past (nobody waits days for a token to expire). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TokenClock {

    @PersistenceContext
    EntityManager em;

    public void expire(Long tokenId) {
        em.createNativeQuery("update api_token set expires_at = ? where id = ?")
                .setParameter(1, Timestamp.from(Instant.now().minusSeconds(60))).setParameter(2, tokenId).executeUpdate();
    }
}

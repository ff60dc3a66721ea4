package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Test-only: the few records of the authorization matrix's scenario that no route can make in its state. An
 * attachment on an application that was submitted without one (uploads take drafts only, and the shared
 * scenarios submit at once), written as the applications component's table has it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MatrixRecords {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext
    EntityManager em;

    /** Attaches a small PDF to the application; returns the attachment's id. */
    public Long attach(Long applicationId) {
        em.createNativeQuery("insert into attachment (application_id, file_name, content_type, size_bytes, sha256, "
                        + "content, uploaded_at, uploaded_by, version) values (?1, 'Verksamhetsplan.pdf', "
                        + "'application/pdf', ?2, ?3, ?4, ?5, 'matris@kvalitet.test', 0)")
                .setParameter(1, applicationId).setParameter(2, PDF.length)
                .setParameter(3, "0".repeat(64)).setParameter(4, PDF)
                .setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
        return ((Number) em.createNativeQuery("select max(id) from attachment where application_id = ?1")
                .setParameter(1, applicationId).getSingleResult()).longValue();
    }
}

package se.kvalitet.renewal.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A juror's scoring of one renewal-prize entry. {@code status} NOT_STARTED (version 0, before the first save),
 * DRAFT or SUBMITTED; {@code version} goes back with the next change as {@code expectedVersion}.
 */
@Schema(name = "JurorSheet")
public record JurorSheet(Long id, long version, Long applicationId, Long jurorId, String jurorName, String status,
                         List<CriterionValue> scores, BigDecimal total, Instant submittedAt) implements Serializable {

    /** The same sheet without the entry's id (blind jury mode). */
    public JurorSheet withoutApplicationId() {
        return new JurorSheet(id, version, null, jurorId, jurorName, status, scores, total, submittedAt);
    }

    public boolean isSubmitted() {
        return "SUBMITTED".equals(status);
    }
}

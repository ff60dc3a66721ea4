package se.kvalitet.scoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the examiner's own list: an application of one of their teams and where their assessment of it
 * stands (NOT_STARTED, DRAFT, SUBMITTED, LOCKED); {@code confirmed} false means they must confirm having no
 * conflict before they can read and score it.
 */
public record MyAssessment(Long applicationId, String registrationNumber, String unitName, boolean leader,
                           boolean confirmed, LocalDate deadline, String status, Instant submittedAt)
        implements Serializable {

    public boolean submitted() {
        return "SUBMITTED".equals(status) || "LOCKED".equals(status) && submittedAt != null;
    }
}

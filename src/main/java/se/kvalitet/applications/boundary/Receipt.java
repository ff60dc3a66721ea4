package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The proof of a submission: registration number, time, cycle and unit; eligible-to-win warnings if any. */
public record Receipt(Long applicationId, String registrationNumber, Instant submittedAt, Long cycleId, int cycleYear,
                      String cycleName, String award, Long unitId, String unitName, List<Notice> warnings)
        implements Serializable {
}

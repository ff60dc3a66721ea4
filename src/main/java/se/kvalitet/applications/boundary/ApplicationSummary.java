package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An application in a list: the unit's own over the years, or all of a cycle for administrators. */
public record ApplicationSummary(Long id, long version, Long cycleId, int cycleYear, String cycleName, String award,
                                 Long competitionClassId, String competitionClassName, Long unitId, String unitName,
                                 Long administrationId, String administrationName, String status,
                                 String registrationNumber, String title, Instant changedAt, Instant submittedAt)
        implements Serializable {
}

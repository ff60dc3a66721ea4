package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.time.Instant;
import se.kvalitet.applications.entity.ApplicationStatus;
import se.kvalitet.applications.entity.AwardCategory;

/** An application in a list: the unit's own over the years, or all of a cycle for administrators. */
public record ApplicationSummary(Long id, long version, Long cycleId, int cycleYear, String cycleName, String award,
                                 Long competitionClassId, String competitionClassName, Long unitId, String unitName,
                                 Long administrationId, String administrationName, String status,
                                 String registrationNumber, String title, Instant changedAt, Instant submittedAt)
        implements Serializable {

    /**
     * Whether it competes (submitted, and neither a draft nor withdrawn): asked of this record, so other components
     * do not compare the status names themselves.
     */
    public boolean competing() {
        return !ApplicationStatus.DRAFT.name().equals(status) && !ApplicationStatus.WITHDRAWN.name().equals(status);
    }

    public boolean renewalPrize() {
        return AwardCategory.RENEWAL_PRIZE.name().equals(award);
    }
}

package se.kvalitet.jury.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An announced decision on one of the applicant's unit's applications. */
public record MyDecision(long applicationId, int cycleYear, String cycleName, String award, String className,
                         String registrationNumber, String outcome, String motivation, Instant announcedAt)
        implements Serializable {
}

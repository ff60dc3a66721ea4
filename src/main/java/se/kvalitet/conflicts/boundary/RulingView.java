package se.kvalitet.conflicts.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An administrator's ruling on a (person, application) pair. */
public record RulingView(Long id, Long cycleId, Long personId, Long applicationId, String kind, String reason,
                         Instant decidedAt, String decidedBy, Instant revokedAt, String revokedBy, long version)
        implements Serializable {
}

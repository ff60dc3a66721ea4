package se.kvalitet.conflicts.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a person declares: in which capacity (EXAMINER or JUROR), exactly one target (a unit, an
 * administration or one application), a declared reason (a {@code ConflictReason} that is not automatic), an
 * explanation (required for OTHER) and, for a former employment, when it ended.
 */
public record Declaration(String actingAs, Long unitId, Long administrationId, Long applicationId, String reason,
                          String explanation, LocalDate endedOn) implements Serializable {
}

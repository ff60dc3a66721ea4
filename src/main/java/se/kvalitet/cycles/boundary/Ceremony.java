package se.kvalitet.cycles.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cycle's award ceremony: day and place (either may be unset), whether it is locked (the cycle has moved past
 * the announcement: only a correction with a reason changes it) and the cycle's version for the next change.
 */
@Schema(name = "Ceremony")
public record Ceremony(Long cycleId, LocalDate on, String place, boolean locked, long cycleVersion)
        implements Serializable {
}

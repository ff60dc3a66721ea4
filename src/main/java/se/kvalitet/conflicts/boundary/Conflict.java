package se.kvalitet.conflicts.boundary;

import java.util.List;
import se.kvalitet.conflicts.entity.ConflictReason;
import se.kvalitet.conflicts.entity.RulingKind;

/**
 * A person's conflict of interest with one application: every reason found (automatic and declared) and the
 * administrator's ruling in force, if any.
 *
 * @param ruling null while no waiver or dismissal is in force; then the conflict blocks
 */
public record Conflict(long personId, long applicationId, List<ConflictReason> reasons, RulingKind ruling) {

    public Conflict {
        reasons = List.copyOf(reasons);
    }

    /** Whether the pair must not be assigned (and the application's content stays closed to the person). */
    public boolean blocks() {
        return ruling == null;
    }
}

package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * The later deadline an administrator granted one application: until when, why, by whom and when, and whether
 * the unit has used it (written after the cycle's deadline; then it can no longer be revoked).
 */
public record ExtensionView(Instant until, String reason, String grantedBy, Instant grantedAt, Instant usedAt)
        implements Serializable {

    public boolean used() {
        return usedAt != null;
    }
}

package se.kvalitet.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A later deadline for this one application, granted by an administrator for a recorded reason. Its rules
 * (limits, revocable while unused) are in {@code applications.control.ExtensionRules}; this is what is kept.
 */
@Embeddable
public class DeadlineExtension {

    @Column(name = "extended_until")
    private Instant until;
    @Column(name = "extension_reason")
    private String reason;
    @Column(name = "extension_granted_by")
    private String grantedBy;
    @Column(name = "extension_granted_at")
    private Instant grantedAt;
    @Column(name = "extension_used_at")
    private Instant usedAt;

    protected DeadlineExtension() {
    }

    DeadlineExtension(Instant until, String reason, String grantedBy, Instant grantedAt, Instant usedAt) {
        this.until = until;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.usedAt = usedAt;
    }

    public Instant getUntil() { return until; }
    public String getReason() { return reason; }
    public String getGrantedBy() { return grantedBy; }
    public Instant getGrantedAt() { return grantedAt; }
    public Instant getUsedAt() { return usedAt; }
    public boolean isUsed() { return usedAt != null; }
}

package se.kvalitet.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** An administrator sent a submitted application back to draft, for the recorded reason. */
@Embeddable
public class Reopening {

    private String reason;
    @Column(name = "reopened_by")
    private String reopenedBy;
    @Column(name = "reopened_at")
    private Instant reopenedAt;

    protected Reopening() {
    }

    Reopening(String reason, String reopenedBy, Instant reopenedAt) {
        this.reason = reason;
        this.reopenedBy = reopenedBy;
        this.reopenedAt = reopenedAt;
    }

    public String getReason() { return reason; }
    public String getReopenedBy() { return reopenedBy; }
    public Instant getReopenedAt() { return reopenedAt; }
}

package se.kvalitet.conflicts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * An administrator's ruling that a (person, application) pair may be assigned despite a conflict: a waiver
 * (the conflict is real but acceptable, e.g. a very large administration) or a dismissal (it is not a
 * conflict). A reason is required. Revoking keeps the row, so the record shows who allowed what and when.
 */
@Entity
@Table(name = "conflict_ruling")
public class ConflictRuling {

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private RulingKind kind;

    private String reason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Version
    private long version;

    protected ConflictRuling() {
    }

    public ConflictRuling(Long cycleId, Long personId, Long applicationId, RulingKind kind, String reason,
                          String decidedBy, Instant now) {
        if (kind == null) {
            throw new RuleViolation("conflicts.ruling.kindRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("conflicts.ruling.reasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            throw new RuleViolation("conflicts.ruling.reasonTooLong", MAX_REASON);
        }
        this.cycleId = cycleId;
        this.personId = personId;
        this.applicationId = applicationId;
        this.kind = kind;
        this.reason = reason.strip();
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    public boolean inForce() {
        return revokedAt == null;
    }

    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new RuleViolation("conflicts.ruling.alreadyRevoked");
        }
        revokedAt = now;
        revokedBy = by;
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getPersonId() { return personId; }
    public Long getApplicationId() { return applicationId; }
    public RulingKind getKind() { return kind; }
    public String getReason() { return reason; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public long getVersion() { return version; }
}

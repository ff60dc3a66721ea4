package se.kvalitet.examples.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * A unit's own follow-up of one improvement area (a criterion of an earlier application): what the unit did
 * and whether it considers the area addressed. Written by the unit's own people.
 */
@Entity
@Table(name = "unit_follow_up")
public class FollowUp {

    static final int MAX_NOTE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "criterion_code", nullable = false, updatable = false)
    private String criterionCode;

    private String note;

    @Column(nullable = false)
    private boolean addressed;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private long version;

    protected FollowUp() {
    }

    public FollowUp(Long unitId, Long applicationId, String criterionCode) {
        this.unitId = unitId;
        this.applicationId = applicationId;
        this.criterionCode = criterionCode;
    }

    public void record(String note, boolean addressed, Instant now, String actor) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new RuleViolation("examples.followUp.tooLong", MAX_NOTE);
        }
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.addressed = addressed;
        this.changedAt = now;
        this.changedBy = actor;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public Long getApplicationId() { return applicationId; }
    public String getCriterionCode() { return criterionCode; }
    public String getNote() { return note; }
    public boolean isAddressed() { return addressed; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public long getVersion() { return version; }
}

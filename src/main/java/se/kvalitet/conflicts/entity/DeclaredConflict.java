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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * A conflict a person declares for a cycle, with exactly one of: a unit, an administration, or one
 * application. Withdrawing keeps the row (the declaration was made and may matter later); a withdrawn
 * declaration no longer blocks.
 */
@Entity
@Table(name = "declared_conflict")
public class DeclaredConflict {

    public static final int MAX_EXPLANATION = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "acting_as")
    private ActingAs actingAs;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "administration_id")
    private Long administrationId;

    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private ConflictReason reason;

    @Size(max = MAX_EXPLANATION)
    private String explanation;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "declared_by")
    private String declaredBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected DeclaredConflict() {
    }

    /**
     * A declaration. Exactly one target; a declared reason (the automatic ones are not declared); a former
     * employment needs its end date (or none while it lasts: then it is the own unit, still declared).
     */
    public DeclaredConflict(Long cycleId, Long personId, ActingAs actingAs, Long unitId, Long administrationId,
                            Long applicationId, ConflictReason reason, String explanation, LocalDate endedOn,
                            String declaredBy, Instant now) {
        int targets = (unitId == null ? 0 : 1) + (administrationId == null ? 0 : 1) + (applicationId == null ? 0 : 1);
        if (targets != 1) {
            throw new RuleViolation("conflicts.declare.oneTarget");
        }
        if (actingAs == null) {
            throw new RuleViolation("conflicts.declare.actingAsRequired");
        }
        if (reason == null) {
            throw new RuleViolation("conflicts.declare.reasonRequired");
        }
        if (explanation != null && explanation.length() > MAX_EXPLANATION) {
            throw new RuleViolation("conflicts.declare.explanationTooLong", MAX_EXPLANATION);
        }
        if (reason == ConflictReason.OTHER && (explanation == null || explanation.isBlank())) {
            throw new RuleViolation("conflicts.declare.explainOther");
        }
        this.cycleId = cycleId;
        this.personId = personId;
        this.actingAs = actingAs;
        this.unitId = unitId;
        this.administrationId = administrationId;
        this.applicationId = applicationId;
        this.reason = reason;
        this.explanation = explanation == null || explanation.isBlank() ? null : explanation.strip();
        this.endedOn = endedOn;
        this.declaredBy = declaredBy;
        this.declaredAt = now;
    }

    /**
     * Whether the declaration blocks in a cycle of the given year: not withdrawn, and a former employment only
     * while it ended within the look-back.
     */
    public boolean blocks(int cycleYear, int lookbackYears) {
        return withdrawnAt == null && stillCounts(reason, endedOn, cycleYear, lookbackYears);
    }

    /** A former employment counts while it ended within the look-back (or has no end date); other reasons always. */
    public static boolean stillCounts(ConflictReason reason, LocalDate endedOn, int cycleYear, int lookbackYears) {
        return reason != ConflictReason.FORMER_EMPLOYMENT || endedOn == null
                || endedOn.getYear() >= cycleYear - lookbackYears;
    }

    public void withdraw(Instant now) {
        if (withdrawnAt != null) {
            throw new RuleViolation("conflicts.declare.alreadyWithdrawn");
        }
        withdrawnAt = now;
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getPersonId() { return personId; }
    public ActingAs getActingAs() { return actingAs; }
    public Long getUnitId() { return unitId; }
    public Long getAdministrationId() { return administrationId; }
    public Long getApplicationId() { return applicationId; }
    public ConflictReason getReason() { return reason; }
    public String getExplanation() { return explanation; }
    public LocalDate getEndedOn() { return endedOn; }
    public Instant getDeclaredAt() { return declaredAt; }
    public String getDeclaredBy() { return declaredBy; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public long getVersion() { return version; }
}

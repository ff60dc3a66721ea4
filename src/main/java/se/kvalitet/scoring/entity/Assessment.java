package se.kvalitet.scoring.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * One examiner's individual assessment of one application, on the model the application was written against.
 * A draft may change freely; submitting freezes it; locking (consensus opened) keeps it on record read-only.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "examiner_id")
    private Long examinerId;

    @Column(name = "model_id")
    private Long modelId;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CriterionScore> scores = new ArrayList<>();

    @Version
    private long version;

    protected Assessment() {
    }

    public Assessment(Long cycleId, Long applicationId, Long examinerId, Long modelId, Instant now) {
        this.cycleId = cycleId;
        this.applicationId = applicationId;
        this.examinerId = examinerId;
        this.modelId = modelId;
        this.status = AssessmentStatus.DRAFT;
        this.createdAt = seconds(now);
        this.changedAt = this.createdAt;
    }

    /** Writes one criterion (a draft only). */
    public void record(ScoreEntry entry, Instant now) {
        requireDraft();
        var score = score(entry.criterionCode()).orElseGet(() -> {
            var added = new CriterionScore(this, entry.criterionId(), entry.criterionCode());
            scores.add(added);
            return added;
        });
        score.set(entry);
        changedAt = seconds(now);
    }

    /** Submits the draft; the caller has checked completeness against the model first. */
    public void submit(Instant now) {
        requireDraft();
        status = AssessmentStatus.SUBMITTED;
        submittedAt = seconds(now);
        changedAt = submittedAt;
    }

    /** Consensus opened: read-only from now on, kept as it is. Locking twice changes nothing. */
    public void lock(Instant now) {
        if (status == AssessmentStatus.LOCKED) {
            return;
        }
        status = AssessmentStatus.LOCKED;
        lockedAt = seconds(now);
        changedAt = lockedAt;
    }

    /** Refuses a change to anything but a draft, saying why in the examiner's terms. */
    public void requireDraft() {
        if (status == AssessmentStatus.SUBMITTED) {
            throw new RuleViolation("scoring.assessment.submitted");
        }
        if (status == AssessmentStatus.LOCKED) {
            throw new RuleViolation("scoring.assessment.locked");
        }
    }

    public void requireVersion(long expected) {
        if (expected != version) {
            throw new RuleViolation("scoring.conflict.stale");
        }
    }

    /** Submitted, whether or not it was locked afterwards; a draft locked unsubmitted never was. */
    public boolean wasSubmitted() {
        return submittedAt != null;
    }

    public Optional<CriterionScore> score(String criterionCode) {
        return scores.stream().filter(s -> s.getCriterionCode().equals(criterionCode)).findFirst();
    }

    /** The sum of the points given so far, to one decimal (a sum of doubles would show 71.80000000000001). */
    public double totalPoints() {
        return scores.stream().map(CriterionScore::getPoints).filter(p -> p != null)
                .map(java.math.BigDecimal::valueOf).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                .setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static Instant seconds(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS);
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getApplicationId() { return applicationId; }
    public Long getExaminerId() { return examinerId; }
    public Long getModelId() { return modelId; }
    public AssessmentStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getChangedAt() { return changedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getLockedAt() { return lockedAt; }
    public List<CriterionScore> getScores() { return Collections.unmodifiableList(scores); }
    public long getVersion() { return version; }
}

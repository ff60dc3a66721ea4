package se.kvalitet.renewal.entity;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * One jury member's scoring of one renewal-prize entry, on the model of the prize in that cycle: a value and a
 * short justification per criterion. A draft may change freely; submitting freezes it.
 */
@Entity
@Table(name = "juror_score")
public class JurorScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "juror_id")
    private Long jurorId;

    @Column(name = "model_id")
    private Long modelId;

    @Enumerated(EnumType.STRING)
    private JurorScoreStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @OneToMany(mappedBy = "jurorScore", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<JurorCriterionScore> scores = new ArrayList<>();

    @Version
    private long version;

    protected JurorScore() {
    }

    public JurorScore(Long cycleId, Long applicationId, Long jurorId, Long modelId, Instant now) {
        this.cycleId = cycleId;
        this.applicationId = applicationId;
        this.jurorId = jurorId;
        this.modelId = modelId;
        this.status = JurorScoreStatus.DRAFT;
        this.createdAt = seconds(now);
        this.changedAt = this.createdAt;
    }

    /** Writes one criterion (a draft only). */
    public void record(Long criterionId, String criterionCode, Integer value, Double points, String justification,
                       Instant now) {
        requireDraft();
        var score = score(criterionCode).orElseGet(() -> {
            var added = new JurorCriterionScore(this, criterionId, criterionCode);
            scores.add(added);
            return added;
        });
        score.set(value, points, justification);
        changedAt = seconds(now);
    }

    /** Submits the draft; the caller has checked completeness against the model first. */
    public void submit(Instant now) {
        requireDraft();
        status = JurorScoreStatus.SUBMITTED;
        submittedAt = seconds(now);
        changedAt = submittedAt;
    }

    public void requireDraft() {
        if (status == JurorScoreStatus.SUBMITTED) {
            throw new RuleViolation("renewal.score.submitted");
        }
    }

    public void requireVersion(long expected) {
        if (expected != version) {
            throw new RuleViolation("renewal.score.stale");
        }
    }

    public boolean isSubmitted() {
        return status == JurorScoreStatus.SUBMITTED;
    }

    public Optional<JurorCriterionScore> score(String criterionCode) {
        return scores.stream().filter(s -> s.getCriterionCode().equals(criterionCode)).findFirst();
    }

    /** The sum of the points given so far, to one decimal. */
    public BigDecimal totalPoints() {
        return scores.stream().map(JurorCriterionScore::getPoints).filter(p -> p != null).map(BigDecimal::valueOf)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
    }

    private static Instant seconds(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS);
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getApplicationId() { return applicationId; }
    public Long getJurorId() { return jurorId; }
    public Long getModelId() { return modelId; }
    public JurorScoreStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getChangedAt() { return changedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public List<JurorCriterionScore> getScores() { return Collections.unmodifiableList(scores); }
    public long getVersion() { return version; }
}

package se.kvalitet.jury.entity;

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
 * The jury's decision on one application: the outcome and its publishable motivation. It may be changed until
 * the cycle's decisions are announced; from then on it is locked for good.
 */
@Entity
@Table(name = "jury_decision")
public class JuryDecision {

    /** The longest motivation: it is published beside the winner, so it stays a paragraph or two. */
    public static final int MOTIVATION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column
    private String motivation;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "announced_at")
    private Instant announcedAt;

    @Version
    private long version;

    protected JuryDecision() {
    }

    public static JuryDecision decide(Long applicationId, Long cycleId, Outcome outcome, String motivation,
                                      Instant now, String actor) {
        var decision = new JuryDecision();
        decision.applicationId = applicationId;
        decision.cycleId = cycleId;
        decision.record(outcome, motivation, now, actor);
        return decision;
    }

    /** Changes the decision; refused once announced, and without a motivation where one is needed. */
    public void change(Outcome outcome, String motivation, Instant now, String actor) {
        requireOpen();
        record(outcome, motivation, now, actor);
    }

    /** Announces the decision: from now on it is public and locked. */
    public void announce(Instant now) {
        requireOpen();
        announcedAt = now;
    }

    public void requireOpen() {
        if (announcedAt != null) {
            throw new RuleViolation("jury.decision.locked");
        }
    }

    private void record(Outcome outcome, String motivation, Instant now, String actor) {
        if (outcome == null) {
            throw new RuleViolation("jury.decision.outcomeRequired");
        }
        String text = motivation == null || motivation.isBlank() ? null : motivation.strip();
        if (outcome.needsMotivation() && text == null) {
            throw new RuleViolation("jury.decision.motivationRequired");
        }
        if (text != null && text.length() > MOTIVATION_MAX) {
            throw new RuleViolation("jury.decision.motivationTooLong", MOTIVATION_MAX);
        }
        this.outcome = outcome;
        this.motivation = text;
        this.decidedAt = now;
        this.decidedBy = actor;
    }

    public boolean announced() { return announcedAt != null; }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Long getCycleId() { return cycleId; }
    public Outcome getOutcome() { return outcome; }
    public String getMotivation() { return motivation; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getAnnouncedAt() { return announcedAt; }
    public long getVersion() { return version; }
}

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

/** One juror's vote on one application. Recused jurors never have one (the boundary refuses them). */
@Entity
@Table(name = "jury_vote")
public class JuryVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    @Version
    private long version;

    protected JuryVote() {
    }

    public JuryVote(Long applicationId, Long cycleId, Long personId, Outcome outcome, Instant now) {
        this.applicationId = applicationId;
        this.cycleId = cycleId;
        this.personId = personId;
        change(outcome, now);
    }

    public void change(Outcome outcome, Instant now) {
        this.outcome = outcome;
        this.votedAt = now;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Long getCycleId() { return cycleId; }
    public Long getPersonId() { return personId; }
    public Outcome getOutcome() { return outcome; }
    public Instant getVotedAt() { return votedAt; }
    public long getVersion() { return version; }
}

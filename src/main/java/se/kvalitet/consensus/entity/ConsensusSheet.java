package se.kvalitet.consensus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The team's consensus on one application: one agreed score per criterion, the key themes, the recommendation
 * and the members' sign-offs. The sheet's own version guards the themes and the recommendation; each score row
 * has its own, so members editing different criteria at the same time do not refuse each other.
 */
@Entity
@Table(name = "consensus")
public class ConsensusSheet {

    public static final int MAX_LEVEL_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "model_id")
    private Long modelId;

    @Enumerated(EnumType.STRING)
    private ConsensusStatus status;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "opened_by")
    private Long openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "key_strengths")
    private String keyStrengths;

    @Column(name = "key_improvements")
    private String keyImprovements;

    @Column(name = "site_visit_recommended")
    private Boolean siteVisitRecommended;

    @Column(name = "proposed_level")
    private String proposedLevel;

    @OneToMany(mappedBy = "sheet")
    @OrderBy("position")
    private List<ConsensusScore> scores = new ArrayList<>();

    @Version
    private long version;

    protected ConsensusSheet() {
    }

    public ConsensusSheet(Long cycleId, Long applicationId, Long modelId, Long openedBy, Instant now) {
        this.cycleId = cycleId;
        this.applicationId = applicationId;
        this.modelId = modelId;
        this.openedBy = openedBy;
        this.openedAt = now.truncatedTo(ChronoUnit.SECONDS);
        this.status = ConsensusStatus.OPEN;
    }

    public void requireOpen() {
        if (status != ConsensusStatus.OPEN) {
            throw new RuleViolation("consensus.closed");
        }
    }

    public void changeThemes(List<String> strengths, List<String> improvements) {
        requireOpen();
        keyStrengths = KeyThemes.join(KeyThemes.clean(strengths));
        keyImprovements = KeyThemes.join(KeyThemes.clean(improvements));
    }

    public void recommend(Boolean siteVisit, String level) {
        requireOpen();
        String trimmed = level == null || level.isBlank() ? null : level.trim();
        if (trimmed != null && trimmed.length() > MAX_LEVEL_LENGTH) {
            throw new RuleViolation("consensus.level.tooLong", MAX_LEVEL_LENGTH);
        }
        siteVisitRecommended = siteVisit;
        proposedLevel = trimmed;
    }

    public Signoff signOff(Long personId, Instant now) {
        requireOpen();
        return new Signoff(id, personId, now);
    }

    /**
     * What a member signs: the sheet's version plus every row's. Each only grows, so any change to the themes,
     * the recommendation or any score changes the sum, while sign-offs (rows of their own) leave it alone.
     */
    public long contentVersion() {
        return version + scores.stream().mapToLong(ConsensusScore::getVersion).sum();
    }

    /** Closing is checked by {@code consensus.control.CloseRules}; here only the state change. */
    public void close(Long personId, Instant now) {
        requireOpen();
        status = ConsensusStatus.CLOSED;
        closedBy = personId;
        closedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    public Optional<ConsensusScore> score(String criterionCode) {
        return scores.stream().filter(s -> s.getCriterionCode().equals(criterionCode)).findFirst();
    }

    public double totalPoints() {
        return Math.round(scores.stream().mapToDouble(ConsensusScore::currentPoints).sum() * 10) / 10.0;
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getApplicationId() { return applicationId; }
    public Long getModelId() { return modelId; }
    public ConsensusStatus getStatus() { return status; }
    public boolean isOpen() { return status == ConsensusStatus.OPEN; }
    public Instant getOpenedAt() { return openedAt; }
    public Long getOpenedBy() { return openedBy; }
    public Instant getClosedAt() { return closedAt; }
    public Long getClosedBy() { return closedBy; }
    public List<String> getKeyStrengths() { return KeyThemes.split(keyStrengths); }
    public List<String> getKeyImprovements() { return KeyThemes.split(keyImprovements); }
    public Boolean getSiteVisitRecommended() { return siteVisitRecommended; }
    public String getProposedLevel() { return proposedLevel; }
    public List<ConsensusScore> getScores() { return scores; }
    public long getVersion() { return version; }
}

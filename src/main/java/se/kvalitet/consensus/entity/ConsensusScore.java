package se.kvalitet.consensus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The team's agreed score on one criterion with its justification and comments. After a site visit the score
 * may be adjusted with a reason; the agreed value stays as it was, so before and after can both be shown.
 * Value, band and points are computed by the caller from the model's scale and stored as they were then.
 */
@Entity
@Table(name = "consensus_score")
@IdClass(ScoreKey.class)
public class ConsensusScore {

    @Id
    @ManyToOne
    @JoinColumn(name = "consensus_id")
    private ConsensusSheet sheet;

    @Id
    @Column(name = "criterion_code")
    private String criterionCode;

    private int position;

    @Column(name = "score_value")
    private Integer value;

    @Column(name = "band_label")
    private String band;

    private BigDecimal points;

    private String justification;
    private String strengths;
    private String improvements;

    @Column(name = "adjusted_value")
    private Integer adjustedValue;

    @Column(name = "adjusted_band")
    private String adjustedBand;

    @Column(name = "adjusted_points")
    private BigDecimal adjustedPoints;

    @Column(name = "adjustment_reason")
    private String adjustmentReason;

    @Column(name = "adjusted_at")
    private Instant adjustedAt;

    @Column(name = "adjusted_by")
    private Long adjustedBy;

    @Version
    private long version;

    protected ConsensusScore() {
    }

    /** A row pre-filled with the median of the individual scores (null when nobody scored the criterion). */
    public ConsensusScore(ConsensusSheet sheet, String criterionCode, int position, Integer value, String band,
                          Double points) {
        this.sheet = sheet;
        this.criterionCode = criterionCode;
        this.position = position;
        this.value = value;
        this.band = band;
        this.points = points == null ? null : BigDecimal.valueOf(points);
    }

    public void record(int value, String band, double points, String justification, String strengths,
                       String improvements) {
        sheet.requireOpen();
        this.value = value;
        this.band = band;
        this.points = BigDecimal.valueOf(points);
        this.justification = blankToNull(justification);
        this.strengths = blankToNull(strengths);
        this.improvements = blankToNull(improvements);
    }

    /** After the site visit, on a closed consensus: the visit's findings change the agreed score. */
    public void adjust(int value, String band, double points, String reason, Long by, Instant now) {
        if (sheet.isOpen()) {
            throw new RuleViolation("consensus.adjust.notClosed");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("consensus.adjust.reasonRequired");
        }
        this.adjustedValue = value;
        this.adjustedBand = band;
        this.adjustedPoints = BigDecimal.valueOf(points);
        this.adjustmentReason = reason.trim();
        this.adjustedBy = by;
        this.adjustedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    public boolean isAdjusted() { return adjustedValue != null; }

    /** The value that counts now: the adjusted one after a visit changed it, otherwise the agreed one. */
    public Integer currentValue() { return isAdjusted() ? adjustedValue : value; }
    public String currentBand() { return isAdjusted() ? adjustedBand : band; }
    public double currentPoints() {
        BigDecimal p = isAdjusted() ? adjustedPoints : points;
        return p == null ? 0 : p.doubleValue();
    }

    public boolean complete() {
        return value != null && justification != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public ConsensusSheet getSheet() { return sheet; }
    public String getCriterionCode() { return criterionCode; }
    public int getPosition() { return position; }
    public Integer getValue() { return value; }
    public String getBand() { return band; }
    public Double getPoints() { return points == null ? null : points.doubleValue(); }
    public String getJustification() { return justification; }
    public String getStrengths() { return strengths; }
    public String getImprovements() { return improvements; }
    public Integer getAdjustedValue() { return adjustedValue; }
    public String getAdjustedBand() { return adjustedBand; }
    public Double getAdjustedPoints() { return adjustedPoints == null ? null : adjustedPoints.doubleValue(); }
    public String getAdjustmentReason() { return adjustmentReason; }
    public Instant getAdjustedAt() { return adjustedAt; }
    public Long getAdjustedBy() { return adjustedBy; }
    public long getVersion() { return version; }
}

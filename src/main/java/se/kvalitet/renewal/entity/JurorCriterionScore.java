package se.kvalitet.renewal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One criterion of a juror's scoring: the value, the points it gave when it was set (kept, so the record explains
 * itself), and the juror's short justification. Changed only through its {@link JurorScore}.
 */
@Entity
@Table(name = "juror_criterion_score")
@IdClass(JurorCriterionScore.Key.class)
public class JurorCriterionScore {

    @Id
    @ManyToOne
    @JoinColumn(name = "juror_score_id")
    private JurorScore jurorScore;

    @Id
    @Column(name = "criterion_id")
    private Long criterionId;

    @Column(name = "criterion_code")
    private String criterionCode;

    @Column(name = "score_value")
    private Integer value;

    private Double points;

    private String justification;

    protected JurorCriterionScore() {
    }

    JurorCriterionScore(JurorScore jurorScore, Long criterionId, String criterionCode) {
        this.jurorScore = jurorScore;
        this.criterionId = criterionId;
        this.criterionCode = criterionCode;
    }

    void set(Integer value, Double points, String justification) {
        this.value = value;
        this.points = points;
        this.justification = justification == null || justification.isBlank() ? null : justification.strip();
    }

    public Long getCriterionId() { return criterionId; }
    public String getCriterionCode() { return criterionCode; }
    public Integer getValue() { return value; }
    public Double getPoints() { return points; }
    public String getJustification() { return justification; }

    /** The composite key: the juror score's id and the criterion's. */
    public static class Key implements Serializable {
        private Long jurorScore;
        private Long criterionId;

        public Key() {
        }

        public Key(Long jurorScore, Long criterionId) {
            this.jurorScore = jurorScore;
            this.criterionId = criterionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(jurorScore, k.jurorScore) && Objects.equals(criterionId, k.criterionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jurorScore, criterionId);
        }
    }
}

package se.kvalitet.scoring.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One criterion of an assessment: the raw value with the band and points it gave when it was set (kept, so the
 * record explains itself even if the model were read differently later), the written texts, and on RADAR models
 * a percent per attribute. Changed only through its {@link Assessment}, which guards the status and the version.
 */
@Entity
@Table(name = "criterion_score")
@IdClass(CriterionScore.Key.class)
public class CriterionScore {

    @Id
    @ManyToOne
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @Id
    @Column(name = "criterion_id")
    private Long criterionId;

    @Column(name = "criterion_code")
    private String criterionCode;

    @Column(name = "score_value")
    private Integer value;

    @Column(name = "band_label")
    private String bandLabel;

    private Double points;

    private String justification;
    private String strengths;
    private String improvements;

    @Column(name = "visit_questions")
    private String visitQuestions;

    @ElementCollection
    @CollectionTable(name = "radar_score", joinColumns = {
            @JoinColumn(name = "assessment_id", referencedColumnName = "assessment_id"),
            @JoinColumn(name = "criterion_id", referencedColumnName = "criterion_id")})
    @MapKeyColumn(name = "attribute_code")
    @Column(name = "score_value")
    private Map<String, Integer> radar = new LinkedHashMap<>();

    protected CriterionScore() {
    }

    CriterionScore(Assessment assessment, Long criterionId, String criterionCode) {
        this.assessment = assessment;
        this.criterionId = criterionId;
        this.criterionCode = criterionCode;
    }

    void set(ScoreEntry entry) {
        this.value = entry.value();
        this.bandLabel = entry.bandLabel();
        this.points = entry.points();
        this.justification = blankToNull(entry.justification());
        this.strengths = blankToNull(entry.strengths());
        this.improvements = blankToNull(entry.improvements());
        this.visitQuestions = blankToNull(entry.visitQuestions());
        // replace in place: the map is tracked by the persistence provider, only changed rows are written
        radar.keySet().retainAll(entry.radar().keySet());
        radar.putAll(entry.radar());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getCriterionId() { return criterionId; }
    public String getCriterionCode() { return criterionCode; }
    public Integer getValue() { return value; }
    public String getBandLabel() { return bandLabel; }
    public Double getPoints() { return points; }
    public String getJustification() { return justification; }
    public String getStrengths() { return strengths; }
    public String getImprovements() { return improvements; }
    public String getVisitQuestions() { return visitQuestions; }
    public Map<String, Integer> getRadar() { return Collections.unmodifiableMap(radar); }

    /** The composite key: the assessment's id and the criterion's. */
    public static class Key implements Serializable {
        private Long assessment;
        private Long criterionId;

        public Key() {
        }

        public Key(Long assessment, Long criterionId) {
            this.assessment = assessment;
            this.criterionId = criterionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(assessment, k.assessment) && Objects.equals(criterionId, k.criterionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessment, criterionId);
        }
    }
}

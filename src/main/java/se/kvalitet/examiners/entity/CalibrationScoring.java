package se.kvalitet.examiners.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * One examiner's scores on a calibration exercise, one per criterion (by position): a draft until submitted, then
 * read-only. Only after submitting does the examiner see the reference, so the scores are their own.
 */
@Entity
@Table(name = "calibration_scoring")
public class CalibrationScoring {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exercise_id")
    private Long exerciseId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    /** Criterion position to score; a criterion not yet scored has no entry. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calibration_score", joinColumns = @JoinColumn(name = "scoring_id"))
    @MapKeyColumn(name = "position")
    @Column(name = "score")
    private Map<Integer, Integer> scores = new TreeMap<>();

    @Version
    private long version;

    protected CalibrationScoring() {
    }

    public CalibrationScoring(Long exerciseId, Long personId, Instant now) {
        this.exerciseId = exerciseId;
        this.personId = personId;
        this.changedAt = now;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Replaces the draft's scores (null: not scored yet); refused once submitted. */
    public void score(List<Integer> values, Instant now) {
        if (isSubmitted()) {
            throw new RuleViolation("examiners.calibration.alreadySubmitted");
        }
        scores.clear();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                scores.put(i, values.get(i));
            }
        }
        changedAt = now;
    }

    /** Submits: every criterion of the exercise ({@code criteria} of them) must be scored. */
    public void submit(int criteria, Instant now) {
        if (isSubmitted()) {
            throw new RuleViolation("examiners.calibration.alreadySubmitted");
        }
        for (int i = 0; i < criteria; i++) {
            if (!scores.containsKey(i)) {
                throw new RuleViolation("examiners.calibration.scoresIncomplete");
            }
        }
        submittedAt = now;
        changedAt = now;
    }

    /** The scores by position, null where not scored, {@code criteria} long. */
    public List<Integer> values(int criteria) {
        var values = new ArrayList<Integer>();
        for (int i = 0; i < criteria; i++) {
            values.add(scores.get(i));
        }
        return values;
    }

    public Long getId() { return id; }
    public Long getExerciseId() { return exerciseId; }
    public Long getPersonId() { return personId; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getChangedAt() { return changedAt; }
    public long getVersion() { return version; }
}

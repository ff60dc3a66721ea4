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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * A calibration exercise: a reference case (an earlier application's texts, or a case written for the day) with a
 * reference score per criterion (that application's closed consensus, or scores the administrators set). Examiners
 * score it alone and then see how far they were from the reference. Its scores live in their own tables and never
 * count anywhere else. Closing it ends the scoring and shows the examiners the group's spread.
 */
@Entity
@Table(name = "calibration_exercise")
public class CalibrationExercise {

    public static final int MAX_TITLE = 200;
    public static final int MAX_CASE_TEXT = 60_000;
    public static final int MAX_CRITERIA = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    private String title;

    @Column(name = "case_text")
    private String caseText;

    @Column(name = "source_application_id")
    private Long sourceApplicationId;

    @Column(name = "scale_max")
    private int scaleMax;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calibration_reference", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    private List<ReferenceScore> references = new ArrayList<>();

    @Version
    private long version;

    protected CalibrationExercise() {
    }

    /**
     * A new exercise; refused without a title, a case, at least one criterion, or with a reference score off the
     * scale (0 to {@code scaleMax}).
     */
    public CalibrationExercise(Long cycleId, String title, String caseText, Long sourceApplicationId, int scaleMax,
                               List<ReferenceScore> references, Instant now) {
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            throw new RuleViolation("examiners.calibration.title.invalid", MAX_TITLE);
        }
        if (caseText == null || caseText.isBlank() || caseText.length() > MAX_CASE_TEXT) {
            throw new RuleViolation("examiners.calibration.caseText.invalid", MAX_CASE_TEXT);
        }
        if (scaleMax < 1 || scaleMax > 1000) {
            throw new RuleViolation("examiners.calibration.scale");
        }
        if (references == null || references.isEmpty() || references.size() > MAX_CRITERIA) {
            throw new RuleViolation("examiners.calibration.criteria", MAX_CRITERIA);
        }
        for (var reference : references) {
            if (reference.getReferenceValue() < 0 || reference.getReferenceValue() > scaleMax) {
                throw new RuleViolation("examiners.calibration.referenceOffScale", reference.getCode(), scaleMax);
            }
        }
        this.cycleId = cycleId;
        this.title = title.strip();
        this.caseText = caseText;
        this.sourceApplicationId = sourceApplicationId;
        this.scaleMax = scaleMax;
        this.references = new ArrayList<>(references);
        this.createdAt = now;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
        }
    }

    /** The examiner's scores must cover every criterion, each on the scale. */
    public void requireOnScale(List<Integer> scores) {
        if (scores == null || scores.size() != references.size()) {
            throw new RuleViolation("examiners.calibration.scoresIncomplete");
        }
        for (int i = 0; i < scores.size(); i++) {
            Integer score = scores.get(i);
            if (score != null && (score < 0 || score > scaleMax)) {
                throw new RuleViolation("examiners.calibration.scoreOffScale", references.get(i).getCode(), scaleMax);
            }
        }
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public String getTitle() { return title; }
    public String getCaseText() { return caseText; }
    public Long getSourceApplicationId() { return sourceApplicationId; }
    public int getScaleMax() { return scaleMax; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public List<ReferenceScore> getReferences() { return references; }
    public long getVersion() { return version; }
}

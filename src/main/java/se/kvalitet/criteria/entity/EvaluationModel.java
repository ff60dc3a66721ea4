package se.kvalitet.criteria.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The evaluation model (utvärderingsmodell) of one cycle category: its criteria and its scale. It starts
 * as a copy of a preset and may be adjusted until the application period opens; then it is frozen,
 * because applicants write against it and examiners score against it. Every change, whatever the
 * route, goes through {@link #requireEditable()}. Criterion codes are unique within a model
 * (case-insensitive), and the criteria keep their order (position 1..n without gaps).
 */
@Entity
@Table(name = "evaluation_model")
public class EvaluationModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "preset_key")
    private String presetKey;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 10000)
    private String description;

    @Size(max = 400)
    private String source;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "scale_kind")
    private ScaleKind scaleKind;

    @Column(name = "scale_step")
    private Integer scaleStep;

    @Min(1)
    @Column(name = "spread_threshold")
    private int spreadThreshold;

    private boolean frozen;

    @ElementCollection
    @CollectionTable(name = "scale_band", joinColumns = @JoinColumn(name = "model_id"))
    @OrderColumn(name = "position")
    private List<ScaleBand> bands = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "radar_attribute", joinColumns = @JoinColumn(name = "model_id"))
    @OrderColumn(name = "position")
    private List<RadarAttribute> attributes = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "model", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    @Version
    private long version;

    protected EvaluationModel() {
    }

    public EvaluationModel(String presetKey, String name, ScaleKind scaleKind, Integer scaleStep, List<ScaleBand> bands,
                           List<RadarAttribute> attributes, int spreadThreshold) {
        Scale.validate(scaleKind, scaleStep, bands);
        this.presetKey = presetKey;
        this.name = name;
        this.scaleKind = scaleKind;
        this.scaleStep = scaleKind == ScaleKind.ORDINAL ? null : scaleStep;
        this.bands = new ArrayList<>(bands);
        this.attributes = new ArrayList<>(attributes);
        int threshold = spreadThreshold > 0 ? spreadThreshold : Scale.defaultSpreadThreshold(scaleKind, bands);
        Scale.requireSpreadThreshold(scaleKind, bands, threshold);
        this.spreadThreshold = threshold;
    }

    public Criterion addCriterion(String code, String title, CriterionType type, int maxPoints, int answerMaxLength) {
        requireEditable();
        String cleanCode = Criterion.requireCode(code);
        if (criteria.stream().anyMatch(c -> c.getCode().equalsIgnoreCase(cleanCode))) {
            throw new InvalidScaleException("criteria.criterion.codeExists", cleanCode);
        }
        var criterion = new Criterion(this, criteria.size() + 1, cleanCode, title, type, maxPoints, answerMaxLength);
        criteria.add(criterion);
        return criterion;
    }

    /**
     * Changes what a criterion asks and weighs, all or nothing: every field is checked before any is
     * changed, so a refused revision leaves the criterion as it was.
     */
    public void reviseCriterion(Criterion criterion, String title, String description, String guidingQuestions,
                                CriterionType type, int maxPoints, int answerMaxLength) {
        requireEditable();
        requireOwn(criterion);
        criterion.revise(title, description, guidingQuestions, type, maxPoints, answerMaxLength);
    }

    public void removeCriterion(Criterion criterion) {
        requireEditable();
        requireOwn(criterion);
        inOrder().remove(criterion);
        for (int i = 0; i < criteria.size(); i++) {
            criteria.get(i).setPosition(i + 1);
        }
    }

    public Optional<Criterion> criterion(Long criterionId) {
        return criteria.stream().filter(c -> c.getId() != null && c.getId().equals(criterionId)).findFirst();
    }

    /** Rewrites what a band (or an ordinal level) means; its limits and label stay as the scale defines them. */
    public void describeBand(int index, String descriptor) {
        requireEditable();
        if (index < 0 || index >= bands.size()) {
            throw new InvalidScaleException("criteria.band.notFound", index + 1);
        }
        if (descriptor != null && descriptor.strip().length() > MAX_DESCRIPTOR) {
            throw new InvalidScaleException("criteria.band.descriptorTooLong", bands.get(index).getLabel(), MAX_DESCRIPTOR);
        }
        bands.get(index).setDescriptor(descriptor == null || descriptor.isBlank() ? null : descriptor.strip());
    }

    public static final int MAX_DESCRIPTOR = 2000;

    /** Moves a criterion one place up (-1) or down (+1); a move past either end does nothing. */
    public void move(Criterion criterion, int direction) {
        requireEditable();
        requireOwn(criterion);
        int from = inOrder().indexOf(criterion);
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= criteria.size()) {
            return;
        }
        criteria.set(from, criteria.get(to));
        criteria.set(to, criterion);
        criteria.get(from).setPosition(from + 1);
        criterion.setPosition(to + 1);
    }

    /** Total of the criteria's maximum points: the model's full score. */
    public int getTotalPoints() {
        return criteria.stream().mapToInt(Criterion::getMaxPoints).sum();
    }

    public void requireValue(int value) {
        Scale.requireValue(scaleKind, scaleStep, bands, value);
    }

    public ScaleBand bandOf(int value) {
        requireValue(value);
        return Scale.bandOf(bands, value);
    }

    public double points(Criterion criterion, int value) {
        requireValue(value);
        return Scale.points(scaleKind, bands, value, criterion.getMaxPoints());
    }

    /**
     * A fresh, editable copy of this model for next year's cycle: the same scale, bands, attributes, spread
     * threshold and criteria (with their texts, weights and limits), unfrozen even when this one is frozen.
     */
    public EvaluationModel copy() {
        var copy = new EvaluationModel(presetKey, name, scaleKind, scaleStep,
                bands.stream().map(b -> new ScaleBand(b.getMin(), b.getMax(), b.getLabel(), b.getDescriptor())).toList(),
                attributes.stream().map(a -> new RadarAttribute(a.getCode(), a.getLabel(), a.getAppliesTo())).toList(),
                spreadThreshold);
        copy.description = description;
        copy.source = source;
        for (Criterion c : inOrder()) {
            var criterion = copy.addCriterion(c.getCode(), c.getTitle(), c.getType(), c.getMaxPoints(),
                    c.getAnswerMaxLength());
            criterion.setDescription(c.getDescription());
            criterion.setGuidingQuestions(c.getGuidingQuestions());
        }
        return copy;
    }

    /** Applicants write against the model from now on: no more changes. */
    public void freeze() {
        frozen = true;
    }

    public void requireEditable() {
        if (frozen) {
            throw new InvalidScaleException("criteria.model.frozen");
        }
    }

    /**
     * The criteria sorted by position. A collection fetched by a join comes in the query's order, not in
     * the mapping's; the position is the truth.
     */
    private List<Criterion> inOrder() {
        criteria.sort(java.util.Comparator.comparingInt(Criterion::getPosition));
        return criteria;
    }

    private void requireOwn(Criterion criterion) {
        if (criterion == null || !criteria.contains(criterion)) {
            throw new RuleViolation("criteria.criterion.notFound");
        }
    }

    public Long getId() { return id; }
    public String getPresetKey() { return presetKey; }
    public String getName() { return name; }
    public void setName(String name) { requireEditable(); this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { requireEditable(); this.description = description; }
    public String getSource() { return source; }
    public void setSource(String source) { requireEditable(); this.source = source; }
    public ScaleKind getScaleKind() { return scaleKind; }
    public Integer getScaleStep() { return scaleStep; }
    public int getSpreadThreshold() { return spreadThreshold; }
    /** The spread (max − min between examiners) from which a criterion is flagged for discussion. */
    public void setSpreadThreshold(int spreadThreshold) {
        requireEditable();
        Scale.requireSpreadThreshold(scaleKind, bands, spreadThreshold);
        this.spreadThreshold = spreadThreshold;
    }
    public boolean isFrozen() { return frozen; }
    /** The bands, read-only: descriptors change through {@link #describeBand(int, String)}. */
    public List<ScaleBand> getBands() { return java.util.Collections.unmodifiableList(bands); }
    public List<RadarAttribute> getAttributes() { return java.util.Collections.unmodifiableList(attributes); }
    /** The criteria in order, read-only: they change through the model's verbs. */
    public List<Criterion> getCriteria() { return java.util.Collections.unmodifiableList(inOrder()); }
    public long getVersion() { return version; }
}

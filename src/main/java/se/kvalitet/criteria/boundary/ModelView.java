package se.kvalitet.criteria.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import se.kvalitet.criteria.entity.Criterion;
import se.kvalitet.criteria.entity.EvaluationModel;
import se.kvalitet.criteria.entity.InvalidScaleException;
import se.kvalitet.criteria.entity.Scale;
import se.kvalitet.criteria.entity.ScaleBand;
import se.kvalitet.criteria.entity.ScaleKind;

/**
 * An evaluation model as pages and other components read it: its scale and its criteria, no entities.
 * The same shape describes a preset (then {@code id} is null) and a model in use.
 */
public record ModelView(Long id, long version, String presetKey, String name, String description, String source,
                        String scaleKind, Integer scaleStep, int spreadThreshold, boolean frozen, List<Band> bands,
                        List<Attribute> attributes, List<CriterionView> criteria, int totalPoints) implements Serializable {

    /** A band of a percent scale or a level of an ordinal one; {@code index} counts from 0. */
    public record Band(int index, int min, int max, String label, String descriptor) implements Serializable {
        public boolean isLevel() { return min == max; }

        /** "30–45 %" for a band, "4" for an ordinal level. */
        public String range() { return isLevel() ? String.valueOf(min) : min + "–" + max + " %"; }
    }

    /** A RADAR attribute and the criterion type it is scored for. */
    public record Attribute(String code, String label, String appliesTo) implements Serializable {
    }

    public record CriterionView(Long id, int position, String code, String title, String description,
                                String guidingQuestions, List<String> guidingQuestionList, String type, int maxPoints,
                                int answerMaxLength) implements Serializable {
    }

    public static ModelView of(EvaluationModel model) {
        var bands = model.getBands();
        return new ModelView(model.getId(), model.getVersion(), model.getPresetKey(), model.getName(),
                model.getDescription(), model.getSource(), model.getScaleKind().name(), model.getScaleStep(),
                model.getSpreadThreshold(), model.isFrozen(),
                IntStream.range(0, bands.size()).mapToObj(i -> new Band(i, bands.get(i).getMin(), bands.get(i).getMax(),
                        bands.get(i).getLabel(), bands.get(i).getDescriptor())).toList(),
                model.getAttributes().stream().map(a -> new Attribute(a.getCode(), a.getLabel(), a.getAppliesTo().name()))
                        .toList(),
                model.getCriteria().stream().map(ModelView::criterion).toList(),
                model.getTotalPoints());
    }

    private static CriterionView criterion(Criterion c) {
        return new CriterionView(c.getId(), c.getPosition(), c.getCode(), c.getTitle(), c.getDescription(),
                c.getGuidingQuestions(), c.getGuidingQuestionList(), c.getType().name(), c.getMaxPoints(),
                c.getAnswerMaxLength());
    }

    public boolean isOrdinal() { return "ORDINAL".equals(scaleKind); }
    public boolean isRadar() { return "RADAR".equals(scaleKind); }

    // The arithmetic below delegates to Scale, the one implementation the model editor also validates with, so a
    // score and the model it is given on can never disagree on what the scale allows.

    /** Whether {@code value} is on the scale: 0–100 on the step (percent, RADAR attributes and overall), or a level. */
    public boolean isValue(int value) {
        return Scale.isValue(kind(), scaleStep, scaleBands(), value);
    }

    /** The band (percent) or level (ordinal) a value of the scale falls in; refuses a value off the scale. */
    public Band bandOf(int value) {
        if (!isValue(value)) {
            throw new InvalidScaleException("criteria.scale.invalidValue", value);
        }
        return bands.stream().filter(b -> value >= b.min() && value <= b.max()).findFirst()
                .orElseThrow(() -> new InvalidScaleException("criteria.scale.invalidValue", value));
    }

    /**
     * Points a value gives on a criterion: its share of the scale times the criterion's weight (maximum points),
     * one decimal. On RADAR the overall value set by judgement is the criterion's value.
     */
    public double points(String criterionCode, int value) {
        if (!isValue(value)) {
            throw new InvalidScaleException("criteria.scale.invalidValue", value);
        }
        return Scale.points(kind(), scaleBands(), value, criterion(criterionCode).maxPoints());
    }

    /** The criterion with {@code code}; a code the model does not have is a programming or input error. */
    public CriterionView criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + code + " in model " + id));
    }

    /** The RADAR attributes scored for a criterion (by its type); empty on other scales. */
    public List<Attribute> attributesFor(String criterionCode) {
        String type = criterion(criterionCode).type();
        return attributes.stream().filter(a -> a.appliesTo().equals(type)).toList();
    }

    private ScaleKind kind() {
        return ScaleKind.valueOf(scaleKind);
    }

    private List<ScaleBand> scaleBands() {
        return bands.stream().map(b -> new ScaleBand(b.min(), b.max(), b.label(), b.descriptor())).toList();
    }
}

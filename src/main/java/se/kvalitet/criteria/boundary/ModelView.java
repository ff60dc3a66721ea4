package se.kvalitet.criteria.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import se.kvalitet.criteria.entity.Criterion;
import se.kvalitet.criteria.entity.EvaluationModel;

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
}

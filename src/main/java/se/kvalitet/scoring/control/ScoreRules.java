package se.kvalitet.scoring.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.scoring.entity.ScoreEntry;

/**
 * Checks what an examiner wrote for a criterion against the model and works out the band and points. Refuses a
 * value off the scale even in a draft: a draft that could never be submitted as it stands would only mislead.
 */
public final class ScoreRules {

    /** Long enough for a thorough text, short enough that a pasted document is refused rather than stored. */
    public static final int MAX_TEXT = 10_000;

    private ScoreRules() {
    }

    public static ScoreEntry entry(ModelView model, String code, Integer value, String justification, String strengths,
                                   String improvements, String visitQuestions, Map<String, Integer> radar) {
        var criterion = model.criteria().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new RuleViolation("scoring.criterion.unknown", code));
        if (value != null && !model.isValue(value)) {
            throw new RuleViolation("scoring.score.offScale", code, value);
        }
        for (String text : new String[] {justification, strengths, improvements, visitQuestions}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new RuleViolation("scoring.text.tooLong", code, MAX_TEXT);
            }
        }
        var attributes = new LinkedHashMap<String, Integer>();
        if (radar != null) {
            var allowed = model.attributesFor(code).stream().map(ModelView.Attribute::code).toList();
            radar.forEach((attribute, percent) -> {
                if (!allowed.contains(attribute)) {
                    throw new RuleViolation("scoring.radar.unknownAttribute", code, attribute);
                }
                if (percent != null) {
                    if (!model.isValue(percent)) {
                        throw new RuleViolation("scoring.score.offScale", code + " " + attribute, percent);
                    }
                    attributes.put(attribute, percent);
                }
            });
        }
        String band = value == null ? null : model.bandOf(value).label();
        Double points = value == null ? null : model.points(code, value);
        return new ScoreEntry(criterion.id(), code, value, band, points, justification, strengths, improvements,
                visitQuestions, attributes);
    }

    /**
     * What still stands in the way of submitting, as refusals in the model's criterion order: the first kind of
     * gap found names every criterion that has it. Empty when complete.
     */
    public static List<RuleViolation> missing(ModelView model, Map<String, ScoreEntry> written) {
        var noScore = new java.util.ArrayList<String>();
        var noJustification = new java.util.ArrayList<String>();
        var noAttribute = new java.util.ArrayList<String>();
        for (var criterion : model.criteria()) {
            var entry = written.get(criterion.code());
            if (entry == null || entry.value() == null) {
                noScore.add(criterion.code());
            }
            if (entry == null || entry.justification() == null || entry.justification().isBlank()) {
                noJustification.add(criterion.code());
            }
            if (model.isRadar() && model.attributesFor(criterion.code()).stream()
                    .anyMatch(a -> entry == null || !entry.radar().containsKey(a.code()))) {
                noAttribute.add(criterion.code());
            }
        }
        var refusals = new java.util.ArrayList<RuleViolation>();
        if (!noScore.isEmpty()) {
            refusals.add(new RuleViolation("scoring.submit.scoreMissing", String.join(", ", noScore)));
        }
        if (!noJustification.isEmpty()) {
            refusals.add(new RuleViolation("scoring.submit.justificationMissing", String.join(", ", noJustification)));
        }
        if (!noAttribute.isEmpty()) {
            refusals.add(new RuleViolation("scoring.submit.radarMissing", String.join(", ", noAttribute)));
        }
        return refusals;
    }
}

package se.kvalitet.renewal.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * Checks what a juror wrote for a criterion against the prize's model and works out the points with the model's
 * own scale arithmetic ({@link ModelView#isValue}, {@link ModelView#points}). A value off the scale is refused
 * even in a draft; submitting needs a value and a justification for every criterion.
 */
public final class JurorRules {

    /** A short justification: a few sentences, not a report. */
    public static final int MAX_JUSTIFICATION = 2_000;

    /** One criterion as written, with the points its value gives. */
    public record Entry(Long criterionId, String criterionCode, Integer value, Double points, String justification) {
    }

    private JurorRules() {
    }

    public static Entry entry(ModelView model, String code, Integer value, String justification) {
        var criterion = model.criteria().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new RuleViolation("renewal.criterion.unknown", code));
        if (value != null && !model.isValue(value)) {
            throw new RuleViolation("renewal.score.offScale", code, value);
        }
        if (justification != null && justification.length() > MAX_JUSTIFICATION) {
            throw new RuleViolation("renewal.justification.tooLong", code, MAX_JUSTIFICATION);
        }
        return new Entry(criterion.id(), code, value, value == null ? null : model.points(code, value), justification);
    }

    /**
     * What still stands in the way of submitting, in the model's criterion order: one refusal naming every
     * criterion without a value, then one naming every criterion without a justification. Empty when complete.
     */
    public static List<RuleViolation> missing(ModelView model, Map<String, Entry> written) {
        var noValue = new ArrayList<String>();
        var noJustification = new ArrayList<String>();
        for (var criterion : model.criteria()) {
            var entry = written.get(criterion.code());
            if (entry == null || entry.value() == null) {
                noValue.add(criterion.code());
            }
            if (entry == null || entry.justification() == null || entry.justification().isBlank()) {
                noJustification.add(criterion.code());
            }
        }
        var refusals = new ArrayList<RuleViolation>();
        if (!noValue.isEmpty()) {
            refusals.add(new RuleViolation("renewal.submit.valueMissing", String.join(", ", noValue)));
        }
        if (!noJustification.isEmpty()) {
            refusals.add(new RuleViolation("renewal.submit.justificationMissing", String.join(", ", noJustification)));
        }
        return refusals;
    }
}

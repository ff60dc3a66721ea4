package se.kvalitet.renewal.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the renewal prize's feedback to an entrant starts from: per criterion the jurors' submitted justifications
 * (each once, in the order the jurors submitted) and the mean of their points, and the mean total. Only submitted
 * scorings count: a draft is the juror's own. Pure, tested as a table.
 */
public final class FeedbackStart {

    /** One juror's submitted scoring: per criterion code the points and the justification; the total points. */
    public record Scoring(Map<String, Double> points, Map<String, String> justifications, BigDecimal total) {
    }

    /** Per criterion code the starting text (justifications, one per line) and the mean value; the mean total. */
    public record Start(Map<String, String> texts, Map<String, BigDecimal> means, BigDecimal meanTotal, int jurors) {
    }

    private FeedbackStart() {
    }

    public static Start of(List<String> criterionCodes, List<Scoring> submitted) {
        var texts = new LinkedHashMap<String, String>();
        var means = new LinkedHashMap<String, BigDecimal>();
        for (String code : criterionCodes) {
            var lines = new LinkedHashSet<String>();
            submitted.forEach(s -> {
                String j = s.justifications().get(code);
                if (j != null && !j.isBlank()) {
                    lines.add(j.strip());
                }
            });
            texts.put(code, lines.isEmpty() ? null : String.join("\n", lines));
            OptionalDouble mean = submitted.stream().map(s -> s.points().get(code)).filter(v -> v != null)
                    .mapToDouble(Double::doubleValue).average();
            means.put(code, mean.isPresent() ? BigDecimal.valueOf(mean.getAsDouble()).setScale(1, RoundingMode.HALF_UP) : null);
        }
        BigDecimal total = submitted.isEmpty() ? null : submitted.stream().map(Scoring::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(submitted.size()), 1, RoundingMode.HALF_UP);
        return new Start(texts, means, total, submitted.size());
    }
}

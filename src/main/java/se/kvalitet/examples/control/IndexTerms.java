package se.kvalitet.examples.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a record puts into the search index: per field the distinct stems of its text with a weight, the
 * field's weight times {@code 1 + ln(tf)} (a word said five times counts more than once, not five times as
 * much). Titles weigh most, then the summary and the tags, then the jury's motivation, then the running text.
 */
public final class IndexTerms {

    /** The fields and their weights. */
    public static final Map<String, Double> FIELD_WEIGHTS = Map.of("title", 3.0, "summary", 2.0, "tags", 2.0,
            "unit", 2.0, "motivation", 1.5, "done", 1.0, "results", 1.0, "lessons", 1.0);

    private IndexTerms() {
    }

    /** The index rows of one record: {@code texts} maps a field of {@link #FIELD_WEIGHTS} to its text. */
    public static List<Ranking.Row> of(long exampleId, Map<String, String> texts) {
        var rows = new ArrayList<Ranking.Row>();
        texts.forEach((field, text) -> {
            double fieldWeight = FIELD_WEIGHTS.getOrDefault(field, 1.0);
            Map<String, Integer> tf = new LinkedHashMap<>();
            for (var token : SwedishText.tokens(text)) {
                token.stems().forEach(stem -> tf.merge(stem, 1, Integer::sum));
            }
            tf.forEach((term, n) -> rows.add(new Ranking.Row(exampleId, field, term, fieldWeight * (1 + Math.log(n)))));
        });
        return rows;
    }
}

package se.kvalitet.examples.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking of the library's search, on the rows of the index table (record, field, stem, weight). A record
 * matches a query when <em>every</em> query word matches one of its stems, exactly or, for a query stem of at least
 * {@link SwedishText#MIN_PREFIX} letters, as the start of a longer stem (a compound: "utveckling" in
 * "utvecklingsarbete"). Its score is the sum over the query words of the best field weight the word reaches in
 * the record (a prefix hit counts {@link #PREFIX_FACTOR} of an exact one) times the word's rarity
 * {@code ln(1 + N / df)}: a title hit beats a hit in the running text, and rare words count more than common ones.
 */
public final class Ranking {

    public static final int NONE = 0;
    public static final int PREFIX = 1;
    public static final int EXACT = 2;

    static final double PREFIX_FACTOR = 0.6;

    /** One row of the index table. */
    public record Row(long exampleId, String field, String term, double weight) {
    }

    /** A ranked record. */
    public record Scored(long exampleId, double score) {
    }

    private Ranking() {
    }

    /** How the stems of a query word meet the stems of an indexed word. */
    public static int matchKind(Collection<String> queryStems, Collection<String> indexed) {
        int best = NONE;
        for (String q : queryStems) {
            for (String t : indexed) {
                if (t.equals(q)) {
                    return EXACT;
                }
                if (q.length() >= SwedishText.MIN_PREFIX && t.startsWith(q)) {
                    best = PREFIX;
                }
            }
        }
        return best;
    }

    /**
     * The matching records, best first (ties by id, newest id first). {@code words}: the stems of each query word;
     * {@code rows}: the index rows that can match (those with a term equal to or starting with a query stem);
     * {@code candidates}: the records the caller may see (others are ignored); {@code total}: how many records
     * the index holds, for the rarity.
     */
    public static List<Scored> rank(List<Set<String>> words, Collection<Row> rows, Set<Long> candidates, int total) {
        if (words.isEmpty()) {
            return List.of();
        }
        // per word: record -> best weighted hit
        List<Map<Long, Double>> hits = new ArrayList<>();
        for (Set<String> word : words) {
            Map<Long, Double> best = new HashMap<>();
            for (Row row : rows) {
                if (!candidates.contains(row.exampleId())) {
                    continue;
                }
                int kind = matchKind(word, Set.of(row.term()));
                if (kind != NONE) {
                    double w = row.weight() * (kind == EXACT ? 1.0 : PREFIX_FACTOR);
                    best.merge(row.exampleId(), w, Math::max);
                }
            }
            hits.add(best);
        }
        Set<Long> all = new HashSet<>(hits.get(0).keySet());
        hits.forEach(h -> all.retainAll(h.keySet()));
        Map<Long, Double> score = new LinkedHashMap<>();
        for (Map<Long, Double> h : hits) {
            double idf = Math.log(1.0 + (double) Math.max(total, 1) / Math.max(h.size(), 1));
            for (Long id : all) {
                score.merge(id, h.get(id) * idf, Double::sum);
            }
        }
        return score.entrySet().stream().map(e -> new Scored(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(Comparator.comparingLong(Scored::exampleId).reversed()))
                .toList();
    }
}

package se.kvalitet.jury.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the applications of one competition class by their consensus total. Only a closed consensus ranks:
 * an open one may still change and one not opened has no total. Equal totals share a place and the next place
 * is skipped (1, 2, 2, 4); within a tie, and among the unranked, the order is by label, then id, so the list is
 * the same on every page and in the minutes.
 */
public final class Ranking {

    private Ranking() {
    }

    /** An application to rank: {@code total} null when it has no consensus yet. */
    public record Entry(long applicationId, String label, Double total, boolean closed) {
    }

    /** An entry with its place; {@code rank} null when the consensus is not closed. */
    public record Ranked(Entry entry, Integer rank) {
    }

    public static List<Ranked> rank(List<Entry> entries) {
        Comparator<Entry> byLabel = Comparator.comparing((Entry e) -> e.label() == null ? "" : e.label())
                .thenComparingLong(Entry::applicationId);
        var ranked = entries.stream().filter(Ranking::ranks)
                .sorted(Comparator.comparingDouble((Entry e) -> -e.total()).thenComparing(byLabel)).toList();
        var result = new ArrayList<Ranked>();
        for (int i = 0; i < ranked.size(); i++) {
            var entry = ranked.get(i);
            int place = i + 1;
            if (i > 0 && same(ranked.get(i - 1).total(), entry.total())) {
                place = result.get(i - 1).rank();
            }
            result.add(new Ranked(entry, place));
        }
        entries.stream().filter(e -> !ranks(e)).sorted(byLabel).forEach(e -> result.add(new Ranked(e, null)));
        return result;
    }

    private static boolean ranks(Entry entry) {
        return entry.closed() && entry.total() != null;
    }

    /** Totals are sums of points with one decimal: equal when they round to the same tenth. */
    private static boolean same(double a, double b) {
        return Math.round(a * 10) == Math.round(b * 10);
    }
}

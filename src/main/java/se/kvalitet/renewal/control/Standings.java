package se.kvalitet.renewal.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The jury's aggregate per renewal-prize entry and the ranking within each competition class. Only submitted
 * scorings count (drafts never), and never a recused juror's: a conflict that blocks now removes even a score
 * given before it was known. The mean of the totals decides the rank; equal means share a rank and the next
 * rank is skipped (1, 1, 3). An entry nobody has scored yet has no mean and no rank and comes last.
 */
public final class Standings {

    /** A juror's submitted scoring of an entry: the total points and the value per criterion code. */
    public record Sheet(long jurorId, BigDecimal total, Map<String, Integer> values) {
    }

    /** An entry, its class, the submitted scorings and the jurors recused from it. */
    public record Entry(long applicationId, Long classId, List<Sheet> submitted, Set<Long> recused) {
    }

    /**
     * The aggregate of one entry. {@code scoring}: how many jurors are expected to score it (the jury without the
     * recused); {@code mean} and the criterion means have two decimals; {@code spread} is the highest total minus
     * the lowest; all null when nobody counted has submitted.
     */
    public record Result(long applicationId, Long classId, int submitted, int scoring, BigDecimal mean,
                         Map<String, BigDecimal> criterionMeans, BigDecimal spread, Integer rank) {
    }

    private Standings() {
    }

    public static List<Result> of(List<Entry> entries, Collection<Long> jurors) {
        var results = new ArrayList<Result>();
        for (var entry : entries) {
            var counted = entry.submitted().stream().filter(s -> !entry.recused().contains(s.jurorId())).toList();
            int scoring = (int) jurors.stream().filter(j -> !entry.recused().contains(j)).count();
            if (counted.isEmpty()) {
                results.add(new Result(entry.applicationId(), entry.classId(), 0, scoring, null, Map.of(), null, null));
                continue;
            }
            var totals = counted.stream().map(Sheet::total).toList();
            var mean = mean(totals);
            var spread = totals.stream().max(Comparator.naturalOrder()).orElseThrow()
                    .subtract(totals.stream().min(Comparator.naturalOrder()).orElseThrow()).setScale(1, RoundingMode.HALF_UP);
            var byCriterion = new LinkedHashMap<String, List<BigDecimal>>();
            counted.forEach(s -> s.values().forEach((code, value) -> {
                if (value != null) {
                    byCriterion.computeIfAbsent(code, c -> new ArrayList<>()).add(BigDecimal.valueOf(value));
                }
            }));
            var criterionMeans = new LinkedHashMap<String, BigDecimal>();
            byCriterion.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> criterionMeans.put(e.getKey(), mean(e.getValue())));
            results.add(new Result(entry.applicationId(), entry.classId(), counted.size(), scoring, mean,
                    criterionMeans, spread, null));
        }
        var ranked = new ArrayList<Result>();
        for (var result : results) {
            Integer rank = null;
            if (result.mean() != null) {
                rank = 1 + (int) results.stream().filter(other -> Objects.equals(other.classId(), result.classId())
                        && other.mean() != null && other.mean().compareTo(result.mean()) > 0).count();
            }
            ranked.add(new Result(result.applicationId(), result.classId(), result.submitted(), result.scoring(),
                    result.mean(), result.criterionMeans(), result.spread(), rank));
        }
        ranked.sort(Comparator.comparing((Result r) -> r.classId() == null ? Long.MIN_VALUE : r.classId())
                .thenComparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparingLong(Result::applicationId));
        return ranked;
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /**
     * The ranks as one caller sees them: {@code ranks} (by entry) of the entries whose figures they see, renumbered
     * among themselves within each class, so an entry hidden from them (recused, not yet scored by them) leaves no
     * gap that would tell where it stands. Ties stay ties (1, 1, 3).
     */
    public static Map<Long, Integer> asSeen(Map<Long, Integer> ranks, Map<Long, Long> classes) {
        var seen = new java.util.HashMap<Long, Integer>();
        ranks.forEach((entry, rank) -> {
            if (rank == null) {
                return;
            }
            long better = ranks.entrySet().stream().filter(o -> o.getValue() != null && o.getValue() < rank
                    && java.util.Objects.equals(classes.get(o.getKey()), classes.get(entry))).count();
            seen.put(entry, (int) better + 1);
        });
        return seen;
    }
}

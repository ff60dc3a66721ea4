package se.kvalitet.jury.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Proposes the order in which the jury meeting takes the applications, so that recusals are few: a juror who
 * must leave the room should leave once and not again and again. The classes keep their order (the meeting
 * goes class by class); within a class the applications nobody is recused from come first, in rank order, then
 * the applications with recusals grouped by who is recused, groups sharing jurors next to each other, each group
 * in rank order. The chair may reorder the proposal.
 */
public final class MeetingOrder {

    private MeetingOrder() {
    }

    /**
     * @param classes   the applications per class, classes in meeting order, each list in rank order
     * @param recusals  per application the jurors recused from it (absent: none)
     */
    public static List<Long> propose(List<List<Long>> classes, Map<Long, Set<Long>> recusals) {
        var order = new ArrayList<Long>();
        for (var applications : classes) {
            var groups = new LinkedHashMap<SortedSet<Long>, List<Long>>();
            for (Long id : applications) {
                groups.computeIfAbsent(new TreeSet<>(recusals.getOrDefault(id, Set.of())), k -> new ArrayList<>()).add(id);
            }
            groups.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<SortedSet<Long>, List<Long>> g) -> !g.getKey().isEmpty())
                            .thenComparing(g -> key(g.getKey())))
                    .forEach(g -> order.addAll(g.getValue()));
        }
        return order;
    }

    /**
     * How many times jurors must leave the room in this order: for each juror, the number of separate runs of
     * consecutive applications they are recused from. What the proposal keeps low.
     */
    public static int stepOuts(List<Long> order, Map<Long, Set<Long>> recusals) {
        int count = 0;
        Set<Long> previous = Set.of();
        for (Long id : order) {
            Set<Long> now = recusals.getOrDefault(id, Set.of());
            for (Long juror : now) {
                if (!previous.contains(juror)) {
                    count++;
                }
            }
            previous = now;
        }
        return count;
    }

    /** Sorts recusal sets so sets sharing their smallest jurors sit together: "1", "1,2", "2", "3". */
    private static String key(SortedSet<Long> jurors) {
        var key = new StringBuilder();
        for (Long juror : jurors) {
            key.append(String.format("%019d", juror)).append(',');
        }
        return key.toString();
    }
}

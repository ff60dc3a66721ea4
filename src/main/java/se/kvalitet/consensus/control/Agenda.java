package se.kvalitet.consensus.control;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/** The order the team discusses criteria in: flagged ones first, each group in the model's order. */
public final class Agenda {

    private Agenda() {
    }

    public static <T> List<T> order(List<T> rows, Predicate<T> flagged, ToIntFunction<T> position) {
        return rows.stream()
                .sorted(Comparator.comparing((T r) -> !flagged.test(r)).thenComparingInt(position))
                .toList();
    }
}

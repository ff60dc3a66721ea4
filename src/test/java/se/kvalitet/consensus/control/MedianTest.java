package se.kvalitet.consensus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MedianTest {

    static final NavigableSet<Integer> PERCENT_5 = IntStream.rangeClosed(0, 20).map(i -> i * 5).boxed()
            .collect(Collectors.toCollection(TreeSet::new));
    static final NavigableSet<Integer> PERCENT_10 = IntStream.rangeClosed(0, 10).map(i -> i * 10).boxed()
            .collect(Collectors.toCollection(TreeSet::new));
    static final NavigableSet<Integer> ONE_TO_FIVE = new TreeSet<>(List.of(1, 2, 3, 4, 5));
    static final NavigableSet<Integer> EVEN = new TreeSet<>(List.of(2, 4, 6, 8));

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
            "'50',            P5,  50",
            "'40 60 45',      P5,  45",
            "'40 60',         P5,  50",
            "'40 45',         P5,  40",   // 42.5: tie between 40 and 45 -> the lower
            "'40 55',         P5,  45",   // 47.5: tie between 45 and 50 -> the lower
            "'10 30 70 90',   P5,  50",
            "'40 50',         P10, 40",   // 45 is no value of a 10-step scale: tie -> 40
            "'20 70',         P10, 40",   // 45 again
            "'2 3',           O5,  2",
            "'2 4',           O5,  3",
            "'1 2 4 5',       O5,  3",
            "'4 6',           E,   4",    // 5 is no level of 2-4-6-8: tie -> 4
            "'2 8',           E,   4",
            "'2 4 8',         E,   4",
            "'5 5 5 100',     P5,  5"})
    void medianOfTheIndividualScoresIsAlwaysAValueOfTheScale(String scores, String scale, int expected) {
        var values = Arrays.stream(scores.trim().split("\\s+")).map(Integer::valueOf).toList();
        assertEquals(Optional.of(expected), Median.prefill(values, scale(scale)));
    }

    @org.junit.jupiter.api.Test
    void nobodyScoredGivesNothingToPrefill() {
        assertEquals(Optional.empty(), Median.prefill(List.of(), PERCENT_5));
        assertEquals(Optional.empty(), Median.prefill(Arrays.asList(null, null), PERCENT_5));
    }

    private static NavigableSet<Integer> scale(String name) {
        return switch (name) {
            case "P5" -> PERCENT_5;
            case "P10" -> PERCENT_10;
            case "O5" -> ONE_TO_FIVE;
            default -> EVEN;
        };
    }
}

package se.kvalitet.examiners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The calibration arithmetic as tables: deviation = score − reference; the group's spread over submitted scorings. */
class DeviationsTest {

    @ParameterizedTest(name = "score {0} against reference {1} deviates {2}")
    @CsvSource({
            "60, 60, 0",
            "70, 60, 10",
            "40, 60, -20",
            "0, 100, -100",
            "100, 0, 100"})
    void aDeviationIsTheScoreMinusTheReference(int score, int reference, int deviation) {
        assertEquals(List.of(deviation), Deviations.of(List.of(score), List.of(reference)));
    }

    @Test
    void aCriterionNotScoredHasNoDeviation() {
        assertEquals(Arrays.asList(5, null), Deviations.of(Arrays.asList(65, null), List.of(60, 40)));
    }

    @Test
    void scoresAndReferencesMustPair() {
        assertThrows(IllegalArgumentException.class, () -> Deviations.of(List.of(1, 2), List.of(1)));
    }

    @ParameterizedTest(name = "deviations {0} give lowest {1}, highest {2}, mean {3}, mean absolute {4}")
    @CsvSource(delimiter = '|', value = {
            "10             | 10  | 10 | 10.0  | 10.0",
            "10 -10         | -10 | 10 | 0.0   | 10.0",
            "-20 0 5        | -20 | 5  | -5.0  | 8.3",
            "1 2            | 1   | 2  | 1.5   | 1.5",
            "-1 -2 -2       | -2  | -1 | -1.7  | 1.7",
            "0 0 0 0        | 0   | 0  | 0.0   | 0.0"})
    void theGroupsSpreadOnACriterion(String deviations, int lowest, int highest, double mean, double meanAbsolute) {
        List<List<Integer>> each = Arrays.stream(deviations.trim().split("\\s+")).map(d -> List.of(Integer.parseInt(d))).toList();
        var spread = Deviations.spread(each, 1).get(0);
        assertEquals(each.size(), spread.count());
        assertEquals(lowest, spread.lowest());
        assertEquals(highest, spread.highest());
        assertEquals(mean, spread.mean(), 1e-9);
        assertEquals(meanAbsolute, spread.meanAbsolute(), 1e-9);
    }

    @Test
    void theSpreadIsPerCriterionAndLeavesOutWhatWasNotScored() {
        var spreads = Deviations.spread(List.of(Arrays.asList(10, null), Arrays.asList(-4, 3), Arrays.asList(0, 7)), 2);
        assertEquals(new Deviations.Spread(3, -4, 10, 2.0, 4.7), spreads.get(0));
        assertEquals(new Deviations.Spread(2, 3, 7, 5.0, 5.0), spreads.get(1));
    }

    @Test
    void nobodySubmittedIsAnEmptySpread() {
        assertEquals(List.of(new Deviations.Spread(0, 0, 0, 0, 0)), Deviations.spread(List.of(), 1));
    }

    @ParameterizedTest(name = "own deviations {0} are on average {1} off")
    @CsvSource(delimiter = '|', value = {
            "10 -10   | 10.0",
            "0 0 3    | 1.0",
            "-5       | 5.0",
            "1 2 2    | 1.7"})
    void anExaminersMeanAbsoluteDeviation(String deviations, double expected) {
        var values = Arrays.stream(deviations.trim().split("\\s+")).map(Integer::valueOf).toList();
        assertEquals(expected, Deviations.meanAbsolute(values), 1e-9);
    }

    @Test
    void criteriaNotScoredDoNotCountInTheMean() {
        assertEquals(4.0, Deviations.meanAbsolute(Arrays.asList(4, null, -4)), 1e-9);
        assertEquals(0.0, Deviations.meanAbsolute(Arrays.asList((Integer) null)), 1e-9);
    }
}

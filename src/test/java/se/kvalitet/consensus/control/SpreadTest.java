package se.kvalitet.consensus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadTest {

    @ParameterizedTest(name = "{0} threshold {1}: spread {2}, flagged {3}")
    @CsvSource({
            "'40 60 45', 30, 20, false",
            "'40 70',    30, 30, true",    // at the threshold counts: "max - min >= 30"
            "'25 60 90', 30, 65, true",
            "'3 4',      2,  1,  false",
            "'2 4',      2,  2,  true",
            "'1 5 3',    2,  4,  true",
            "'2 4 4',    4,  2,  false",   // 2-4-6-8: two levels apart is 4
            "'50',       30, 0,  false"})
    void spreadIsMaxMinusMinAndFlagsAtTheThreshold(String scores, int threshold, int spread, boolean flagged) {
        var values = Arrays.stream(scores.trim().split("\\s+")).map(Integer::valueOf).toList();
        assertEquals(spread, Spread.of(values));
        assertEquals(flagged, Spread.flagged(values, threshold));
    }

    @Test
    void missingScoresDoNotCount() {
        assertEquals(0, Spread.of(Arrays.asList(null, 40)));
        assertEquals(30, Spread.of(Arrays.asList(10, null, 40)));
        assertFalse(Spread.flagged(List.of(), 1));
    }

    @Test
    void flaggedCriteriaComeFirstEachGroupInTheModelsOrder() {
        record Row(String code, int position, boolean flagged) {
        }
        var rows = List.of(new Row("1", 1, false), new Row("2", 2, true), new Row("3", 3, false),
                new Row("4", 4, true));
        var ordered = Agenda.order(rows, Row::flagged, Row::position).stream().map(Row::code).toList();
        assertEquals(List.of("2", "4", "1", "3"), ordered);
        assertTrue(Agenda.order(List.<Row>of(), Row::flagged, Row::position).isEmpty());
    }
}

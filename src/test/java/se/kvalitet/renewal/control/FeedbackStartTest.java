package se.kvalitet.renewal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The renewal feedback's starting point: the submitted jurors' justifications and their mean points. */
class FeedbackStartTest {

    static FeedbackStart.Scoring scoring(double f1, String j1, double total) {
        return new FeedbackStart.Scoring(Map.of("F1", f1), j1 == null ? Map.of() : Map.of("F1", j1), BigDecimal.valueOf(total));
    }

    @Test
    void eachJustificationOnceInOrderAndTheMeans() {
        var start = FeedbackStart.of(List.of("F1", "F2"), List.of(scoring(8, "Modigt.", 40), scoring(5, "Modigt.", 30),
                scoring(2, " Sprid det. ", 20)));
        assertEquals("Modigt.\nSprid det.", start.texts().get("F1"));
        assertEquals(new BigDecimal("5.0"), start.means().get("F1"));
        assertNull(start.texts().get("F2"), "nobody justified F2");
        assertNull(start.means().get("F2"));
        assertEquals(new BigDecimal("30.0"), start.meanTotal());
        assertEquals(3, start.jurors());
    }

    @Test
    void nothingSubmittedNothingToStartFrom() {
        var start = FeedbackStart.of(List.of("F1"), List.of());
        assertNull(start.meanTotal());
        assertEquals(0, start.jurors());
    }
}

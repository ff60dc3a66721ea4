package se.kvalitet.feedback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressChartTest {

    @Test
    void barsAreRelativeToTheLargestCountInTheGivenOrder() {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("a", 3L);
        counts.put("b", 0L);
        counts.put("c", 12L);
        var bars = ProgressChart.bars(counts);
        assertEquals("a", bars.get(0).labelKey());
        assertEquals(25.0, bars.get(0).widthPercent());
        assertEquals(0.0, bars.get(1).widthPercent());
        assertEquals(100.0, bars.get(2).widthPercent());
        assertEquals(2, bars.get(2).row());
    }

    @Test
    void nothingYetMeansEmptyBars() {
        var bars = ProgressChart.bars(Map.of("a", 0L));
        assertEquals(0.0, bars.get(0).widthPercent());
        assertEquals(0, bars.get(0).count());
    }
}

package se.kvalitet.criteria.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scale arithmetic: valid scales, values on the scale, bands, points and spread thresholds. */
class ScaleTest {

    /** Baldrige-style: 0–100 in steps of 5, six ranges. */
    static final List<ScaleBand> BALDRIGE = List.of(band(0, 5), band(10, 25), band(30, 45), band(50, 65), band(70, 85),
            band(90, 100));
    /** Steps of 10, five ranges. */
    static final List<ScaleBand> TENS = List.of(band(0, 10), band(20, 30), band(40, 50), band(60, 70), band(80, 100));
    static final List<ScaleBand> ONE_TO_FIVE = List.of(level(1), level(2), level(3), level(4), level(5));
    /** Piteå's even scale without a middle. */
    static final List<ScaleBand> PITEA = List.of(level(2), level(4), level(6), level(8));

    static ScaleBand band(int min, int max) {
        return new ScaleBand(min, max, min + "–" + max + " %", null);
    }

    static ScaleBand level(int value) {
        return new ScaleBand(value, value, "Nivå " + value, null);
    }

    static String keyOf(Runnable action) {
        return assertThrows(InvalidScaleException.class, action::run).getMessageKey();
    }

    // validate

    @Test
    void contiguousPercentBandsAreValid() {
        assertDoesNotThrow(() -> Scale.validate(ScaleKind.PERCENT, 5, BALDRIGE));
        assertDoesNotThrow(() -> Scale.validate(ScaleKind.PERCENT, 10, TENS));
        assertDoesNotThrow(() -> Scale.validate(ScaleKind.RADAR, 10, TENS));
        assertDoesNotThrow(() -> Scale.validate(ScaleKind.PERCENT, 10, List.of(band(0, 100))));
    }

    @Test
    void percentStepMustBeFiveOrTen() {
        for (Integer step : new Integer[]{null, 0, 1, 3, 20, 25}) {
            assertEquals("criteria.scale.step", keyOf(() -> Scale.validate(ScaleKind.PERCENT, step, TENS)), String.valueOf(step));
        }
    }

    @Test
    void bandsWithAGapOverlapOrWrongEndAreRefused() {
        assertEquals("criteria.scale.bandsNotContiguous",
                keyOf(() -> Scale.validate(ScaleKind.PERCENT, 10, List.of(band(0, 10), band(30, 100)))), "gap");
        assertEquals("criteria.scale.bandsNotContiguous",
                keyOf(() -> Scale.validate(ScaleKind.PERCENT, 10, List.of(band(0, 50), band(50, 100)))), "overlap");
        assertEquals("criteria.scale.bandsNotContiguous",
                keyOf(() -> Scale.validate(ScaleKind.PERCENT, 10, List.of(band(10, 100)))), "not from 0");
        assertEquals("criteria.scale.bandsNotContiguous",
                keyOf(() -> Scale.validate(ScaleKind.PERCENT, 10, List.of(band(0, 40), band(50, 90)))), "not to 100");
        assertEquals("criteria.scale.bandsNotContiguous",
                keyOf(() -> Scale.validate(ScaleKind.PERCENT, 10, List.of(band(0, 45), band(55, 100)))), "off the grid");
        assertEquals("criteria.scale.bandsNotContiguous",
                keyOf(() -> Scale.validate(ScaleKind.PERCENT, 10, List.of(band(0, 60), band(70, 50), band(60, 100)))),
                "backwards band");
        assertEquals("criteria.scale.noBands", keyOf(() -> Scale.validate(ScaleKind.PERCENT, 10, List.of())));
    }

    @Test
    void ordinalLevelsAscendSingleValuesAtLeastTwo() {
        assertDoesNotThrow(() -> Scale.validate(ScaleKind.ORDINAL, null, ONE_TO_FIVE));
        assertDoesNotThrow(() -> Scale.validate(ScaleKind.ORDINAL, null, PITEA));
        assertEquals("criteria.scale.ordinalLevels", keyOf(() -> Scale.validate(ScaleKind.ORDINAL, null, List.of(level(1)))));
        assertEquals("criteria.scale.ordinalLevels",
                keyOf(() -> Scale.validate(ScaleKind.ORDINAL, null, List.of(level(2), level(1)))), "descending");
        assertEquals("criteria.scale.ordinalLevels",
                keyOf(() -> Scale.validate(ScaleKind.ORDINAL, null, List.of(level(1), level(1)))), "repeated");
        assertEquals("criteria.scale.ordinalLevels",
                keyOf(() -> Scale.validate(ScaleKind.ORDINAL, null, List.of(level(1), band(2, 3)))), "a range");
        assertEquals("criteria.scale.noBands", keyOf(() -> Scale.validate(ScaleKind.ORDINAL, null, List.of())));
    }

    // values

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 50, 95, 100})
    void valuesOnTheFiveGridAreAccepted(int value) {
        assertDoesNotThrow(() -> Scale.requireValue(ScaleKind.PERCENT, 5, BALDRIGE, value));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 52, 99, -5, 105, 110})
    void valuesOffStepOrOutOfRangeAreRefused(int value) {
        var refused = assertThrows(InvalidScaleException.class, () -> Scale.requireValue(ScaleKind.PERCENT, 5, BALDRIGE, value));
        assertEquals("criteria.scale.invalidValue", refused.getMessageKey());
        assertEquals(value, refused.getArguments()[0]);
    }

    @Test
    void onTheTenGridFivesAreOffStep() {
        assertFalse(Scale.isValue(ScaleKind.RADAR, 10, TENS, 45));
        assertTrue(Scale.isValue(ScaleKind.RADAR, 10, TENS, 40));
    }

    @Test
    void ordinalValuesAreExactlyTheLevels() {
        for (int v = 0; v <= 9; v++) {
            assertEquals(v >= 1 && v <= 5, Scale.isValue(ScaleKind.ORDINAL, null, ONE_TO_FIVE, v), "1-5: " + v);
            assertEquals(v == 2 || v == 4 || v == 6 || v == 8, Scale.isValue(ScaleKind.ORDINAL, null, PITEA, v), "2-4-6-8: " + v);
        }
        assertEquals("criteria.scale.invalidValue", keyOf(() -> Scale.requireValue(ScaleKind.ORDINAL, null, PITEA, 5)));
    }

    // bands

    @Test
    void bandOfFindsTheBandAtItsEdges() {
        assertEquals("0–5 %", Scale.bandOf(BALDRIGE, 0).getLabel());
        assertEquals("0–5 %", Scale.bandOf(BALDRIGE, 5).getLabel());
        assertEquals("10–25 %", Scale.bandOf(BALDRIGE, 10).getLabel());
        assertEquals("30–45 %", Scale.bandOf(BALDRIGE, 45).getLabel());
        assertEquals("90–100 %", Scale.bandOf(BALDRIGE, 100).getLabel());
        assertEquals("Nivå 6", Scale.bandOf(PITEA, 6).getLabel());
        assertEquals("criteria.scale.invalidValue", keyOf(() -> Scale.bandOf(PITEA, 5)));
    }

    // points

    @Test
    void percentPointsArePercentOfTheMaximum() {
        assertEquals(0.0, Scale.points(ScaleKind.PERCENT, BALDRIGE, 0, 120));
        assertEquals(54.0, Scale.points(ScaleKind.PERCENT, BALDRIGE, 45, 120));
        assertEquals(120.0, Scale.points(ScaleKind.PERCENT, BALDRIGE, 100, 120));
        assertEquals(1.8, Scale.points(ScaleKind.PERCENT, BALDRIGE, 25, 7), "1.75 rounded to one decimal");
        assertEquals(3.5, Scale.points(ScaleKind.RADAR, TENS, 70, 5));
    }

    @Test
    void ordinalPointsGrowLinearlyFromTheLowestLevel() {
        assertEquals(0.0, Scale.points(ScaleKind.ORDINAL, ONE_TO_FIVE, 1, 20));
        assertEquals(5.0, Scale.points(ScaleKind.ORDINAL, ONE_TO_FIVE, 2, 20));
        assertEquals(10.0, Scale.points(ScaleKind.ORDINAL, ONE_TO_FIVE, 3, 20));
        assertEquals(20.0, Scale.points(ScaleKind.ORDINAL, ONE_TO_FIVE, 5, 20));
    }

    @Test
    void piteaTwoFourSixEight() {
        assertEquals(0.0, Scale.points(ScaleKind.ORDINAL, PITEA, 2, 30));
        assertEquals(10.0, Scale.points(ScaleKind.ORDINAL, PITEA, 4, 30));
        assertEquals(20.0, Scale.points(ScaleKind.ORDINAL, PITEA, 6, 30));
        assertEquals(30.0, Scale.points(ScaleKind.ORDINAL, PITEA, 8, 30));
        assertEquals(3.3, Scale.points(ScaleKind.ORDINAL, PITEA, 4, 10), "one third, rounded");
    }

    // spread

    @Test
    void defaultSpreadThresholds() {
        assertEquals(30, Scale.defaultSpreadThreshold(ScaleKind.PERCENT, BALDRIGE));
        assertEquals(30, Scale.defaultSpreadThreshold(ScaleKind.RADAR, TENS));
        assertEquals(2, Scale.defaultSpreadThreshold(ScaleKind.ORDINAL, ONE_TO_FIVE));
        assertEquals(4, Scale.defaultSpreadThreshold(ScaleKind.ORDINAL, PITEA), "two steps of 2");
    }

    @Test
    void spreadThresholdLiesWithinTheScale() {
        assertDoesNotThrow(() -> Scale.requireSpreadThreshold(ScaleKind.PERCENT, BALDRIGE, 1));
        assertDoesNotThrow(() -> Scale.requireSpreadThreshold(ScaleKind.PERCENT, BALDRIGE, 100));
        assertDoesNotThrow(() -> Scale.requireSpreadThreshold(ScaleKind.ORDINAL, PITEA, 6));
        assertEquals("criteria.scale.spreadThresholdRange", keyOf(() -> Scale.requireSpreadThreshold(ScaleKind.PERCENT, BALDRIGE, 0)));
        assertEquals("criteria.scale.spreadThresholdRange", keyOf(() -> Scale.requireSpreadThreshold(ScaleKind.PERCENT, BALDRIGE, 101)));
        assertEquals("criteria.scale.spreadThresholdRange", keyOf(() -> Scale.requireSpreadThreshold(ScaleKind.ORDINAL, ONE_TO_FIVE, 5)));
        assertEquals("criteria.scale.spreadThresholdRange", keyOf(() -> Scale.requireSpreadThreshold(ScaleKind.ORDINAL, PITEA, 7)));
    }
}

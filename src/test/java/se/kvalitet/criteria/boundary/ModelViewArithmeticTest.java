package se.kvalitet.criteria.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.criteria.control.PresetCatalog;
import se.kvalitet.criteria.entity.CriterionType;
import se.kvalitet.criteria.entity.EvaluationModel;
import se.kvalitet.criteria.entity.InvalidScaleException;
import se.kvalitet.criteria.entity.RadarAttribute;
import se.kvalitet.criteria.entity.ScaleBand;
import se.kvalitet.criteria.entity.ScaleKind;

/** The scale arithmetic scoring and consensus use: values on the scale, bands, points with weights, RADAR. */
class ModelViewArithmeticTest {

    static ModelView percent() {
        var model = new EvaluationModel(null, "Baldrige", ScaleKind.PERCENT, 5,
                List.of(new ScaleBand(0, 5, "0–5 %", "Inget"), new ScaleBand(10, 25, "10–25 %", "Början"),
                        new ScaleBand(30, 45, "30–45 %", null), new ScaleBand(50, 65, "50–65 %", null),
                        new ScaleBand(70, 85, "70–85 %", null), new ScaleBand(90, 100, "90–100 %", "Föredöme")),
                List.of(), 0);
        model.addCriterion("K1", "Åtaganden", CriterionType.PROCESS, 120, 3000);
        model.addCriterion("K2", "Resultat", CriterionType.RESULT, 85, 3000);
        return ModelView.of(model);
    }

    static ModelView ordinal() {
        var model = new EvaluationModel(null, "Piteå", ScaleKind.ORDINAL, null,
                List.of(new ScaleBand(2, 2, "Stämmer inte alls", null), new ScaleBand(4, 4, "Stämmer ganska dåligt", null),
                        new ScaleBand(6, 6, "Stämmer ganska bra", null), new ScaleBand(8, 8, "Stämmer helt", null)),
                List.of(), 0);
        model.addCriterion("F1", "Nytänkande", CriterionType.INNOVATION, 30, 3000);
        return ModelView.of(model);
    }

    static ModelView radar() {
        var model = new EvaluationModel(null, "RADAR", ScaleKind.RADAR, 10,
                List.of(new ScaleBand(0, 40, "Låg", null), new ScaleBand(50, 100, "Hög", null)),
                List.of(new RadarAttribute("A", "Ansats", CriterionType.PROCESS),
                        new RadarAttribute("D", "Införande", CriterionType.PROCESS),
                        new RadarAttribute("R", "Relevans", CriterionType.RESULT)), 0);
        model.addCriterion("P", "Process", CriterionType.PROCESS, 100, 3000);
        model.addCriterion("R", "Resultat", CriterionType.RESULT, 150, 3000);
        return ModelView.of(model);
    }

    @ParameterizedTest
    @CsvSource({"0,true", "5,true", "100,true", "35,true", "7,false", "-5,false", "105,false"})
    void percentValuesLieOnTheStepBetweenZeroAndHundred(int value, boolean on) {
        assertEquals(on, percent().isValue(value));
    }

    @ParameterizedTest
    @CsvSource({"0,0", "5,0", "10,1", "25,1", "30,2", "45,2", "65,3", "70,4", "90,5", "100,5"})
    void aPercentValueFallsInOneBand(int value, int band) {
        assertEquals(band, percent().bandOf(value).index());
    }

    @Test
    void theBandCarriesItsDescriptor() {
        assertEquals("Föredöme", percent().bandOf(95).descriptor());
        assertEquals("90–100 %", percent().bandOf(95).label());
    }

    @Test
    void pointsArePercentTimesTheCriterionsWeightToOneDecimal() {
        assertEquals(120.0, percent().points("K1", 100));
        assertEquals(0.0, percent().points("K1", 0));
        assertEquals(42.0, percent().points("K1", 35));
        assertEquals(29.8, percent().points("K2", 35), 1e-9, "85 × 0.35 = 29.75, rounded half up");
    }

    @Test
    void valuesOffTheScaleAreRefused() {
        var off = assertThrows(InvalidScaleException.class, () -> percent().points("K1", 33));
        assertEquals("criteria.scale.invalidValue", off.getMessageKey());
        assertThrows(InvalidScaleException.class, () -> percent().bandOf(101));
        assertThrows(InvalidScaleException.class, () -> ordinal().bandOf(5));
    }

    @Test
    void ordinalValuesAreOnlyTheLevels() {
        var scale = ordinal();
        assertTrue(scale.isValue(2));
        assertTrue(scale.isValue(8));
        assertFalse(scale.isValue(3));
        assertFalse(scale.isValue(0));
        assertFalse(scale.isValue(10));
        assertEquals("Stämmer ganska bra", scale.bandOf(6).label());
    }

    @Test
    void ordinalPointsGrowLinearlyFromTheLowestLevelToTheHighest() {
        var scale = ordinal();
        assertEquals(0.0, scale.points("F1", 2));
        assertEquals(10.0, scale.points("F1", 4));
        assertEquals(20.0, scale.points("F1", 6));
        assertEquals(30.0, scale.points("F1", 8));
    }

    @Test
    void radarAttributesFollowTheCriterionsTypeAndTheOverallValueGivesThePoints() {
        var scale = radar();
        assertEquals(List.of("A", "D"), scale.attributesFor("P").stream().map(ModelView.Attribute::code).toList());
        assertEquals(List.of("R"), scale.attributesFor("R").stream().map(ModelView.Attribute::code).toList());
        assertTrue(scale.isValue(70));
        assertFalse(scale.isValue(75), "RADAR on a step of 10");
        assertEquals(70.0, scale.points("P", 70));
        assertEquals(105.0, scale.points("R", 70), "weights differ per criterion");
        assertEquals("Hög", scale.bandOf(70).label());
    }

    @Test
    void theSpreadThresholdDefaultsPerScale() {
        assertEquals(30, percent().spreadThreshold());
        assertEquals(4, ordinal().spreadThreshold(), "two steps of 2");
    }

    @Test
    void anUnknownCriterionIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> percent().points("X9", 50));
    }

    @Test
    void everyPresetScaleAgreesWithItself() {
        var catalog = new PresetCatalog();
        for (String key : List.of("stockholm-kvalitet", "umea-kvalitet", "solna-kvalitet", "pitea-innovation",
                "stockholm-fornyelse")) {
            var view = ModelView.of(catalog.copy(key));
            for (int v = -10; v <= 110; v++) {
                if (view.isValue(v)) {
                    int value = v;
                    view.bandOf(value);
                    var first = view.criteria().get(0);
                    double points = view.points(first.code(), value);
                    assertTrue(points >= 0 && points <= first.maxPoints(), key + " " + value);
                }
            }
        }
    }
}

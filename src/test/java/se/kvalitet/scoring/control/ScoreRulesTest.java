package se.kvalitet.scoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.criteria.entity.CriterionType;
import se.kvalitet.criteria.entity.EvaluationModel;
import se.kvalitet.criteria.entity.RadarAttribute;
import se.kvalitet.criteria.entity.ScaleBand;
import se.kvalitet.criteria.entity.ScaleKind;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.scoring.entity.ScoreEntry;

class ScoreRulesTest {

    static ModelView percent() {
        var model = new EvaluationModel(null, "P", ScaleKind.PERCENT, 10,
                List.of(new ScaleBand(0, 40, "0–40 %", null), new ScaleBand(50, 100, "50–100 %", "Starkt")),
                List.of(), 0);
        model.addCriterion("K1", "Ett", CriterionType.PROCESS, 200, 3000);
        model.addCriterion("K2", "Två", CriterionType.RESULT, 50, 3000);
        return ModelView.of(model);
    }

    static ModelView radar() {
        var model = new EvaluationModel(null, "R", ScaleKind.RADAR, 10,
                List.of(new ScaleBand(0, 40, "Låg", null), new ScaleBand(50, 100, "Hög", null)),
                List.of(new RadarAttribute("A", "Ansats", CriterionType.PROCESS),
                        new RadarAttribute("D", "Införande", CriterionType.PROCESS)), 0);
        model.addCriterion("P1", "Process", CriterionType.PROCESS, 100, 3000);
        return ModelView.of(model);
    }

    @Test
    void aValueOnTheScaleGetsItsBandAndPoints() {
        var entry = ScoreRules.entry(percent(), "K1", 70, "Därför", " Styrka ", null, null, null);
        assertEquals(70, entry.value());
        assertEquals("50–100 %", entry.bandLabel());
        assertEquals(140.0, entry.points());
    }

    @Test
    void aDraftMayLeaveTheValueOpen() {
        var entry = ScoreRules.entry(percent(), "K1", null, null, "Styrka", null, null, null);
        assertEquals(null, entry.value());
        assertEquals(null, entry.points());
        assertEquals(null, entry.bandLabel());
    }

    @Test
    void offTheScaleOffItsStepsOrAnUnknownCriterionIsRefused() {
        assertEquals("scoring.score.offScale",
                assertThrows(RuleViolation.class, () -> ScoreRules.entry(percent(), "K1", 75, null, null, null, null, null))
                        .getMessageKey());
        assertEquals("scoring.score.offScale",
                assertThrows(RuleViolation.class, () -> ScoreRules.entry(percent(), "K1", 110, null, null, null, null, null))
                        .getMessageKey());
        assertEquals("scoring.score.offScale",
                assertThrows(RuleViolation.class, () -> ScoreRules.entry(percent(), "K1", -10, null, null, null, null, null))
                        .getMessageKey());
        assertEquals("scoring.criterion.unknown",
                assertThrows(RuleViolation.class, () -> ScoreRules.entry(percent(), "X", 10, null, null, null, null, null))
                        .getMessageKey());
    }

    @Test
    void aTextLongerThanTheLimitIsRefused() {
        String tooLong = "x".repeat(ScoreRules.MAX_TEXT + 1);
        assertEquals("scoring.text.tooLong", assertThrows(RuleViolation.class,
                () -> ScoreRules.entry(percent(), "K1", 10, null, null, tooLong, null, null)).getMessageKey());
    }

    @Test
    void radarAttributesAreCheckedAndTheOverallValueGivesThePoints() {
        var entry = ScoreRules.entry(radar(), "P1", 60, "Motivering", null, null, null, Map.of("A", 70, "D", 50));
        assertEquals(Map.of("A", 70, "D", 50), entry.radar());
        assertEquals(60.0, entry.points());
        assertEquals("scoring.radar.unknownAttribute", assertThrows(RuleViolation.class,
                () -> ScoreRules.entry(radar(), "P1", 60, null, null, null, null, Map.of("R", 70))).getMessageKey());
        assertEquals("scoring.score.offScale", assertThrows(RuleViolation.class,
                () -> ScoreRules.entry(radar(), "P1", 60, null, null, null, null, Map.of("A", 75))).getMessageKey());
        var cleared = new HashMap<String, Integer>();
        cleared.put("A", null);
        assertEquals(Map.of(), ScoreRules.entry(radar(), "P1", null, null, null, null, null, cleared).radar());
    }

    @Test
    void submittingNeedsAScoreAndAJustificationForEveryCriterion() {
        var model = percent();
        var written = new HashMap<String, ScoreEntry>();
        written.put("K1", ScoreRules.entry(model, "K1", 70, "Motivering", null, null, null, null));
        var missing = ScoreRules.missing(model, written);
        assertEquals(List.of("scoring.submit.scoreMissing", "scoring.submit.justificationMissing"),
                missing.stream().map(RuleViolation::getMessageKey).toList());
        assertEquals("K2", missing.get(0).getArguments()[0]);

        written.put("K2", ScoreRules.entry(model, "K2", 0, "  ", null, null, null, null));
        missing = ScoreRules.missing(model, written);
        assertEquals(List.of("scoring.submit.justificationMissing"), missing.stream().map(RuleViolation::getMessageKey).toList());

        written.put("K2", ScoreRules.entry(model, "K2", 0, "Inga belägg", null, null, null, null));
        assertTrue(ScoreRules.missing(model, written).isEmpty(), "a score of 0 is a score");
    }

    @Test
    void onRadarEveryAttributeMustBeScoredBeforeSubmitting() {
        var model = radar();
        var written = Map.of("P1", ScoreRules.entry(model, "P1", 60, "Motivering", null, null, null, Map.of("A", 70)));
        assertEquals(List.of("scoring.submit.radarMissing"),
                ScoreRules.missing(model, written).stream().map(RuleViolation::getMessageKey).toList());
        var complete = Map.of("P1", ScoreRules.entry(model, "P1", 60, "Motivering", null, null, null, Map.of("A", 70, "D", 50)));
        assertTrue(ScoreRules.missing(model, complete).isEmpty());
    }
}

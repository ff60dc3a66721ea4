package se.kvalitet.renewal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.platform.errors.RuleViolation;

/** A juror's values and justifications against the renewal prize's model (ordinal 1–5, weights 15/15/20/25/15/10). */
class JurorRulesTest {

    static final int[] WEIGHTS = {15, 15, 20, 25, 15, 10};

    static final ModelView MODEL = new ModelView(7L, 0, "stockholm-fornyelse", "Förnyelsepriset", null, null, "ORDINAL",
            null, 2, true,
            IntStream.rangeClosed(1, 5).mapToObj(l -> new ModelView.Band(l - 1, l, l, "Nivå " + l, null)).toList(),
            List.of(),
            IntStream.range(0, 6).mapToObj(i -> new ModelView.CriterionView(100L + i, i + 1, "F" + (i + 1),
                    "Kriterium " + (i + 1), null, null, List.of(), "INNOVATION", WEIGHTS[i], 3000)).toList(),
            100);

    @Test
    void pointsComeFromTheModelsScale() {
        var entry = JurorRules.entry(MODEL, "F4", 4, "Tydliga resultat.");
        assertEquals(103L, entry.criterionId());
        assertEquals(18.8, entry.points(), "level 4 of 1–5 is three quarters of 25 points");
        assertEquals(0.0, JurorRules.entry(MODEL, "F1", 1, null).points());
        assertEquals(15.0, JurorRules.entry(MODEL, "F1", 5, null).points());
        assertEquals(null, JurorRules.entry(MODEL, "F1", null, "Motivering först").points());
    }

    @Test
    void valuesOffTheScaleAndUnknownCriteriaAreRefused() {
        assertEquals("renewal.score.offScale", assertThrows(RuleViolation.class,
                () -> JurorRules.entry(MODEL, "F1", 0, null)).getMessageKey());
        assertEquals("renewal.score.offScale", assertThrows(RuleViolation.class,
                () -> JurorRules.entry(MODEL, "F1", 6, null)).getMessageKey());
        assertEquals("renewal.criterion.unknown", assertThrows(RuleViolation.class,
                () -> JurorRules.entry(MODEL, "K1", 3, null)).getMessageKey());
        assertEquals("renewal.justification.tooLong", assertThrows(RuleViolation.class,
                () -> JurorRules.entry(MODEL, "F1", 3, "x".repeat(JurorRules.MAX_JUSTIFICATION + 1))).getMessageKey());
    }

    @Test
    void submittingNeedsAValueAndAJustificationForEveryCriterion() {
        var written = new LinkedHashMap<String, JurorRules.Entry>();
        var missing = JurorRules.missing(MODEL, written);
        assertEquals(List.of("renewal.submit.valueMissing", "renewal.submit.justificationMissing"),
                missing.stream().map(RuleViolation::getMessageKey).toList());
        assertEquals("F1, F2, F3, F4, F5, F6", missing.get(0).getArguments()[0]);

        for (int i = 1; i <= 6; i++) {
            written.put("F" + i, JurorRules.entry(MODEL, "F" + i, 3, i == 2 ? "  " : "Motivering " + i));
        }
        written.put("F5", JurorRules.entry(MODEL, "F5", null, "Motivering 5"));
        missing = JurorRules.missing(MODEL, written);
        assertEquals(2, missing.size());
        assertEquals("F5", missing.get(0).getArguments()[0]);
        assertEquals("F2", missing.get(1).getArguments()[0], "a blank justification is no justification");

        written.put("F2", JurorRules.entry(MODEL, "F2", 3, "Motivering 2"));
        written.put("F5", JurorRules.entry(MODEL, "F5", 5, "Motivering 5"));
        assertTrue(JurorRules.missing(MODEL, written).isEmpty());
    }
}

package se.kvalitet.criteria.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kvalitet.criteria.entity.Criterion;
import se.kvalitet.criteria.entity.CriterionType;
import se.kvalitet.criteria.entity.Scale;
import se.kvalitet.criteria.entity.ScaleKind;

/** The shipped presets: all load, all are valid models, and the copies are independent. */
class PresetCatalogTest {

    final PresetCatalog catalog = new PresetCatalog();

    static List<String> keys() {
        return PresetCatalog.KEYS;
    }

    @Test
    void allFivePresetsLoadInOrder() {
        var all = catalog.all();
        assertEquals(5, all.size());
        assertEquals(PresetCatalog.KEYS, all.stream().map(PresetCatalog.PresetSummary::key).toList());
        assertTrue(catalog.summary("no-such-preset").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> catalog.copy("no-such-preset"));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void eachPresetIsAValidModel(String key) {
        var model = catalog.copy(key);
        assertDoesNotThrow(() -> Scale.validate(model.getScaleKind(), model.getScaleStep(), model.getBands()));
        assertDoesNotThrow(() -> Scale.requireSpreadThreshold(model.getScaleKind(), model.getBands(), model.getSpreadThreshold()));
        assertEquals(key, model.getPresetKey());
        assertFalse(model.isFrozen());
        assertFalse(model.getName().isBlank());
        assertNotNull(model.getDescription());
        var codes = new HashSet<String>();
        for (var band : model.getBands()) {
            assertFalse(band.getLabel().isBlank(), key + " band label");
        }
        if (model.getScaleKind() == ScaleKind.RADAR) {
            assertFalse(model.getAttributes().isEmpty(), key + " RADAR needs attributes");
        }
        assertFalse(model.getCriteria().isEmpty());
        for (Criterion c : model.getCriteria()) {
            assertTrue(codes.add(c.getCode().toLowerCase()), key + " duplicate code " + c.getCode());
            assertFalse(c.getTitle().isBlank(), key + "/" + c.getCode() + " title");
            assertNotNull(c.getDescription(), key + "/" + c.getCode() + " description");
            assertFalse(c.getDescription().isBlank(), key + "/" + c.getCode() + " description");
            assertFalse(c.getGuidingQuestionList().isEmpty(), key + "/" + c.getCode() + " guiding questions");
            assertTrue(c.getAnswerMaxLength() >= Criterion.MIN_ANSWER_LENGTH
                    && c.getAnswerMaxLength() <= Criterion.MAX_ANSWER_LENGTH, key + "/" + c.getCode() + " answer length");
            assertTrue(c.getMaxPoints() >= 1, key + "/" + c.getCode() + " points");
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).subList(0, model.getCriteria().size()),
                model.getCriteria().stream().map(Criterion::getPosition).toList());
    }

    @ParameterizedTest
    @MethodSource("keys")
    void qualityAwardPresetsTotal1000AndRenewalPresets100(String key) {
        var summary = catalog.summary(key).orElseThrow();
        var model = catalog.copy(key);
        int expected = switch (summary.award()) {
            case "QUALITY_AWARD" -> 1000;
            case "RENEWAL_PRIZE" -> 100;
            default -> throw new AssertionError("unknown award " + summary.award());
        };
        assertEquals(expected, model.getTotalPoints(), key);
        assertEquals(expected, summary.totalPoints(), key);
        assertEquals(model.getCriteria().size(), summary.criteria());
        assertEquals(model.getScaleKind().name(), summary.scaleKind());
    }

    @Test
    void bothAwardsAndAllScaleKindsAreOffered() {
        var all = catalog.all();
        assertEquals(3, all.stream().filter(p -> p.award().equals("QUALITY_AWARD")).count());
        assertEquals(2, all.stream().filter(p -> p.award().equals("RENEWAL_PRIZE")).count());
        assertEquals(java.util.Set.of("PERCENT", "RADAR", "ORDINAL"),
                all.stream().map(PresetCatalog.PresetSummary::scaleKind).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void piteaUsesTheEvenScaleWithoutAMiddle() {
        var pitea = catalog.copy("pitea-innovation");
        assertEquals(ScaleKind.ORDINAL, pitea.getScaleKind());
        assertEquals(List.of(2, 4, 6, 8), pitea.getBands().stream().map(b -> b.getMin()).toList());
        assertEquals(4, pitea.getSpreadThreshold());
    }

    @Test
    void copiesAreIndependentObjects() {
        var first = catalog.copy("stockholm-kvalitet");
        var second = catalog.copy("stockholm-kvalitet");
        assertNotSame(first, second);
        assertNotSame(first.getCriteria().get(0), second.getCriteria().get(0));
        assertNotSame(first.getBands().get(0), second.getBands().get(0));

        first.reviseCriterion(first.getCriteria().get(0), "Ändrad", null, "Ny fråga?", CriterionType.RESULT, 1, 100);
        first.describeBand(0, "Ändrad beskrivning");
        first.removeCriterion(first.getCriteria().get(1));
        first.setSpreadThreshold(50);
        first.freeze();

        assertFalse(second.isFrozen());
        assertEquals(9, second.getCriteria().size());
        assertEquals(1000, second.getTotalPoints());
        assertFalse(second.getCriteria().get(0).getTitle().equals("Ändrad"));
        assertFalse("Ändrad beskrivning".equals(second.getBands().get(0).getDescriptor()));
        assertEquals(30, second.getSpreadThreshold());
        var third = catalog.copy("stockholm-kvalitet");
        assertEquals(second.getCriteria().get(0).getTitle(), third.getCriteria().get(0).getTitle(),
                "the preset itself never changes");
    }
}

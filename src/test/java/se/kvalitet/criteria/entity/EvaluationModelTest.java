package se.kvalitet.criteria.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

/** The model's rules: unique codes, order, totals, checked fields, and no change at all once frozen. */
class EvaluationModelTest {

    static EvaluationModel model() {
        var model = new EvaluationModel("test", "Testmodell", ScaleKind.PERCENT, 10, ScaleTest.TENS, List.of(), 0);
        model.addCriterion("1", "Åtaganden", CriterionType.PROCESS, 100, 5000);
        model.addCriterion("2", "Resultat", CriterionType.RESULT, 150, 5000);
        model.addCriterion("3", "Goda exempel", CriterionType.PROCESS, 50, 3000);
        return model;
    }

    static List<String> codes(EvaluationModel model) {
        return model.getCriteria().stream().map(Criterion::getCode).toList();
    }

    static List<Integer> positions(EvaluationModel model) {
        return model.getCriteria().stream().map(Criterion::getPosition).toList();
    }

    @Test
    void totalPointsIsTheSumOfMaximums() {
        var model = model();
        assertEquals(300, model.getTotalPoints());
        model.removeCriterion(model.getCriteria().get(1));
        assertEquals(150, model.getTotalPoints());
    }

    @Test
    void defaultSpreadThresholdComesFromTheScale() {
        assertEquals(30, model().getSpreadThreshold());
        var ordinal = new EvaluationModel("o", "O", ScaleKind.ORDINAL, 1, ScaleTest.PITEA, List.of(), 0);
        assertEquals(4, ordinal.getSpreadThreshold());
        assertNull(ordinal.getScaleStep(), "ordinal scales have no step");
    }

    @Test
    void anInvalidScaleIsRefusedAtCreation() {
        assertThrows(InvalidScaleException.class,
                () -> new EvaluationModel("x", "X", ScaleKind.PERCENT, 7, ScaleTest.TENS, List.of(), 0));
        assertThrows(InvalidScaleException.class,
                () -> new EvaluationModel("x", "X", ScaleKind.PERCENT, 10, ScaleTest.TENS, List.of(), 200));
    }

    @Test
    void codesAreUniqueIgnoringCaseAndSpaces() {
        var model = model();
        model.addCriterion("4a", "Fyra", CriterionType.PROCESS, 10, 1000);
        var refused = assertThrows(InvalidScaleException.class,
                () -> model.addCriterion(" 4A ", "Igen", CriterionType.PROCESS, 10, 1000));
        assertEquals("criteria.criterion.codeExists", refused.getMessageKey());
        assertEquals(4, model.getCriteria().size());
    }

    @Test
    void newCriteriaAreCheckedAndAppended() {
        var model = model();
        assertEquals("criteria.criterion.codeRequired", assertThrows(RuleViolation.class,
                () -> model.addCriterion(" ", "T", CriterionType.PROCESS, 10, 1000)).getMessageKey());
        assertEquals("criteria.criterion.titleRequired", assertThrows(RuleViolation.class,
                () -> model.addCriterion("9", " ", CriterionType.PROCESS, 10, 1000)).getMessageKey());
        assertEquals("criteria.criterion.maxPoints.range", assertThrows(RuleViolation.class,
                () -> model.addCriterion("9", "T", CriterionType.PROCESS, 0, 1000)).getMessageKey());
        assertEquals("criteria.criterion.maxPoints.range", assertThrows(RuleViolation.class,
                () -> model.addCriterion("9", "T", CriterionType.PROCESS, 1001, 1000)).getMessageKey());
        assertEquals("criteria.criterion.answerMaxLength.range", assertThrows(RuleViolation.class,
                () -> model.addCriterion("9", "T", CriterionType.PROCESS, 10, 99)).getMessageKey());
        assertEquals("criteria.criterion.answerMaxLength.range", assertThrows(RuleViolation.class,
                () -> model.addCriterion("9", "T", CriterionType.PROCESS, 10, 100_001)).getMessageKey());
        assertEquals("criteria.criterion.typeRequired", assertThrows(RuleViolation.class,
                () -> model.addCriterion("9", "T", null, 10, 1000)).getMessageKey());
        assertEquals(3, model.getCriteria().size());

        var added = model.addCriterion("9", "Nytt", CriterionType.INNOVATION, 1000, 100_000);
        assertEquals(4, added.getPosition());
        assertEquals(List.of("1", "2", "3", "9"), codes(model));
    }

    @Test
    void reviseChangesAllFieldsOrNone() {
        var model = model();
        var first = model.getCriteria().get(0);
        model.reviseCriterion(first, " Nya åtaganden ", "Beskrivning", "Fråga ett?\r\n\r\n  Fråga två?  \n",
                CriterionType.RESULT, 200, 8000);
        assertEquals("Nya åtaganden", first.getTitle());
        assertEquals("Beskrivning", first.getDescription());
        assertEquals("Fråga ett?\nFråga två?", first.getGuidingQuestions());
        assertEquals(List.of("Fråga ett?", "Fråga två?"), first.getGuidingQuestionList());
        assertEquals(CriterionType.RESULT, first.getType());
        assertEquals(200, first.getMaxPoints());
        assertEquals(8000, first.getAnswerMaxLength());

        assertThrows(RuleViolation.class, () -> model.reviseCriterion(first, "Annan rubrik", null, null,
                CriterionType.PROCESS, 100, 50));
        assertEquals("Nya åtaganden", first.getTitle(), "nothing changed when one field was refused");
        assertEquals(200, first.getMaxPoints());
        assertEquals(CriterionType.RESULT, first.getType());

        assertEquals("criteria.criterion.titleTooLong", assertThrows(RuleViolation.class,
                () -> model.reviseCriterion(first, "x".repeat(301), null, null, CriterionType.PROCESS, 100, 500))
                .getMessageKey());
        assertEquals("criteria.criterion.descriptionTooLong", assertThrows(RuleViolation.class,
                () -> model.reviseCriterion(first, "T", "x".repeat(10_001), null, CriterionType.PROCESS, 100, 500))
                .getMessageKey());
    }

    @Test
    void aCriterionOfAnotherModelIsNotFound() {
        var model = model();
        var other = model().getCriteria().get(0);
        assertEquals("criteria.criterion.notFound", assertThrows(RuleViolation.class,
                () -> model.removeCriterion(other)).getMessageKey());
        assertEquals("criteria.criterion.notFound", assertThrows(RuleViolation.class,
                () -> model.move(other, 1)).getMessageKey());
        assertEquals("criteria.criterion.notFound", assertThrows(RuleViolation.class,
                () -> model.reviseCriterion(other, "T", null, null, CriterionType.PROCESS, 1, 100)).getMessageKey());
    }

    @Test
    void moveSwapsNeighboursAndKeepsPositionsGapless() {
        var model = model();
        var third = model.getCriteria().get(2);
        model.move(third, -1);
        assertEquals(List.of("1", "3", "2"), codes(model));
        assertEquals(List.of(1, 2, 3), positions(model));
        model.move(third, -1);
        assertEquals(List.of("3", "1", "2"), codes(model));
        model.move(third, -1);
        assertEquals(List.of("3", "1", "2"), codes(model), "already first");
        model.move(model.getCriteria().get(2), 1);
        assertEquals(List.of("3", "1", "2"), codes(model), "already last");
        model.move(third, 5);
        assertEquals(List.of("1", "3", "2"), codes(model), "one step whatever the size");
        assertEquals(List.of(1, 2, 3), positions(model));
    }

    @Test
    void removeRenumbers() {
        var model = model();
        model.removeCriterion(model.getCriteria().get(0));
        assertEquals(List.of("2", "3"), codes(model));
        assertEquals(List.of(1, 2), positions(model));
    }

    @Test
    void bandDescriptorsAndSpreadThresholdAreChecked() {
        var model = model();
        model.describeBand(2, "  Ett systematiskt arbetssätt  ");
        assertEquals("Ett systematiskt arbetssätt", model.getBands().get(2).getDescriptor());
        model.describeBand(2, " ");
        assertNull(model.getBands().get(2).getDescriptor());
        assertEquals("criteria.band.notFound", assertThrows(InvalidScaleException.class,
                () -> model.describeBand(5, "x")).getMessageKey());
        assertEquals("criteria.band.descriptorTooLong", assertThrows(InvalidScaleException.class,
                () -> model.describeBand(0, "x".repeat(2001))).getMessageKey());
        model.setSpreadThreshold(20);
        assertEquals(20, model.getSpreadThreshold());
        assertEquals("criteria.scale.spreadThresholdRange", assertThrows(InvalidScaleException.class,
                () -> model.setSpreadThreshold(0)).getMessageKey());
        assertEquals(20, model.getSpreadThreshold());
    }

    @Test
    void theCollectionsCannotBeChangedAroundTheRules() {
        var model = model();
        assertThrows(UnsupportedOperationException.class, () -> model.getCriteria().clear());
        assertThrows(UnsupportedOperationException.class, () -> model.getBands().clear());
        assertThrows(UnsupportedOperationException.class, () -> model.getAttributes().add(null));
    }

    @Test
    void aFrozenModelRefusesEveryChange() {
        var model = model();
        var first = model.getCriteria().get(0);
        model.freeze();
        assertTrue(model.isFrozen());
        List<Runnable> changes = List.of(
                () -> model.addCriterion("9", "Nytt", CriterionType.PROCESS, 10, 1000),
                () -> model.removeCriterion(first),
                () -> model.move(first, 1),
                () -> model.reviseCriterion(first, "T", null, null, CriterionType.PROCESS, 10, 1000),
                () -> model.describeBand(0, "ny"),
                () -> model.setSpreadThreshold(20),
                () -> model.setName("Nytt namn"),
                () -> model.setDescription("Ny"),
                () -> model.setSource("Ny"),
                () -> first.setTitle("Ny"),
                () -> first.setDescription("Ny"),
                () -> first.setGuidingQuestions("Ny?"),
                () -> first.setType(CriterionType.RESULT),
                () -> first.setMaxPoints(10),
                () -> first.setAnswerMaxLength(1000));
        for (int i = 0; i < changes.size(); i++) {
            var refused = assertThrows(InvalidScaleException.class, changes.get(i)::run, "change " + i);
            assertEquals("criteria.model.frozen", refused.getMessageKey());
        }
        assertEquals(List.of("1", "2", "3"), codes(model));
        assertEquals("Åtaganden", first.getTitle());
        assertEquals(100, first.getMaxPoints());
        assertEquals(30, model.getSpreadThreshold());
        assertEquals("Testmodell", model.getName());
    }

    @Test
    void valuesAndPointsGoThroughTheModelsScale() {
        var model = model();
        var first = model.getCriteria().get(0);
        assertEquals(70.0, model.points(first, 70));
        assertEquals("60–70 %", model.bandOf(60).getLabel());
        assertThrows(InvalidScaleException.class, () -> model.points(first, 75));
    }
}

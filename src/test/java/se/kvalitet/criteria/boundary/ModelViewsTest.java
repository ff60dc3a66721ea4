package se.kvalitet.criteria.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.criteria.control.PresetCatalog;
import se.kvalitet.criteria.entity.CriterionType;
import se.kvalitet.criteria.entity.EvaluationModel;
import se.kvalitet.criteria.entity.RadarAttribute;
import se.kvalitet.criteria.entity.ScaleBand;
import se.kvalitet.criteria.entity.ScaleKind;

class ModelViewsTest {

    private static EvaluationModel ordinal() {
        var model = new EvaluationModel(null, "Förnyelse", ScaleKind.ORDINAL, 5,
                List.of(new ScaleBand(2, 2, "Stämmer inte alls", null), new ScaleBand(4, 4, "Stämmer ganska dåligt", null),
                        new ScaleBand(6, 6, "Stämmer ganska bra", "Konkreta exempel"), new ScaleBand(8, 8, "Stämmer helt", null)),
                List.of(), 0);
        var first = model.addCriterion("F1", "Nytänkande", CriterionType.INNOVATION, 30, 3000);
        first.setDescription("Vad är nytt?");
        first.setGuidingQuestions("Vad har ni gjort?\n\n  Varför?  \n");
        model.addCriterion("F2", "Nytta", CriterionType.RESULT, 70, 4000);
        return model;
    }

    @Test
    void aModelShowsItsScaleCriteriaAndTotal() {
        var detail = ModelDetail.from(ordinal());

        assertEquals("Förnyelse", detail.name());
        assertFalse(detail.frozen());
        assertEquals(100, detail.totalPoints());
        assertEquals(ScaleKind.ORDINAL, detail.scale().kind());
        assertNull(detail.scale().step(), "ordinal scales have no step");
        assertEquals(4, detail.scale().spreadThreshold(), "default: two steps of 2");
        assertEquals(new ScaleBandView(6, 6, "Stämmer ganska bra", "Konkreta exempel"), detail.scale().bands().get(2));
        assertEquals(List.of(), detail.scale().attributes());
    }

    @Test
    void criteriaComeInOrderWithTheirGuidingQuestionsAsAList() {
        var criteria = ModelDetail.from(ordinal()).criteria();
        assertEquals(List.of("F1", "F2"), criteria.stream().map(CriterionView::code).toList());
        assertEquals(new CriterionView(null, 1, "F1", "Nytänkande", "Vad är nytt?", List.of("Vad har ni gjort?", "Varför?"),
                CriterionType.INNOVATION, 30, 3000), criteria.get(0));
        assertEquals(List.of(), criteria.get(1).guidingQuestions());
    }

    @Test
    void movingACriterionChangesTheOrderShown() {
        var model = ordinal();
        model.move(model.getCriteria().get(1), -1);
        assertEquals(List.of("F2", "F1"), ModelDetail.from(model).criteria().stream().map(CriterionView::code).toList());
    }

    @Test
    void aFrozenModelSaysSo() {
        var model = ordinal();
        model.freeze();
        assertTrue(ModelDetail.from(model).frozen());
    }

    @Test
    void radarAttributesAreShownWithTheTypeTheyApplyTo() {
        var model = new EvaluationModel("x", "RADAR", ScaleKind.RADAR, 10,
                List.of(new ScaleBand(0, 40, "Låg", null), new ScaleBand(50, 100, "Hög", null)),
                List.of(new RadarAttribute("A", "Ansats", CriterionType.PROCESS), new RadarAttribute("R", "Relevans", CriterionType.RESULT)),
                25);
        var scale = ModelDetail.from(model).scale();
        assertEquals(10, scale.step());
        assertEquals(25, scale.spreadThreshold());
        assertEquals(List.of(new RadarAttributeView("A", "Ansats", CriterionType.PROCESS),
                new RadarAttributeView("R", "Relevans", CriterionType.RESULT)), scale.attributes());
    }

    @Test
    void aPresetInFullMatchesItsSummary() {
        var catalog = new PresetCatalog();
        var summary = catalog.summary("umea-kvalitet").orElseThrow();
        var preset = PresetDetail.from(summary, catalog.copy("umea-kvalitet"));

        assertEquals("umea-kvalitet", preset.key());
        assertEquals(summary.name(), preset.name());
        assertEquals(summary.award(), preset.award());
        assertEquals(summary.criteria(), preset.criteria().size());
        assertEquals(summary.totalPoints(), preset.totalPoints());
        assertEquals(summary.totalPoints(), preset.criteria().stream().mapToInt(CriterionView::maxPoints).sum());
        assertEquals(ScaleKind.RADAR, preset.scale().kind());
        assertFalse(preset.scale().attributes().isEmpty());
        assertTrue(preset.criteria().stream().allMatch(c -> c.id() == null && !c.guidingQuestions().isEmpty()));
    }

    @Test
    void theOverviewRepeatsTheCatalogSummary() {
        var summary = new PresetCatalog.PresetSummary("k", "Namn", "QUALITY_AWARD", "Om", "PERCENT", 9, 1000);
        assertEquals(new PresetOverview("k", "Namn", "QUALITY_AWARD", "Om", "PERCENT", 9, 1000), PresetOverview.from(summary));
    }
}

package se.kvalitet.cycles.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.CycleCategory;

/** One award of a cycle with the evaluation model it is judged by and its competition classes in order. */
@JsonbPropertyOrder({"id", "award", "evaluationModelId", "prizeAmount", "classes"})
@Schema(name = "CycleCategory", description = "One award of a cycle: its evaluation model and competition classes",
        properties = {
                @SchemaProperty(name = "evaluationModelId",
                        description = "The evaluation model (GET /models/{id}); absent until one is chosen",
                        nullable = true),
                @SchemaProperty(name = "prizeAmount", description = "Prize amount in SEK", nullable = true)})
public record CycleCategoryView(
        Long id,
        Award award,
        Long evaluationModelId,
        Integer prizeAmount,
        List<CompetitionClassView> classes) {

    public static CycleCategoryView from(CycleCategory category) {
        return new CycleCategoryView(category.getId(), category.getAward(), category.getEvaluationModelId(),
                category.getPrizeAmount(), category.getClasses().stream()
                .sorted(Comparator.comparingInt(c -> c.getPosition()))
                .map(CompetitionClassView::from).toList());
    }
}

package se.kvalitet.criteria.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import se.kvalitet.criteria.entity.EvaluationModel;

/** An evaluation model of a cycle category: its scale and criteria, and whether it is frozen. */
@JsonbPropertyOrder({"id", "presetKey", "name", "description", "source", "frozen", "totalPoints", "scale", "criteria"})
@Schema(name = "ModelDetail", description = "An evaluation model with its scale and criteria",
        properties = {
                @SchemaProperty(name = "presetKey", description = "The preset it was copied from", nullable = true),
                @SchemaProperty(name = "description", nullable = true),
                @SchemaProperty(name = "source",
                        description = "Where the model's requirements come from", nullable = true),
                @SchemaProperty(name = "frozen",
                        description = "True once applications opened: applicants write and examiners score against it"),
                @SchemaProperty(name = "totalPoints", description = "Sum of the criteria's maximum points")})
public record ModelDetail(
        Long id,
        String presetKey,
        String name,
        String description,
        String source,
        boolean frozen,
        int totalPoints,
        ScaleView scale,
        List<CriterionView> criteria) {

    public static ModelDetail from(EvaluationModel model) {
        return new ModelDetail(model.getId(), model.getPresetKey(), model.getName(), model.getDescription(),
                model.getSource(), model.isFrozen(), model.getTotalPoints(), ScaleView.from(model),
                model.getCriteria().stream().sorted(Comparator.comparingInt(c -> c.getPosition()))
                        .map(CriterionView::from).toList());
    }
}

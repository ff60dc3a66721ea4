package se.kvalitet.criteria.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import se.kvalitet.criteria.control.PresetCatalog;
import se.kvalitet.criteria.entity.EvaluationModel;

/** A preset in full: what a cycle category gets when it adopts it (its scale and criteria). */
@JsonbPropertyOrder({"key", "name", "award", "description", "source", "totalPoints", "scale", "criteria"})
@Schema(name = "PresetDetail", description = "A preset evaluation model with its scale and criteria",
        properties = {
                @SchemaProperty(name = "key", example = "stockholm-kvalitet"),
                @SchemaProperty(name = "award", example = "QUALITY_AWARD"),
                @SchemaProperty(name = "source", nullable = true)})
public record PresetDetail(
        String key,
        String name,
        String award,
        String description,
        String source,
        int totalPoints,
        ScaleView scale,
        List<CriterionView> criteria) {

    /** The preset's summary together with the (unsaved) model the catalogue builds from it. */
    public static PresetDetail from(PresetCatalog.PresetSummary summary, EvaluationModel model) {
        var full = ModelDetail.from(model);
        return new PresetDetail(summary.key(), full.name(), summary.award(), full.description(), full.source(),
                full.totalPoints(), full.scale(), full.criteria());
    }
}

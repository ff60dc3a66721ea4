package se.kvalitet.criteria.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import se.kvalitet.criteria.control.PresetCatalog;

/** A preset in a list: enough to choose one. */
@JsonbPropertyOrder({"key", "name", "award", "description", "scaleKind", "criteria", "totalPoints"})
@Schema(name = "PresetOverview", description = "A preset evaluation model in a list",
        properties = {
                @SchemaProperty(name = "key", example = "stockholm-kvalitet"),
                @SchemaProperty(name = "award",
                        description = "The award the preset is written for", example = "QUALITY_AWARD"),
                @SchemaProperty(name = "scaleKind", example = "PERCENT"),
                @SchemaProperty(name = "criteria", description = "Number of criteria"),
                @SchemaProperty(name = "totalPoints", description = "Sum of the criteria's maximum points")})
public record PresetOverview(
        String key,
        String name,
        String award,
        String description,
        String scaleKind,
        int criteria,
        int totalPoints) implements java.io.Serializable {

    static PresetOverview of(PresetCatalog.PresetSummary preset) {
        return from(preset);
    }

    public static PresetOverview from(PresetCatalog.PresetSummary preset) {
        return new PresetOverview(preset.key(), preset.name(), preset.award(), preset.description(), preset.scaleKind(),
                preset.criteria(), preset.totalPoints());
    }
}

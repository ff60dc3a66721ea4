package se.kvalitet.criteria.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import se.kvalitet.criteria.entity.ScaleBand;

/** A band of a percent scale (e.g. 30–45 %) or one level of an ordinal scale (min = max). */
@JsonbPropertyOrder({"min", "max", "label", "descriptor"})
@Schema(name = "ScaleBand", description = "A band of a percent scale, or one level of an ordinal scale (min = max)",
        properties = {
                @SchemaProperty(name = "descriptor", description = "What a unit at this level shows", nullable = true)})
public record ScaleBandView(int min, int max, String label,
                            String descriptor) {

    public static ScaleBandView from(ScaleBand band) {
        return new ScaleBandView(band.getMin(), band.getMax(), band.getLabel(), band.getDescriptor());
    }
}

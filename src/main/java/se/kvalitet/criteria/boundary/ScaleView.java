package se.kvalitet.criteria.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import se.kvalitet.criteria.entity.EvaluationModel;
import se.kvalitet.criteria.entity.ScaleKind;

/**
 * The scoring scale of a model: percent bands on a grid of {@code step}, RADAR attributes, or ordinal
 * levels; and the spread between examiners' scores that flags a criterion for discussion.
 */
@JsonbPropertyOrder({"kind", "step", "bands", "attributes", "spreadThreshold"})
@Schema(name = "Scale", description = "The scoring scale of an evaluation model",
        properties = {
                @SchemaProperty(name = "step",
                        description = "Grid of percent values (5 or 10); absent on ordinal scales", nullable = true),
                @SchemaProperty(name = "attributes", description = "RADAR attributes; empty unless kind is RADAR"),
                @SchemaProperty(name = "spreadThreshold",
                        description = "Spread between examiners' scores that flags a criterion for the consensus meeting")})
public record ScaleView(
        ScaleKind kind,
        Integer step,
        List<ScaleBandView> bands,
        List<RadarAttributeView> attributes,
        int spreadThreshold) {

    public static ScaleView from(EvaluationModel model) {
        return new ScaleView(model.getScaleKind(), model.getScaleStep(),
                model.getBands().stream().map(ScaleBandView::from).toList(),
                model.getAttributes().stream().map(RadarAttributeView::from).toList(),
                model.getSpreadThreshold());
    }
}

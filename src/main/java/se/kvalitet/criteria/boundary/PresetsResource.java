package se.kvalitet.criteria.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kvalitet.platform.errors.NotFound;

/**
 * The preset evaluation models over REST, read-only: the models written from the cities' quality strategies,
 * which a cycle category copies. Authorization is the {@link EvaluationModels} boundary's.
 */
@Path("presets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Presets", description = "Preset evaluation models that cycle categories copy")
public class PresetsResource {

    @Inject
    EvaluationModels models;

    @GET
    @Operation(operationId = "listPresets", summary = "All presets, in the order they are offered")
    @APIResponse(responseCode = "200", description = "The presets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PresetOverview[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<PresetOverview> all() {
        return models.presets();
    }

    @GET
    @Path("{key}")
    @Operation(operationId = "getPreset", summary = "One preset with its full scale and criteria")
    @APIResponse(responseCode = "200", description = "The preset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PresetDetail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PresetDetail one(@Parameter(description = "The preset's key", required = true, example = "stockholm-kvalitet")
                            @PathParam("key") String key) {
        return models.presetDetail(key).orElseThrow(() -> new NotFound("criteria.preset.unknown", key));
    }
}

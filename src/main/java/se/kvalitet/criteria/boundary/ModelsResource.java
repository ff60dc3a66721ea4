package se.kvalitet.criteria.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kvalitet.platform.errors.NotFound;

/**
 * The evaluation models of cycle categories over REST, read-only (a cycle's categories name their model ids).
 * Authorization is the {@link EvaluationModels} boundary's: every signed-in role may read models.
 */
@Path("models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation models", description = "The evaluation models of cycle categories: criteria and scales")
public class ModelsResource {

    @Inject
    EvaluationModels models;

    @GET
    @Path("{id}")
    @Operation(operationId = "getModel", summary = "One evaluation model",
            description = "Its scale (kind, step, bands, RADAR attributes, spread threshold), its criteria in order "
                    + "(code, title, description, guiding questions, type, max points, answer length), whether it is "
                    + "frozen, and its total points.")
    @APIResponse(responseCode = "200", description = "The model",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelDetail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ModelDetail one(@Parameter(description = "The model's id", required = true) @PathParam("id") long id) {
        return models.model(id).orElseThrow(() -> new NotFound("criteria.model.notFound.id", id));
    }
}

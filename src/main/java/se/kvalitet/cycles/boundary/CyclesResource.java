package se.kvalitet.cycles.boundary;

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
 * Award cycles over REST, read-only. Authorization is the {@link Cycles} boundary's: every signed-in role
 * may read cycles.
 */
@Path("cycles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles", description = "Award cycles: categories, competition classes, phases and dates")
public class CyclesResource {

    @Inject
    Cycles cycles;

    @GET
    @Operation(operationId = "listCycles", summary = "All award cycles, newest first")
    @APIResponse(responseCode = "200", description = "The cycles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleSummary[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<CycleSummary> all() {
        return cycles.summaries();
    }

    @GET
    @Path("current")
    @Operation(operationId = "getCurrentCycle", summary = "The current award cycle",
            description = "The newest cycle that is not closed, with its categories, classes, phase and dates.")
    @APIResponse(responseCode = "200", description = "The current cycle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleDetail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CycleDetail current() {
        return cycles.currentDetail().orElseThrow(() -> new NotFound("cycle.current.none"));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCycle", summary = "One award cycle",
            description = "With its categories (evaluation model ids, competition classes), phase, the phases it may "
                    + "move to, and its dates; the application deadline is an ISO 8601 instant.")
    @APIResponse(responseCode = "200", description = "The cycle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleDetail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CycleDetail one(@Parameter(description = "The cycle's id", required = true) @PathParam("id") long id) {
        return cycles.detail(id).orElseThrow(() -> new NotFound("cycle.notFound.id", id));
    }
}

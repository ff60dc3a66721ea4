package se.kvalitet.organizations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The upper organisation tree over REST, read-only: boards and their administrations. Units, the level below,
 * are paged at {@code /units} ({@link UnitsResource}). Authorization is the {@link Organizations} boundary's.
 */
@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation", description = "The upper organisation tree: boards and their administrations")
public class OrganizationsResource {

    @Inject
    Organizations organizations;

    @GET
    @Path("boards")
    @Operation(operationId = "listBoards", summary = "The boards with their administrations",
            description = "Boards by name, each with its administrations and city-owned companies by name.")
    @APIResponse(responseCode = "200", description = "The tree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<BoardView> boards() {
        return organizations.boardTree();
    }
}

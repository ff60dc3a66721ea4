package se.kvalitet.winners.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The winners per announced year and their diplomas, open without sign-in (like the library): the rules of
 * {@link Winners} decide what a caller gets, and a signed-in caller (session, token) is still recognised.
 */
@Path("winners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Winners", description = "The year's announced winners and their diplomas (public)")
public class WinnersResource {

    @Inject
    Winners winners;

    @GET
    @Operation(operationId = "listWinnerYears", summary = "The years whose winners have been announced, newest first")
    @APIResponse(responseCode = "200", description = "The years")
    public List<Integer> years() {
        return winners.years();
    }

    @GET
    @Path("{year}")
    @Operation(operationId = "getWinners", summary = "An announced year's winners, the jury's motivation and the ceremony",
            description = "A unit is named only with its consent to public publication.")
    @APIResponse(responseCode = "200", description = "The winners",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WinnersYear.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WinnersYear year(@Parameter(description = "The award year", required = true) @PathParam("year") int year) {
        return winners.year(year);
    }

    @GET
    @Path("diplomas/{applicationId}")
    @Produces("application/pdf")
    @Operation(operationId = "getDiploma", summary = "A winner's diploma as a tagged PDF",
            description = "For administrators and the unit's people; for anyone once the unit consented to public publication.")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response diploma(@Parameter(description = "The winning application's id", required = true)
                            @PathParam("applicationId") long applicationId,
                            @Parameter(description = "sv or en") @QueryParam("lang") @DefaultValue("sv") String language) {
        return Response.ok(winners.diploma(applicationId, language), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"diploma-" + applicationId + ".pdf\"").build();
    }
}

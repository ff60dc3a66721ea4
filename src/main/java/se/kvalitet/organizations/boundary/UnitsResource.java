package se.kvalitet.organizations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.rest.Paging;
import se.kvalitet.platform.rest.QueryParameters;

/**
 * Units over REST, read-only and paged (a city has thousands). Authorization is the {@link Organizations}
 * boundary's: units are public knowledge to everybody signed in.
 */
@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Units, the applicants of the award, with their place in the organisation tree")
public class UnitsResource {

    /** The header that tells how many units match, whatever the page. */
    public static final String TOTAL_COUNT = "X-Total-Count";
    static final int NAME_MAX_LENGTH = 200;

    @Inject
    Organizations organizations;

    @GET
    @Operation(operationId = "listUnits", summary = "A page of units, by name",
            description = "Ordered by name. The total number of matching units is in the X-Total-Count header.")
    @APIResponse(responseCode = "200", description = "The page of units",
            headers = @Header(name = TOTAL_COUNT, description = "How many units match in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView[].class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response page(
            @Parameter(description = "Offset of the first unit (0 or more)", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", defaultValue = "0")) @QueryParam("first") String first,
            @Parameter(description = "Page size (1–" + Paging.MAX_PAGE_SIZE + ")", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "" + Paging.MAX_PAGE_SIZE, defaultValue = "" + Paging.DEFAULT_PAGE_SIZE))
            @QueryParam("max") String max,
            @Parameter(description = "Only units whose name contains this text (ignoring case)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = NAME_MAX_LENGTH)) @QueryParam("name") String name) {
        var paging = Paging.of(first, max);
        var filter = QueryParameters.text("name", name, NAME_MAX_LENGTH);
        return Response.ok(organizations.unitPage(paging.first(), paging.max(), filter))
                .header(TOTAL_COUNT, organizations.unitCount(filter))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUnit", summary = "One unit")
    @APIResponse(responseCode = "200", description = "The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UnitView one(@Parameter(description = "The unit's id", required = true) @PathParam("id") long id) {
        return organizations.unitView(id).orElseThrow(() -> new NotFound("organizations.unit.notFound", id));
    }
}

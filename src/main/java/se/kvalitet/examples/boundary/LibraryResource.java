package se.kvalitet.examples.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The good-examples library over REST, open without signing in (web.xml leaves {@code /api/v1/library/*} open):
 * the public reads public records; with HTTP Basic or a signed-in browser, staff read internal records too.
 * A record the caller may not read answers 404, whichever route.
 */
@Path("library")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library", description = "The good-examples library: search, records, units' pages")
public class LibraryResource {

    @Inject
    Library library;

    @Inject
    UnitHistories units;

    @GET
    @Operation(operationId = "searchLibrary", summary = "Free-text search in Swedish (inflected forms match) with facets")
    @APIResponse(responseCode = "200", description = "Ranked hits with highlighted snippets (HTML, matches in mark) and facet counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.SearchResult.class)))
    public Views.SearchResult search(@Parameter(description = "free text") @QueryParam("q") String q,
                                     @QueryParam("year") List<String> year, @QueryParam("award") List<String> award,
                                     @QueryParam("outcome") List<String> outcome,
                                     @QueryParam("class") List<String> competitionClass,
                                     @QueryParam("area") List<String> area,
                                     @QueryParam("administration") List<String> administration,
                                     @QueryParam("criterion") List<String> criterion) {
        var filters = new LinkedHashMap<String, List<String>>();
        put(filters, "year", year);
        put(filters, "award", award);
        put(filters, "outcome", outcome);
        put(filters, "class", competitionClass);
        put(filters, "area", area);
        put(filters, "administration", administration);
        put(filters, "criterion", criterion);
        return library.search(new LibraryQuery(q, filters));
    }

    private static void put(LinkedHashMap<String, List<String>> filters, String facet, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(facet, List.copyOf(values));
        }
    }

    @GET
    @Path("records/{id}")
    @Operation(operationId = "getLibraryRecord", summary = "One record (the address /exempel/<id>-<slug> leads here)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ExampleView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Views.ExampleView record(@PathParam("id") long id) {
        return library.record(id);
    }

    @GET
    @Path("records/{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getLibraryFile", summary = "A file of a record made for publication: its publication PDF (the record's texts) or an image")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response file(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        var file = library.file(id, fileId);
        boolean image = file.contentType().startsWith("image/");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", (image ? "inline" : "attachment") + "; filename=\""
                        + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }

    @GET
    @Path("units/{unitId}")
    @Operation(operationId = "getUnitHistory", summary = "A unit's page: its records, and for its own people and administrators its history")
    @APIResponse(responseCode = "200", description = "The unit's page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitHistories.UnitHistory.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UnitHistories.UnitHistory unit(@PathParam("unitId") long unitId) {
        return units.history(unitId);
    }
}

package se.kvalitet.renewal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.rest.Problem;

/**
 * The jury's scoring of the renewal prize over REST, through the same {@link JurorScores} and
 * {@link RenewalStandings} methods as the pages, so recusal and blindness hold here too: a juror reads and writes
 * their own scoring after confirming no conflict, sees the other jurors' scores and the standings' figures of an
 * entry only after submitting their own (422 with the reason before that); a recused juror is refused. Changes
 * carry the version the client saw; a stale one answers 422 and changes nothing. Not an entry: 404.
 */
@Path("renewal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Renewal prize", description = "The jury scores the renewal prize's entries, blind until submitted")
public class RenewalResource {

    @Schema(name = "JurorSheetChange")
    public record SaveRequest(Long expectedVersion, List<CriterionInput> scores) {
    }

    @Schema(name = "JurorSheetSubmission")
    public record VersionRequest(Long expectedVersion) {
    }

    static final String ENTRY = "The entry's code in its cycle, or its id where the caller sees ids: never for a juror "
            + "in blind jury mode";

    @Inject JurorScores scores;
    @Inject RenewalStandings standings;

    @GET
    @Path("cycles/{cycleId}/entries")
    @Operation(operationId = "listRenewalEntries",
            summary = "The cycle's renewal-prize entries and where the caller stands with each (recused, confirmed, own status)")
    @APIResponse(responseCode = "200", description = "One line per submitted entry (none before the application period closed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RenewalEntry[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<RenewalEntry> entries(@PathParam("cycleId") long cycleId) {
        return scores.entries(cycleId);
    }

    @POST
    @Path("entries/{applicationId}/no-conflict")
    @Operation(operationId = "confirmNoConflictWithRenewalEntry",
            summary = "The caller, a jury member, confirms having no conflict with the entry (then may read and score it)")
    @APIResponse(responseCode = "204", description = "Confirmed (again is harmless)")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Refused: a conflict blocks the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response confirm(@Parameter(description = ENTRY) @PathParam("applicationId") String entry) {
        scores.confirmNoConflict(scores.entryId(entry));
        return Response.noContent().build();
    }

    @GET
    @Path("entries/{applicationId}/mine")
    @Operation(operationId = "getMyJurorSheet", summary = "The caller's own scoring of the entry")
    @APIResponse(responseCode = "200", description = "The scoring (status NOT_STARTED and version 0 before the first save)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JurorSheet.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Refused: recused, or no conflict confirmed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public JurorSheet own(@Parameter(description = ENTRY) @PathParam("applicationId") String entry) {
        return scores.own(scores.entryId(entry));
    }

    @PUT
    @Path("entries/{applicationId}/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveMyJurorSheet",
            summary = "Saves criteria of the caller's draft: each criterion sent is replaced as a whole, criteria left out are kept")
    @APIResponse(responseCode = "200", description = "The saved scoring with its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JurorSheet.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Refused: off the scale, submitted, stale version, recused, phase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public JurorSheet save(@Parameter(description = ENTRY) @PathParam("applicationId") String entry, SaveRequest request) {
        return scores.save(scores.entryId(entry), request == null ? null : request.scores(),
                version(request == null ? null : request.expectedVersion()));
    }

    @POST
    @Path("entries/{applicationId}/mine/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitMyJurorSheet", summary = "Submits the caller's scoring (every criterion valued and justified)")
    @APIResponse(responseCode = "200", description = "The submitted scoring",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JurorSheet.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Refused: incomplete, already submitted, stale version, recused, phase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public JurorSheet submit(@Parameter(description = ENTRY) @PathParam("applicationId") String entry, VersionRequest request) {
        return scores.submit(scores.entryId(entry), version(request == null ? null : request.expectedVersion()));
    }

    @GET
    @Path("entries/{applicationId}/scores")
    @Operation(operationId = "listOtherJurorSheets",
            summary = "The other jurors' submitted scorings of the entry (administrators; jurors after submitting their own)")
    @APIResponse(responseCode = "200", description = "The submitted scorings, by juror name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JurorSheet[].class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Refused: the caller has not submitted their own, or is recused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public List<JurorSheet> others(@Parameter(description = ENTRY) @PathParam("applicationId") String entry) {
        return scores.others(scores.entryId(entry));
    }

    @GET
    @Path("cycles/{cycleId}/standings")
    @Operation(operationId = "getRenewalStandings",
            summary = "The ranking per competition class as the caller may see it, with the prize money",
            description = "An entry's mean, criterion means, spread and rank are null while the caller is a juror who "
                    + "has not submitted their own scoring of it, or is recused from it (visible false).")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RenewalRanking.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RenewalRanking standings(@PathParam("cycleId") long cycleId) {
        return standings.ranking(cycleId);
    }

    private static long version(Long expected) {
        if (expected == null) {
            throw new InvalidParameter("renewal.parameter.required", "expectedVersion");
        }
        return expected;
    }
}

package se.kvalitet.examiners.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kvalitet.cycles.boundary.CyclePurpose;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.rest.Problem;

/**
 * Calibration exercises over REST, with the rules of {@link Calibrations}: administrators create, close and read
 * everyone's deviations; an examiner with a record in the exercise's cycle scores it and, after submitting, reads
 * their own deviation (and the group's spread once closed). Anyone else 404.
 */
@Path("calibrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calibrations", description = "Examiner calibration exercises against a reference consensus")
public class CalibrationsResource {

    /** A new exercise: either {@code applicationId} (an earlier application with a closed consensus) or the case and criteria. */
    @Schema(name = "CalibrationRequest")
    public record CreateRequest(Long cycleId, String title, String caseText, Integer scaleMax, Long applicationId,
                                List<CalibrationDraft.Reference> criteria) {
    }

    /** The caller's scores, one per criterion in the exercise's order (null: not scored yet). */
    @Schema(name = "CalibrationScores")
    public record ScoresRequest(Long expectedVersion, List<Integer> scores) {
    }

    @Schema(name = "CalibrationVersion")
    public record VersionRequest(Long expectedVersion) {
    }

    @Inject
    Calibrations calibrations;

    @Inject
    Cycles cycles;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listCalibrations", summary = "A cycle's calibration exercises (administrators; examiners with a record in the cycle)")
    @APIResponse(responseCode = "200", description = "The exercises, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalibrationSummary[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CalibrationSummary> list(@Parameter(description = "The cycle; the first under review if left out")
                                         @QueryParam("cycleId") Long cycleId) {
        return calibrations.inCycle(cycle(cycleId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCalibration", summary = "A new calibration exercise (administrators)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateRequest.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "A rule says no (no case, a reference off the scale, the consensus not closed …)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(CreateRequest request) {
        var body = required(request);
        int scaleMax = body.scaleMax() == null ? 100 : body.scaleMax();
        var created = body.applicationId() != null
                ? calibrations.createFromApplication(cycle(body.cycleId()), body.applicationId(), body.title(), scaleMax)
                : calibrations.create(cycle(body.cycleId()), new CalibrationDraft(body.title(), body.caseText(), scaleMax,
                        body.criteria()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCalibration", summary = "An exercise as the caller may see it",
            description = "The reference and the caller's deviations only after the caller submitted; the group's spread once closed.")
    @APIResponse(responseCode = "200", description = "The exercise",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CalibrationView one(@PathParam("id") Long id) {
        return calibrations.view(id);
    }

    @PUT
    @Path("{id}/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveMyCalibrationScores", summary = "Save the caller's draft scores (-1 as the version before the first save)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScoresRequest.class)))
    @APIResponse(responseCode = "200", description = "The exercise as the caller sees it now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Stale version, a score off the scale, submitted or closed; nothing was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CalibrationView saveMine(@PathParam("id") Long id, ScoresRequest request) {
        var body = required(request);
        return calibrations.saveMine(id, version(body.expectedVersion()), body.scores());
    }

    @POST
    @Path("{id}/mine/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitMyCalibrationScores", summary = "Submit the caller's scores; the reference is shown afterwards")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VersionRequest.class)))
    @APIResponse(responseCode = "200", description = "The exercise with the caller's deviations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Stale version, a criterion not scored, already submitted or closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CalibrationView submitMine(@PathParam("id") Long id, VersionRequest request) {
        return calibrations.submitMine(id, version(required(request).expectedVersion()));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeCalibration", summary = "End the scoring; the examiners who submitted see the group's spread (administrators)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VersionRequest.class)))
    @APIResponse(responseCode = "200", description = "The closed exercise",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CalibrationView close(@PathParam("id") Long id, VersionRequest request) {
        return calibrations.close(id, version(required(request).expectedVersion()));
    }

    @GET
    @Path("{id}/deviations")
    @Operation(operationId = "calibrationDeviations", summary = "Every examiner's scores and deviations by name (administrators)")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalibrationReport.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CalibrationReport deviations(@PathParam("id") Long id) {
        return calibrations.report(id);
    }

    private Long cycle(Long cycleId) {
        if (cycleId != null) {
            return cycleId;
        }
        return cycles.defaultFor(CyclePurpose.REVIEW).orElseThrow(() -> new NotFound("examiners.cycle.noCurrent"));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidParameter("examiners.parameter.required", "body");
        }
        return body;
    }

    private static long version(Long expectedVersion) {
        if (expectedVersion == null) {
            throw new InvalidParameter("examiners.parameter.required", "expectedVersion");
        }
        return expectedVersion;
    }
}

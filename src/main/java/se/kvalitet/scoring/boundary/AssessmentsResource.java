package se.kvalitet.scoring.boundary;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kvalitet.platform.errors.InvalidParameter;

/**
 * Individual assessments over REST, through the same {@link Assessments} methods as the pages, so blindness and
 * every rule hold here too: an examiner reads and writes their own, sees the team's submitted ones only after
 * submitting their own (422 with the reason before that). There is no route to lock them: they lock only as the
 * consensus opens ({@code POST /consensus/applications/{id}/open}), on its rules. Changes carry the version the
 * client saw; a stale one answers 422 and changes nothing. Not on the team, or a blocking conflict: 404.
 */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Individual assessment: scores per criterion, blind until submitted")
public class AssessmentsResource {

    @Schema(name = "AssessmentChange")
    public record SaveRequest(Long expectedVersion, List<ScoreInput> scores) {
    }

    @Schema(name = "AssessmentSubmission")
    public record VersionRequest(Long expectedVersion) {
    }

    @Inject
    Assessments assessments;

    @GET
    @Path("me")
    @Operation(operationId = "listMyAssessments", summary = "The caller's applications to assess and where each stands")
    @APIResponse(responseCode = "200", description = "One line per application of the caller's teams",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyAssessment[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<MyAssessment> mine() {
        return assessments.mine();
    }

    @GET
    @Path("applications/{applicationId}/mine")
    @Operation(operationId = "getMyAssessment", summary = "The caller's own assessment of an application of their team")
    @APIResponse(responseCode = "200", description = "The assessment (status NOT_STARTED and version 0 before the first save)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public AssessmentView own(@PathParam("applicationId") long applicationId) {
        return assessments.own(applicationId);
    }

    @PUT
    @Path("applications/{applicationId}/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveMyAssessment", summary = "Saves criteria of the caller's draft: each criterion sent is replaced as a whole, criteria left out are kept")
    @APIResponse(responseCode = "200", description = "The saved assessment with its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public AssessmentView save(@PathParam("applicationId") long applicationId, SaveRequest request) {
        return assessments.save(applicationId, request == null ? null : request.scores(), version(request == null ? null
                : request.expectedVersion()));
    }

    @POST
    @Path("applications/{applicationId}/mine/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitMyAssessment", summary = "Submits the caller's assessment (every criterion scored and justified)")
    @APIResponse(responseCode = "200", description = "The submitted assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public AssessmentView submit(@PathParam("applicationId") long applicationId, VersionRequest request) {
        return assessments.submit(applicationId, version(request == null ? null : request.expectedVersion()));
    }

    @GET
    @Path("applications/{applicationId}/submitted")
    @Operation(operationId = "listSubmittedAssessments",
            summary = "The team's submitted assessments (administrators; team members after submitting their own)")
    @APIResponse(responseCode = "200", description = "The submitted assessments, by examiner name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView[].class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public List<AssessmentView> submitted(@PathParam("applicationId") long applicationId) {
        return assessments.submittedFor(applicationId);
    }

    @GET
    @Path("progress")
    @Operation(operationId = "assessmentProgress", summary = "Per application: NOT_STARTED, DRAFT, SUBMITTED, LOCKED "
            + "counts (administrators: the whole cycle; leaders: the applications they lead)")
    @APIResponse(responseCode = "200", description = "Counts by application id")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Map<Long, Map<String, Long>> progress(@Parameter(required = true) @QueryParam("cycleId") Long cycleId) {
        if (cycleId == null) {
            throw new InvalidParameter("scoring.parameter.required", "cycleId");
        }
        return assessments.progress(cycleId);
    }

    private static long version(Long expected) {
        if (expected == null) {
            throw new InvalidParameter("scoring.parameter.required", "expectedVersion");
        }
        return expected;
    }
}

package se.kvalitet.renewal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.rest.Problem;

/**
 * The renewal prize's written feedback over REST, with the rules of {@link RenewalFeedbacks}: administrators draft,
 * edit and release; the entry's unit's people read it (and its PDF) once released; anything else is 404.
 */
@Path("renewal/feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Renewal prize feedback", description = "The renewal prize's written feedback to its entrants")
public class RenewalFeedbackResource {

    @Schema(name = "RenewalFeedbackEdit", description = "summary and per criterion code the text; a null part keeps what it has")
    public record EditRequest(String summary, Map<String, String> texts, Long expectedVersion) {
    }

    @Schema(name = "RenewalFeedbackAction")
    public record VersionRequest(Long expectedVersion) {
    }

    @Inject
    RenewalFeedbacks feedbacks;

    @GET
    @Path("cycles/{cycleId}")
    @Operation(operationId = "listRenewalFeedback", summary = "The cycle's entries and their feedback (administrators)")
    @APIResponse(responseCode = "200", description = "One row per entry")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<RenewalFeedbackView> ofCycle(@Parameter(description = "The cycle's id", required = true)
                                             @PathParam("cycleId") long cycleId) {
        return feedbacks.ofCycle(cycleId);
    }

    @GET
    @Path("{applicationId}")
    @Operation(operationId = "getRenewalFeedback", summary = "An entry's feedback (the unit: once released)")
    @APIResponse(responseCode = "200", description = "The feedback",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RenewalFeedbackView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RenewalFeedbackView one(@Parameter(description = "The entry's application id", required = true)
                                   @PathParam("applicationId") long applicationId) {
        return feedbacks.view(applicationId);
    }

    @POST
    @Path("{applicationId}/draft")
    @Operation(operationId = "draftRenewalFeedback", summary = "Drafts the feedback from the jurors' justifications")
    @APIResponse(responseCode = "200", description = "Drafted")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Already drafted, no submitted scoring",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RenewalFeedbackView draft(@Parameter(description = "The entry's application id", required = true)
                                     @PathParam("applicationId") long applicationId) {
        return feedbacks.draft(applicationId);
    }

    @PUT
    @Path("{applicationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editRenewalFeedback", summary = "The administrator edits the feedback's texts")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EditRequest.class)))
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "Released, not drafted, too long, unknown criterion, stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RenewalFeedbackView edit(@Parameter(description = "The entry's application id", required = true)
                                    @PathParam("applicationId") long applicationId, EditRequest request) {
        if (request == null || request.expectedVersion() == null) {
            throw new InvalidParameter("renewal.parameter.required", "expectedVersion");
        }
        return feedbacks.edit(applicationId, request.summary(), request.texts() == null ? Map.of() : request.texts(),
                request.expectedVersion());
    }

    @POST
    @Path("{applicationId}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "releaseRenewalFeedback", summary = "Releases the feedback to the unit, on or after the feedback date")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VersionRequest.class)))
    @APIResponse(responseCode = "200", description = "Released")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "Before the feedback date, already released, stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RenewalFeedbackView release(@Parameter(description = "The entry's application id", required = true)
                                       @PathParam("applicationId") long applicationId, VersionRequest request) {
        if (request == null || request.expectedVersion() == null) {
            throw new InvalidParameter("renewal.parameter.required", "expectedVersion");
        }
        return feedbacks.release(applicationId, request.expectedVersion());
    }

    @GET
    @Path("{applicationId}/feedback.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getRenewalFeedbackPdf", summary = "The feedback as a tagged PDF")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response pdf(@Parameter(description = "The entry's application id", required = true)
                        @PathParam("applicationId") long applicationId,
                        @Parameter(description = "sv or en") @QueryParam("lang") @DefaultValue("sv") String language) {
        return Response.ok(feedbacks.pdf(applicationId, "en".equals(language) ? "en" : "sv"), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"renewal-feedback-" + applicationId + ".pdf\"").build();
    }
}

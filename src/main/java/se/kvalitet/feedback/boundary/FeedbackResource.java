package se.kvalitet.feedback.boundary;

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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.rest.Problem;

/**
 * Feedback reports and the progress overview over REST, with the rules of {@link FeedbackReports} and
 * {@link ProgressOverview}: applicants reach only their unit's released reports (anything else answers 404),
 * leaders their teams' reports, administrators all. Changes carry the version the client saw; a stale one and
 * every broken rule (open consensus, before the feedback date) answer 422 with the localized reason.
 */
@Path("feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback", description = "Feedback reports to applicants and the teams' progress")
public class FeedbackResource {

    @Schema(name = "FeedbackDraft", description = "language: sv or en, or null to keep the report's language (a first "
            + "draft then takes the language the application's contact persons prefer); replaceEdits: true to replace "
            + "the edited texts with the consensus's (default: keep them); expectedVersion: null for the first draft")
    public record DraftRequest(String language, Boolean replaceEdits, Long expectedVersion) {
    }

    @Schema(name = "FeedbackTexts", description = "summary and per criterion code the strengths and improvements; a "
            + "null field keeps what it has, an empty one returns to the consensus's text")
    public record TextsRequest(String summary, List<ReportTextsView.CriterionInput> criteria, Long expectedVersion) {
    }

    @Schema(name = "FeedbackAction")
    public record VersionRequest(Long expectedVersion) {
    }

    @Schema(name = "FeedbackMeeting", description = "on: the meeting day (ISO date), null clears it")
    public record MeetingRequest(LocalDate on, Long expectedVersion) {
    }

    @Schema(name = "FeedbackSetting", description = "showScore: reports show score and points (true) or only the band")
    public record SettingRequest(Boolean showScore) {
    }

    @Inject
    FeedbackReports reports;

    @Inject
    ProgressOverview overview;

    @Inject
    ReportEditing editing;

    @GET
    @Path("reports/{applicationId}")
    @Operation(operationId = "getFeedbackReport", summary = "The report's state for one application")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReportView report(@PathParam("applicationId") long applicationId) {
        return reports.view(applicationId);
    }

    @POST
    @Path("reports/{applicationId}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftFeedbackReport", summary = "The team leader drafts (or redrafts) the report")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DraftRequest.class)))
    @APIResponse(responseCode = "200", description = "Drafted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Consensus not closed, already released, stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ReportView draft(@PathParam("applicationId") long applicationId, DraftRequest request) {
        var body = request == null ? new DraftRequest(null, null, null) : request;
        return reports.draft(applicationId, body.language(), Boolean.TRUE.equals(body.replaceEdits()),
                body.expectedVersion());
    }

    @GET
    @Path("reports/{applicationId}/texts")
    @Operation(operationId = "getFeedbackReportTexts", summary = "The report's editable texts with their starting points "
            + "from the consensus (the team leader and administrators)")
    @APIResponse(responseCode = "200", description = "The texts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportTextsView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Not drafted, consensus not closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ReportTextsView texts(@PathParam("applicationId") long applicationId) {
        return editing.texts(applicationId);
    }

    @PUT
    @Path("reports/{applicationId}/texts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editFeedbackReportTexts", summary = "The team leader or an administrator edits the report's texts")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TextsRequest.class)))
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportTextsView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Released, not drafted, text too long, unknown criterion, stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ReportTextsView editTexts(@PathParam("applicationId") long applicationId, TextsRequest request) {
        if (request == null) {
            throw new InvalidParameter("feedback.parameter.required", "body");
        }
        return editing.save(applicationId, new ReportTextsView.Input(request.summary(), request.criteria()),
                version(request.expectedVersion()));
    }

    @POST
    @Path("reports/{applicationId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewFeedbackReport", summary = "The administrator approves the draft")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VersionRequest.class)))
    @APIResponse(responseCode = "200", description = "Reviewed")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "Not drafted, consensus reopened, stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ReportView review(@PathParam("applicationId") long applicationId, VersionRequest request) {
        return reports.review(applicationId, version(request == null ? null : request.expectedVersion()));
    }

    @POST
    @Path("reports/{applicationId}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "releaseFeedbackReport", summary = "The administrator releases it to the applicant")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VersionRequest.class)))
    @APIResponse(responseCode = "200", description = "Released")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "Not reviewed, before the cycle's feedback date, stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ReportView release(@PathParam("applicationId") long applicationId, VersionRequest request) {
        return reports.release(applicationId, version(request == null ? null : request.expectedVersion()));
    }

    @PUT
    @Path("reports/{applicationId}/meeting")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordFeedbackMeeting", summary = "The day of the feedback meeting with the unit")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeetingRequest.class)))
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReportView meeting(@PathParam("applicationId") long applicationId, MeetingRequest request) {
        if (request == null) {
            throw new InvalidParameter("feedback.parameter.required", "body");
        }
        return reports.recordMeeting(applicationId, request.on(), version(request.expectedVersion()));
    }

    @GET
    @Path("reports/{applicationId}/report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getFeedbackReportPdf", summary = "The report as an accessible PDF")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "The consensus is not closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response pdf(@PathParam("applicationId") long applicationId) {
        return Response.ok(reports.pdf(applicationId), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"feedback-" + applicationId + ".pdf\"").build();
    }

    @GET
    @Path("cycles/{cycleId}/reports")
    @Operation(operationId = "listFeedbackReports", summary = "The reports of a cycle's applications (administrators)")
    @APIResponse(responseCode = "200", description = "One row per application under review or later")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<ReportView> ofCycle(@PathParam("cycleId") long cycleId) {
        return reports.ofCycle(cycleId);
    }

    @GET
    @Path("cycles/{cycleId}/overview")
    @Operation(operationId = "getProgressOverview", summary = "Progress per team and application (leaders: own teams)")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Overview overview(@PathParam("cycleId") long cycleId) {
        return overview.of(cycleId);
    }

    @PUT
    @Path("cycles/{cycleId}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setFeedbackSetting", summary = "Reports of the cycle show the score or only the band")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SettingRequest.class)))
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public void setting(@PathParam("cycleId") long cycleId, SettingRequest request) {
        if (request == null || request.showScore() == null) {
            throw new InvalidParameter("feedback.parameter.required", "showScore");
        }
        reports.setShowsScore(cycleId, request.showScore());
    }

    private static long version(Long expectedVersion) {
        if (expectedVersion == null) {
            throw new InvalidParameter("feedback.parameter.required", "expectedVersion");
        }
        return expectedVersion;
    }
}

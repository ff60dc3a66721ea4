package se.kvalitet.consensus.boundary;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kvalitet.consensus.entity.VisitOutcome;
import se.kvalitet.platform.errors.InvalidParameter;

/**
 * The consensus and the site visit over REST, through the same boundaries as the pages: the team works on its
 * own applications only (404 for anybody else's), the leader opens and closes, every change carries the version
 * the client saw and a stale one answers 422 and changes nothing.
 */
@Path("consensus")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consensus", description = "The team's consensus per application, sign-offs and the site visit")
public class ConsensusResource {

    @Schema(name = "ConsensusOpening")
    public record OpenRequest(Boolean override) {
    }

    @Schema(name = "ConsensusScoreChange")
    public record ScoreRequest(Long expectedVersion, Integer value, String justification, String strengths,
                               String improvements) {
    }

    @Schema(name = "ConsensusThemes")
    public record ThemesRequest(Long expectedVersion, List<String> keyStrengths, List<String> keyImprovements) {
    }

    @Schema(name = "ConsensusRecommendation")
    public record RecommendationRequest(Long expectedVersion, Boolean siteVisit, String proposedLevel) {
    }

    @Schema(name = "ConsensusVersion", description = "For sign-off and close: the sheet's contentVersion")
    public record VersionRequest(Long expectedVersion) {
    }

    @Schema(name = "SiteVisitPlan")
    public record PlanRequest(Long expectedVersion, LocalDate visitDate, String participants, String interviewees) {
    }

    @Schema(name = "SiteVisitQuestion")
    public record QuestionRequest(Long expectedVersion, String criterionCode, String question) {
    }

    @Schema(name = "SiteVisitOutcome")
    public record OutcomeRequest(Long expectedVersion, VisitOutcome outcome, String note) {
    }

    @Schema(name = "ConsensusAdjustment")
    public record AdjustRequest(Long expectedVersion, Integer value, String reason) {
    }

    @Schema(name = "NewVersion")
    public record NewVersion(long version) {
    }

    @Inject
    Consensus consensus;

    @Inject
    SiteVisits visits;

    @GET
    @Path("applications/{applicationId}")
    @Operation(operationId = "getConsensusSheet", summary = "The consensus sheet: individual scores side by side, "
            + "spread and flags (flagged first), the agreed scores, themes, recommendation and sign-offs")
    @APIResponse(responseCode = "200", description = "The sheet (status NOT_OPENED before the leader opens it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SheetView sheet(@PathParam("applicationId") long applicationId) {
        return consensus.sheet(applicationId);
    }

    @POST
    @Path("applications/{applicationId}/open")
    @Operation(operationId = "openConsensus", summary = "The leader opens the consensus (administrators may override "
            + "missing submissions); the individual assessments are locked")
    @APIResponse(responseCode = "200", description = "The opened sheet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public SheetView open(@PathParam("applicationId") long applicationId, OpenRequest request) {
        return consensus.open(applicationId, request != null && Boolean.TRUE.equals(request.override()));
    }

    @PUT
    @Path("applications/{applicationId}/scores/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordConsensusScore", summary = "A member records the agreed score of a criterion "
            + "on the row's version")
    @APIResponse(responseCode = "200", description = "The row's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewVersion.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public NewVersion score(@PathParam("applicationId") long applicationId, @PathParam("code") String code,
                            ScoreRequest request) {
        var r = required(request);
        return new NewVersion(consensus.recordScore(applicationId, code,
                new ScoreChange(r.value(), r.justification(), r.strengths(), r.improvements()), version(r.expectedVersion())));
    }

    @PUT
    @Path("applications/{applicationId}/themes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeConsensusThemes", summary = "The 3–5 key strengths and areas for improvement")
    @APIResponse(responseCode = "200", description = "The sheet's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewVersion.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public NewVersion themes(@PathParam("applicationId") long applicationId, ThemesRequest request) {
        var r = required(request);
        return new NewVersion(consensus.changeThemes(applicationId, r.keyStrengths(), r.keyImprovements(),
                version(r.expectedVersion())));
    }

    @PUT
    @Path("applications/{applicationId}/recommendation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recommend", summary = "The team's recommendation: a site visit or not, the award level")
    @APIResponse(responseCode = "200", description = "The sheet's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewVersion.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public NewVersion recommend(@PathParam("applicationId") long applicationId, RecommendationRequest request) {
        var r = required(request);
        return new NewVersion(consensus.recommend(applicationId, r.siteVisit(), r.proposedLevel(),
                version(r.expectedVersion())));
    }

    @POST
    @Path("applications/{applicationId}/signoff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signOffConsensus", summary = "A member signs the sheet as of its contentVersion")
    @APIResponse(responseCode = "204", description = "Signed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public Response signOff(@PathParam("applicationId") long applicationId, VersionRequest request) {
        consensus.signOff(applicationId, version(required(request).expectedVersion()));
        return Response.noContent().build();
    }

    @POST
    @Path("applications/{applicationId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeConsensus", summary = "The leader closes a complete sheet every member signed")
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public Response close(@PathParam("applicationId") long applicationId, VersionRequest request) {
        consensus.close(applicationId, version(required(request).expectedVersion()));
        return Response.noContent().build();
    }

    @GET
    @Path("applications/{applicationId}/visit")
    @Operation(operationId = "getSiteVisit", summary = "The site visit: plan, questions, outcomes, scores before and after")
    @APIResponse(responseCode = "200", description = "The visit (selected false when none is planned)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public VisitView visit(@PathParam("applicationId") long applicationId) {
        return visits.visit(applicationId);
    }

    @POST
    @Path("applications/{applicationId}/visit")
    @Operation(operationId = "selectSiteVisit", summary = "The leader or an administrator selects the application "
            + "for a site visit (after the consensus is closed)")
    @APIResponse(responseCode = "200", description = "The visit's version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewVersion.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public NewVersion select(@PathParam("applicationId") long applicationId) {
        return new NewVersion(visits.select(applicationId));
    }

    @PUT
    @Path("applications/{applicationId}/visit/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planSiteVisit", summary = "Date, participants and interviewees")
    @APIResponse(responseCode = "200", description = "The visit's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewVersion.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public NewVersion plan(@PathParam("applicationId") long applicationId, PlanRequest request) {
        var r = required(request);
        return new NewVersion(visits.plan(applicationId, r.visitDate(), r.participants(), r.interviewees(),
                version(r.expectedVersion())));
    }

    @POST
    @Path("applications/{applicationId}/visit/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addSiteVisitQuestion", summary = "A question to verify (at most three per criterion)")
    @APIResponse(responseCode = "200", description = "The visit's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewVersion.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public NewVersion ask(@PathParam("applicationId") long applicationId, QuestionRequest request) {
        var r = required(request);
        return new NewVersion(visits.ask(applicationId, r.criterionCode(), r.question(), version(r.expectedVersion())));
    }

    @PUT
    @Path("applications/{applicationId}/visit/questions/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordSiteVisitOutcome", summary = "What the visit found: VERIFIED, NOT_VERIFIED, NEW_FINDING")
    @APIResponse(responseCode = "200", description = "The visit's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewVersion.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public NewVersion outcome(@PathParam("applicationId") long applicationId, @PathParam("questionId") long questionId,
                              OutcomeRequest request) {
        var r = required(request);
        return new NewVersion(visits.recordOutcome(applicationId, questionId, r.outcome(), r.note(),
                version(r.expectedVersion())));
    }

    @POST
    @Path("applications/{applicationId}/visit/held")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markSiteVisitHeld", summary = "The visit took place (every question has an outcome)")
    @APIResponse(responseCode = "200", description = "The visit's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewVersion.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public NewVersion held(@PathParam("applicationId") long applicationId, VersionRequest request) {
        return new NewVersion(visits.markHeld(applicationId, version(required(request).expectedVersion())));
    }

    @PUT
    @Path("applications/{applicationId}/scores/{code}/adjustment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adjustConsensusScore", summary = "After the visit: the adjusted score with the reason; "
            + "the agreed score is kept")
    @APIResponse(responseCode = "200", description = "The row's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewVersion.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public NewVersion adjust(@PathParam("applicationId") long applicationId, @PathParam("code") String code,
                             AdjustRequest request) {
        var r = required(request);
        return new NewVersion(visits.adjust(applicationId, code, r.value(), r.reason(), version(r.expectedVersion())));
    }

    private static <T> T required(T request) {
        if (request == null) {
            throw new InvalidParameter("consensus.parameter.required", "body");
        }
        return request;
    }

    private static long version(Long expected) {
        if (expected == null) {
            throw new InvalidParameter("consensus.parameter.required", "expectedVersion");
        }
        return expected;
    }
}

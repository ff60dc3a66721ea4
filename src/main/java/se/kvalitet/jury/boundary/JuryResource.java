package se.kvalitet.jury.boundary;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
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
 * The jury's work over REST, with the rules of {@link JuryWorkspaces}, {@link JuryMeetings} and
 * {@link JuryVerdicts}: a juror sees applications as recusal and blind mode allow (an application they are
 * recused from answers 404), votes only where not recused; the chair records decisions; the administrator
 * appoints the chair, sets blind mode, reveals names and announces. After the announcement every change answers
 * 422 with the localized reason.
 */
@Path("jury")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jury", description = "The jury's workspace, meeting, votes, decisions and minutes")
public class JuryResource {

    @Schema(name = "JuryVote", description = "outcome: WINNER, HONOURABLE_MENTION or NOT_AWARDED")
    public record VoteRequest(String outcome) {
    }

    @Schema(name = "JuryDecisionRequest", description = "outcome: WINNER, HONOURABLE_MENTION or NOT_AWARDED; "
            + "motivation required for winners and honourable mentions; expectedVersion null for the first decision")
    public record DecisionRequest(String outcome, String motivation, Long expectedVersion) {
    }

    @Schema(name = "JuryChair")
    public record ChairRequest(Long personId) {
    }

    @Schema(name = "JuryBlindMode")
    public record BlindRequest(Boolean blind, Long expectedVersion) {
    }

    @Schema(name = "JuryAgenda", description = "the same applications as the agenda, in the new order: their codes "
            + "(or ids where the caller sees ids; never in blind mode)")
    public record OrderRequest(List<String> order, Long expectedVersion) {
    }

    @Schema(name = "JuryStep", description = "direction: 1 next, -1 previous; or application (its code, or its id "
            + "where the caller sees ids) to jump to; applicationId as before, not in blind mode")
    public record StepRequest(Integer direction, String application, Long applicationId) {
    }

    @Schema(name = "JuryAttendance", description = "personId: null for the caller")
    public record AttendanceRequest(Long personId, Boolean present) {
    }

    @Schema(name = "JuryCount")
    public record Count(int count) {
    }

    static final String APPLICATION = "The application's code in its cycle (as the workspace shows it), or its id "
            + "where the caller sees ids: never for a juror in blind mode";

    @Inject
    JuryWorkspaces workspaces;

    @Inject
    JuryMeetings meetings;

    @Inject
    JuryVerdicts verdicts;

    @GET
    @Path("cycles/{cycleId}/workspace")
    @Operation(operationId = "getJuryWorkspace", summary = "Per class the applications ranked, as the caller may see them")
    @APIResponse(responseCode = "200", description = "The workspace",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkspaceView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WorkspaceView workspace(@PathParam("cycleId") long cycleId) {
        return workspaces.workspace(cycleId);
    }

    @GET
    @Path("applications/{application}")
    @Operation(operationId = "getJuryApplication", summary = "One application's standing; 404 when the caller is recused")
    @APIResponse(responseCode = "200", description = "The standing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public StandingView application(@Parameter(description = APPLICATION) @PathParam("application") String application) {
        return workspaces.application(application);
    }

    @GET
    @Path("cycles/{cycleId}/meeting")
    @Operation(operationId = "getJuryMeeting", summary = "The meeting's shared view: agenda and now discussing")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MeetingView meeting(@PathParam("cycleId") long cycleId) {
        return workspaces.meeting(cycleId);
    }

    @POST
    @Path("cycles/{cycleId}/meeting/start")
    @Operation(operationId = "startJuryMeeting", summary = "The chair starts the meeting with the proposed order")
    @APIResponse(responseCode = "200", description = "Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "422", description = "Not the chair, announced already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public MeetingView start(@PathParam("cycleId") long cycleId) {
        meetings.start(cycleId);
        return workspaces.meeting(cycleId);
    }

    @PUT
    @Path("cycles/{cycleId}/meeting/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reorderJuryMeeting", summary = "The chair rearranges the agenda")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrderRequest.class)))
    @APIResponse(responseCode = "200", description = "Reordered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "422", description = "Not the chair, not the agenda's applications, stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public MeetingView reorder(@PathParam("cycleId") long cycleId, OrderRequest request) {
        if (request == null) {
            throw new InvalidParameter("jury.request.missing", "body");
        }
        meetings.reorderByReference(cycleId, request.order(), request.expectedVersion());
        return workspaces.meeting(cycleId);
    }

    @POST
    @Path("cycles/{cycleId}/meeting/step")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stepJuryMeeting", summary = "The chair moves the discussion on (or back, or to one application)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StepRequest.class)))
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "422", description = "Not the chair, not started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public MeetingView step(@PathParam("cycleId") long cycleId, StepRequest request) {
        if (request != null && request.application() != null) {
            meetings.discuss(cycleId, request.application());
        } else if (request != null && request.applicationId() != null) {
            meetings.discuss(cycleId, request.applicationId().toString());
        } else {
            meetings.step(cycleId, request == null || request.direction() == null ? 1 : request.direction());
        }
        return workspaces.meeting(cycleId);
    }

    @PUT
    @Path("cycles/{cycleId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordJuryAttendance", summary = "A juror records their presence; the chair anyone's")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AttendanceRequest.class)))
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "422", description = "Not a juror, not the chair",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response attend(@PathParam("cycleId") long cycleId, AttendanceRequest request) {
        meetings.attend(cycleId, request == null ? null : request.personId(),
                request == null || request.present() == null || request.present());
        return Response.noContent().build();
    }

    @PUT
    @Path("cycles/{cycleId}/chair")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "appointJuryChair", summary = "The administrator appoints the cycle's chair (a juror)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChairRequest.class)))
    @APIResponse(responseCode = "204", description = "Appointed")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "Not a juror",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response chair(@PathParam("cycleId") long cycleId, ChairRequest request) {
        meetings.appointChair(cycleId, request == null ? null : request.personId());
        return Response.noContent().build();
    }

    @PUT
    @Path("cycles/{cycleId}/blind")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setJuryBlindMode", summary = "The administrator hides (or shows) names until revealed")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BlindRequest.class)))
    @APIResponse(responseCode = "204", description = "Set")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "Revealed already, stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response blind(@PathParam("cycleId") long cycleId, BlindRequest request) {
        meetings.setBlind(cycleId, request != null && Boolean.TRUE.equals(request.blind()),
                request == null ? null : request.expectedVersion());
        return Response.noContent().build();
    }

    @POST
    @Path("applications/{application}/no-conflict")
    @Operation(operationId = "confirmNoConflictAsJuror", summary = "A juror confirms having no conflict with the "
            + "application; from then on they may read it (GET /applications/{id}, its attachments and PDF)")
    @APIResponse(responseCode = "204", description = "Confirmed")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public Response confirmNoConflict(@Parameter(description = APPLICATION) @PathParam("application") String application) {
        workspaces.confirmNoConflict(application);
        return Response.noContent().build();
    }

    @POST
    @Path("cycles/{cycleId}/reveal")
    @Operation(operationId = "revealJuryNames", summary = "The administrator reveals the names in blind mode")
    @APIResponse(responseCode = "204", description = "Revealed")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response reveal(@PathParam("cycleId") long cycleId) {
        meetings.revealNames(cycleId);
        return Response.noContent().build();
    }

    @PUT
    @Path("applications/{application}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "castJuryVote", summary = "A juror votes on the application "
            + "under discussion (again to change); refused when recused, when it is not under discussion and once its "
            + "decision is recorded")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VoteRequest.class)))
    @APIResponse(responseCode = "204", description = "Voted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Recused, not under discussion, decided, announced, not the jury phase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response vote(@Parameter(description = APPLICATION) @PathParam("application") String application, VoteRequest request) {
        verdicts.vote(application, request == null ? null : request.outcome());
        return Response.noContent().build();
    }

    @PUT
    @Path("applications/{application}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordJuryDecision", summary = "The chair (or administrator) records the decision")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequest.class)))
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "No motivation, may not win, locked, stale version, not the chair",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public StandingView decide(@Parameter(description = APPLICATION) @PathParam("application") String application, DecisionRequest request) {
        if (request == null) {
            throw new InvalidParameter("jury.request.missing", "body");
        }
        return verdicts.decide(application, request.outcome(), request.motivation(), request.expectedVersion());
    }

    @POST
    @Path("cycles/{cycleId}/classes/{classId}/no-winner")
    @Operation(operationId = "noJuryWinnerInClass", summary = "No winner in this class: the undecided are not awarded")
    @APIResponse(responseCode = "200", description = "How many were decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Count.class)))
    @APIResponse(responseCode = "422", description = "The class has a winner, locked, not the chair",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Count noWinner(@PathParam("cycleId") long cycleId, @PathParam("classId") long classId) {
        return new Count(verdicts.noWinner(cycleId, classId));
    }

    @POST
    @Path("cycles/{cycleId}/announce")
    @Operation(operationId = "announceJuryDecisions", summary = "The administrator announces; decisions are locked")
    @APIResponse(responseCode = "200", description = "How many decisions were announced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Count.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "Undecided applications, announced already, wrong phase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Count announce(@PathParam("cycleId") long cycleId) {
        return new Count(verdicts.announce(cycleId));
    }

    @GET
    @Path("cycles/{cycleId}/minutes")
    @Produces("application/pdf")
    @Operation(operationId = "getJuryMinutes", summary = "The minutes as an accessible tagged PDF")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response minutes(@PathParam("cycleId") long cycleId, @QueryParam("language") String language) {
        return Response.ok(workspaces.minutes(cycleId, language), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"protokoll-" + cycleId + ".pdf\"").build();
    }

    @GET
    @Path("my-decisions")
    @Operation(operationId = "getMyJuryDecisions", summary = "The announced decisions on the applicant's unit's applications")
    @APIResponse(responseCode = "200", description = "The decisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyDecision.class)))
    public List<MyDecision> mine() {
        return verdicts.mine();
    }
}

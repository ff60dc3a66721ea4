package se.kvalitet.assignments.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.rest.Problem;

/**
 * Team assignment over REST, with the rules and errors of the {@link Assignments} and {@link MyTeams}
 * boundaries: administrators set team sizes, make, adjust, commit and discard proposals and list committed
 * teams; examiners see their own teams and confirm having no conflict. Changes carry the version the client
 * saw; a stale one, a broken hard rule or a remaining shortfall answers 422 with the localized reason and
 * changes nothing.
 */
@Path("assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "Examiner teams per application: proposals, adjustments, committed teams")
public class AssignmentsResource {

    @Schema(name = "TeamSizeChange")
    public record TeamSizeRequest(Integer teamSize, Long expectedVersion) {
    }

    @Schema(name = "ProposalDecision")
    public record VersionRequest(Long expectedVersion) {
    }

    @Inject
    Assignments assignments;

    @Inject
    MyTeams myTeams;

    @Context
    UriInfo uri;

    @GET
    @Path("categories")
    @Operation(operationId = "listAssignmentCategories", summary = "A cycle's categories with team size and "
            + "the number of submitted applications without a team (administrators)")
    @APIResponse(responseCode = "200", description = "The categories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryChoice[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<CategoryChoice> categories(@Parameter(required = true) @QueryParam("cycleId") Long cycleId) {
        if (cycleId == null) {
            throw new InvalidParameter("assignments.parameter.required", "cycleId");
        }
        return assignments.categories(cycleId);
    }

    @GET
    @Path("categories/{categoryId}/team-size")
    @Operation(operationId = "getTeamSize", summary = "The category's team size (administrators)")
    @APIResponse(responseCode = "200", description = "Team size and the settings' version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryChoice.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CategoryChoice teamSize(@PathParam("categoryId") long categoryId) {
        return assignments.teamSize(categoryId);
    }

    @PUT
    @Path("categories/{categoryId}/team-size")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setTeamSize", summary = "Set the category's team size, 2–6 (administrators)",
            description = "expectedVersion is the settings' version (0 before the first change).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TeamSizeRequest.class)))
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryChoice.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Outside 2–6, or changed by someone else",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CategoryChoice setTeamSize(@PathParam("categoryId") long categoryId, TeamSizeRequest request) {
        if (request == null || request.teamSize() == null || request.expectedVersion() == null) {
            throw new InvalidParameter("assignments.parameter.required", "teamSize, expectedVersion");
        }
        assignments.setTeamSize(categoryId, request.teamSize(), request.expectedVersion());
        return assignments.teamSize(categoryId);
    }

    @POST
    @Path("categories/{categoryId}/proposals")
    @Operation(operationId = "makeProposal", summary = "Make a proposal for the category (administrators)",
            description = "Teams for the category's submitted applications without a committed team; an earlier "
                    + "open proposal of the category is discarded. Only while applications are closed or in the "
                    + "individual review.")
    @APIResponse(responseCode = "201", description = "The proposal; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Wrong phase, or no application needs a team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response propose(@PathParam("categoryId") long categoryId) {
        var proposal = assignments.propose(categoryId);
        return Response.created(uri.getBaseUriBuilder().path("assignments/proposals/{id}").build(proposal.id()))
                .entity(proposal).build();
    }

    @GET
    @Path("proposals/{id}")
    @Operation(operationId = "getProposal", summary = "A proposal with reasons, warnings, breaches, shortfalls and "
            + "quality figures (administrators)")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ProposalView proposal(@PathParam("id") long id) {
        return assignments.proposal(id);
    }

    @POST
    @Path("proposals/{id}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adjustProposal", summary = "Replace, add or remove a member, or make one leader "
            + "(administrators)",
            description = "action REPLACE (personId by replacementId), ADD, REMOVE or LEADER, with the version "
                    + "the client saw. Refused, changing nothing, when it would break a hard rule.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Adjustment.class)))
    @APIResponse(responseCode = "200", description = "The proposal after the change (new version)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown action",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Stale version, not open, or a hard rule (conflict, capacity, "
            + "leader eligibility, experience) would break",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ProposalView adjust(@PathParam("id") long id, Adjustment adjustment) {
        return assignments.adjust(id, adjustment);
    }

    @POST
    @Path("proposals/{id}/commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commitProposal", summary = "Commit: create the teams and put the applications under "
            + "review (administrators)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VersionRequest.class)))
    @APIResponse(responseCode = "200", description = "The committed teams",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommittedTeam[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Stale, shortfalls or hard breaches remain, wrong phase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public List<CommittedTeam> commit(@PathParam("id") long id, VersionRequest request) {
        return assignments.commit(id, version(request));
    }

    @DELETE
    @Path("proposals/{id}")
    @Operation(operationId = "discardProposal", summary = "Discard an open proposal (administrators)")
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Stale or not open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response discard(@PathParam("id") long id,
                            @Parameter(required = true) @QueryParam("expectedVersion") Long expectedVersion) {
        assignments.discard(id, version(new VersionRequest(expectedVersion)));
        return Response.noContent().build();
    }

    @GET
    @Path("teams")
    @Operation(operationId = "listTeams", summary = "A cycle's committed teams (administrators)")
    @APIResponse(responseCode = "200", description = "The teams, the leader first in each",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommittedTeam[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<CommittedTeam> teams(@Parameter(required = true) @QueryParam("cycleId") Long cycleId) {
        if (cycleId == null) {
            throw new InvalidParameter("assignments.parameter.required", "cycleId");
        }
        return assignments.committedTeams(cycleId);
    }

    @Schema(name = "TeamReplacement")
    public record ReplacementRequest(Long personId, Long replacementId, String reason, Long expectedVersion) {
    }

    @GET
    @Path("teams/{applicationId}/replacement-choices")
    @Operation(operationId = "replacementChoices", summary = "Ready examiners who could take a seat on the committed team")
    @APIResponse(responseCode = "200", description = "The choices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExaminerChoice[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ExaminerChoice> replacementChoices(@PathParam("applicationId") long applicationId) {
        return assignments.replacementChoices(applicationId);
    }

    @POST
    @Path("teams/{applicationId}/replacements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTeamMember", summary = "Replaces a member of a committed team (until the consensus "
            + "phase), with the hard rules checked and a reason recorded")
    @APIResponse(responseCode = "200", description = "The team as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommittedTeam.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Refused")
    public CommittedTeam replace(@PathParam("applicationId") long applicationId, ReplacementRequest request) {
        if (request == null || request.expectedVersion() == null) {
            throw new InvalidParameter("assignments.parameter.required", "expectedVersion");
        }
        return assignments.replaceMember(applicationId, request.personId(), request.replacementId(), request.reason(),
                request.expectedVersion());
    }

    @GET
    @Path("me")
    @Operation(operationId = "myTeams", summary = "The caller's teams in the current cycle (examiners)")
    @APIResponse(responseCode = "200", description = "The teams",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyTeam[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<MyTeam> mine() {
        return myTeams.mine();
    }

    @GET
    @Path("me/earlier")
    @Operation(operationId = "myEarlierTeams", summary = "The caller's teams in closed cycles, newest first (examiners)")
    @APIResponse(responseCode = "200", description = "The teams",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EarlierTeam[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<EarlierTeam> earlier() {
        return myTeams.earlier();
    }

    @POST
    @Path("me/{applicationId}/no-conflict")
    @Operation(operationId = "confirmNoConflict", summary = "\"I have no conflict with this application\" (examiners)",
            description = "Opens the application to the examiner for reading.")
    @APIResponse(responseCode = "204", description = "Confirmed")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "A conflict blocks the pair",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response confirmNoConflict(@PathParam("applicationId") long applicationId) {
        myTeams.confirmNoConflict(applicationId);
        return Response.noContent().build();
    }

    private static long version(VersionRequest request) {
        if (request == null || request.expectedVersion() == null) {
            throw new InvalidParameter("assignments.parameter.required", "expectedVersion");
        }
        return request.expectedVersion();
    }
}

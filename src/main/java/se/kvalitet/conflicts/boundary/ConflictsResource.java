package se.kvalitet.conflicts.boundary;

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
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.rest.Problem;

/**
 * Conflicts of interest over REST, with the rules of the {@link Conflicts} boundary: examiners and jurors
 * declare and withdraw their own; administrators see the cycle's conflicts, rule on them and set the policy.
 * {@code cycleId} defaults to the current cycle. A stale version answers 422 ({@code conflicts.stale}).
 */
@Path("conflicts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conflicts", description = "Conflicts of interest (jäv): declarations, rulings, the cycle's policy")
public class ConflictsResource {

    @Schema(name = "ConflictRulingRequest", description = "kind: WAIVER or DISMISSAL; a reason is required")
    public record RulingRequest(Long cycleId, Long personId, Long applicationId, String kind, String reason) {
    }

    @Schema(name = "ConflictPolicyChange")
    public record PolicyRequest(Long expectedVersion, Boolean ownAdministration, Integer lookbackYears) {
    }

    @Schema(name = "WithdrawDeclaration")
    public record WithdrawRequest(Long expectedVersion) {
    }

    @Schema(name = "ConflictConfirmation", description = "actingAs: EXAMINER or JUROR")
    public record ConfirmRequest(Long applicationId, String actingAs) {
    }

    @Inject
    Conflicts conflicts;

    @Inject
    Confirmations confirmations;

    @Inject
    Cycles cycles;

    @Inject
    se.kvalitet.jury.boundary.JuryWorkspaces jury;

    @Context
    UriInfo uri;

    @GET
    @Path("mine")
    @Operation(operationId = "myConflicts", summary = "The caller's own declarations for a cycle (withdrawn ones too)")
    @APIResponse(responseCode = "200", description = "The declarations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<DeclarationView> mine(@Parameter(description = "The cycle; the current one if left out") @QueryParam("cycleId") Long cycleId) {
        return conflicts.mine(cycle(cycleId));
    }

    @POST
    @Path("mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareConflict", summary = "Declare a conflict as EXAMINER or JUROR",
            description = "Exactly one of unitId, administrationId, applicationId; reason one of FORMER_EMPLOYMENT, "
                    + "RELATIVE, FINANCIAL_TIE, SUPPLIER_TIE, OWN_UNIT_COMPETING, OTHER (OTHER needs an explanation).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Declaration.class)))
    @APIResponse(responseCode = "201", description = "Declared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "A rule says no",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response declare(@QueryParam("cycleId") Long cycleId, Declaration declaration) {
        var declared = conflicts.declare(cycle(cycleId), declaration);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(declared.id())).build())
                .entity(declared).build();
    }

    @DELETE
    @Path("mine/{id}")
    @Operation(operationId = "withdrawConflict", summary = "Withdraw one of the caller's declarations (kept on record)")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DeclarationView withdraw(@PathParam("id") Long id,
                                    @Parameter(required = true) @QueryParam("expectedVersion") Long expectedVersion) {
        return conflicts.withdraw(id, version(expectedVersion));
    }

    @POST
    @Path("mine/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawConflictByPost", summary = "Withdraw one of the caller's declarations (POST form)")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DeclarationView withdrawByPost(@PathParam("id") Long id, WithdrawRequest request) {
        return conflicts.withdraw(id, version(request == null ? null : request.expectedVersion()));
    }

    @POST
    @Path("confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordNoConflictConfirmation", summary = "The caller confirms having no conflict with an application",
            description = "Given before the application's content opens; refused while a conflict blocks the pair.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConfirmRequest.class)))
    @APIResponse(responseCode = "204", description = "Confirmed (again is harmless)")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "A conflict blocks the pair",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response confirm(ConfirmRequest request) {
        if (request == null || request.applicationId() == null) {
            throw new InvalidParameter("conflicts.parameter.required", "applicationId");
        }
        se.kvalitet.conflicts.entity.ActingAs actingAs;
        try {
            actingAs = se.kvalitet.conflicts.entity.ActingAs.valueOf(request.actingAs() == null ? "EXAMINER" : request.actingAs());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidParameter("conflicts.parameter.required", "actingAs");
        }
        if (actingAs == se.kvalitet.conflicts.entity.ActingAs.JUROR) {
            // a juror's confirmation opens the application: the jury's one rule decides (recusal, blind mode)
            jury.confirmNoConflict(request.applicationId());
        } else {
            confirmations.confirmNoConflict(request.applicationId(), actingAs);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("applications")
    @Operation(operationId = "conflictApplicationChoices", summary = "The cycle's submitted applications to declare against")
    @APIResponse(responseCode = "200", description = "The applications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationChoice[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<ApplicationChoice> applications(@QueryParam("cycleId") Long cycleId) {
        return conflicts.applicationChoices(cycle(cycleId));
    }

    @GET
    @Operation(operationId = "cycleConflicts", summary = "Every conflict of the cycle (administrators)",
            description = "Automatic and declared, per person and application, with the ruling in force.")
    @APIResponse(responseCode = "200", description = "The conflicts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictRow[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ConflictRow> inCycle(@QueryParam("cycleId") Long cycleId) {
        return conflicts.inCycle(cycle(cycleId));
    }

    @POST
    @Path("rulings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ruleOnConflict", summary = "Waive or dismiss a conflict, with a reason (administrators)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RulingRequest.class)))
    @APIResponse(responseCode = "201", description = "Ruled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulingView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "No such conflict, no reason, or a ruling already in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response rule(RulingRequest request) {
        if (request == null) {
            throw new InvalidParameter("conflicts.parameter.required", "body");
        }
        var ruling = conflicts.rule(cycle(request.cycleId()), request.personId(), request.applicationId(), request.kind(),
                request.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(ruling.id())).build()).entity(ruling).build();
    }

    @DELETE
    @Path("rulings/{id}")
    @Operation(operationId = "revokeConflictRuling", summary = "Revoke a ruling: the conflict blocks again (administrators)")
    @APIResponse(responseCode = "200", description = "Revoked (kept on record)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulingView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RulingView revoke(@PathParam("id") Long id,
                             @Parameter(required = true) @QueryParam("expectedVersion") Long expectedVersion) {
        return conflicts.revokeRuling(id, version(expectedVersion));
    }

    @GET
    @Path("policy")
    @Operation(operationId = "conflictPolicy", summary = "The cycle's automatic conflict rules")
    @APIResponse(responseCode = "200", description = "The policy (version 0: defaults)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PolicyView policy(@QueryParam("cycleId") Long cycleId) {
        return conflicts.policy(cycle(cycleId));
    }

    @PUT
    @Path("policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeConflictPolicy", summary = "Change the cycle's conflict rules (administrators)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PolicyRequest.class)))
    @APIResponse(responseCode = "200", description = "The policy as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "Stale version or look-back out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PolicyView changePolicy(@QueryParam("cycleId") Long cycleId, PolicyRequest request) {
        if (request == null || request.ownAdministration() == null || request.lookbackYears() == null) {
            throw new InvalidParameter("conflicts.parameter.required", "ownAdministration, lookbackYears");
        }
        return conflicts.changePolicy(cycle(cycleId), version(request.expectedVersion()), request.ownAdministration(),
                request.lookbackYears());
    }

    private Long cycle(Long cycleId) {
        if (cycleId != null) {
            return cycleId;
        }
        return cycles.currentOverview().map(Cycles.CycleOverview::id)
                .orElseThrow(() -> new NotFound("conflicts.cycle.noCurrent"));
    }

    private static long version(Long expectedVersion) {
        if (expectedVersion == null) {
            throw new InvalidParameter("conflicts.parameter.required", "expectedVersion");
        }
        return expectedVersion;
    }
}

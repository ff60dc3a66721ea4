package se.kvalitet.cycles.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import se.kvalitet.people.boundary.CycleChoices;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.errors.NotFound;

/**
 * Award cycles over REST, read-only, and the caller's remembered choice of cycle. Authorization is the
 * {@link Cycles} boundary's: every signed-in role may read cycles. Several cycles may be under way at once;
 * "current" has one meaning per purpose (docs/architecture.md, "Several cycles at once").
 */
@Path("cycles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles", description = "Award cycles: categories, competition classes, phases and dates")
public class CyclesResource {

    @Inject
    Cycles cycles;

    @Inject
    CycleChoices choices;

    @GET
    @Operation(operationId = "listCycles", summary = "All award cycles, newest first")
    @APIResponse(responseCode = "200", description = "The cycles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleSummary[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<CycleSummary> all() {
        return cycles.summaries();
    }

    @GET
    @Path("current")
    @Operation(operationId = "getCurrentCycle", summary = "The current award cycle: the year the city is working through",
            description = "The oldest cycle past its application period and not closed (its applications are being "
                    + "reviewed, judged or answered); when there is none, the oldest cycle accepting applications; "
                    + "when there is none either, the next one being planned. Next year's cycle may accept "
                    + "applications while this year's is with the jury: this year's stays current. For one purpose "
                    + "ask for it: accepting-applications, under-review, with-jury.")
    @APIResponse(responseCode = "200", description = "The current cycle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleDetail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CycleDetail current() {
        return cycles.currentDetail().orElseThrow(() -> new NotFound("cycle.current.none"));
    }

    @GET
    @Path("accepting-applications")
    @Operation(operationId = "listCyclesAcceptingApplications", summary = "The cycles accepting applications now",
            description = "Application period open and its deadline not passed, oldest first; usually one, possibly none.")
    @APIResponse(responseCode = "200", description = "The cycles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleDetail[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<CycleDetail> acceptingApplications() {
        return cycles.acceptingApplications();
    }

    @GET
    @Path("under-review")
    @Operation(operationId = "listCyclesUnderReview", summary = "The cycles under review",
            description = "From the close of applications until the jury takes over (team assignment, individual "
                    + "assessment, consensus, site visits), oldest first.")
    @APIResponse(responseCode = "200", description = "The cycles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleSummary[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<CycleSummary> underReview() {
        return cycles.underReview();
    }

    @GET
    @Path("with-jury")
    @Operation(operationId = "getCycleWithJury", summary = "The cycle with the jury",
            description = "The oldest cycle in the jury phase (normally the only one).")
    @APIResponse(responseCode = "200", description = "The cycle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleDetail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CycleDetail withJury() {
        return cycles.withJury().flatMap(c -> cycles.detail(c.id())).orElseThrow(() -> new NotFound("cycle.withJury.none"));
    }

    @GET
    @Path("chosen")
    @Operation(operationId = "getChosenCycle", summary = "The cycle the caller chose last",
            description = "Remembered per person in the database, on every node; the pages that belong to a cycle "
                    + "open on it when their address names none. Empty (cycleId null) when the caller never chose.")
    @APIResponse(responseCode = "200", description = "The caller's choice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChosenCycle.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public ChosenCycle chosen() {
        return new ChosenCycle(choices.mine().orElse(null));
    }

    @PUT
    @Path("chosen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chooseCycle", summary = "Remember a cycle as the caller's choice")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChosenCycle.class)))
    @APIResponse(responseCode = "200", description = "The caller's choice as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChosenCycle.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ChosenCycle choose(ChosenCycle choice) {
        if (choice == null || choice.cycleId() == null) {
            throw new InvalidParameter("cycle.choice.required", "cycleId");
        }
        if (!cycles.exists(choice.cycleId())) {
            throw new NotFound("cycle.notFound.id", choice.cycleId());
        }
        choices.remember(choice.cycleId());
        return chosen();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCycle", summary = "One award cycle",
            description = "With its categories (evaluation model ids, competition classes), phase, the phases it may "
                    + "move to, and its dates; the application deadline is an ISO 8601 instant.")
    @APIResponse(responseCode = "200", description = "The cycle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleDetail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CycleDetail one(@Parameter(description = "The cycle's id", required = true) @PathParam("id") long id) {
        return cycles.detail(id).orElseThrow(() -> new NotFound("cycle.notFound.id", id));
    }

    @Schema(name = "CeremonyChange", description = "on: the ceremony's day (ISO date) or null; place: or null; "
            + "correctionReason: required once the cycle has moved past the announcement (the ceremony is locked)")
    public record CeremonyRequest(java.time.LocalDate on, String place, String correctionReason, Long expectedVersion) {
    }

    @GET
    @Path("{id}/ceremony")
    @Operation(operationId = "getCycleCeremony", summary = "The cycle's award ceremony: day, place, whether locked")
    @APIResponse(responseCode = "200", description = "The ceremony",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ceremony.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Ceremony ceremony(@Parameter(description = "The cycle's id", required = true) @PathParam("id") long id) {
        return cycles.ceremony(id).orElseThrow(() -> new NotFound("cycle.notFound.id", id));
    }

    @PUT
    @Path("{id}/ceremony")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planCycleCeremony", summary = "The administrator sets the ceremony's day and place")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = CeremonyRequest.class)))
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ceremony.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "Locked without a reason, before the announcement, stale version",
            content = @Content(mediaType = se.kvalitet.platform.rest.Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Ceremony planCeremony(@Parameter(description = "The cycle's id", required = true) @PathParam("id") long id,
                                 CeremonyRequest request) {
        if (request == null || request.expectedVersion() == null) {
            throw new se.kvalitet.platform.errors.InvalidParameter("cycle.parameter.required", "expectedVersion");
        }
        return cycles.planCeremony(id, request.on(), request.place(), request.correctionReason(), request.expectedVersion());
    }
}

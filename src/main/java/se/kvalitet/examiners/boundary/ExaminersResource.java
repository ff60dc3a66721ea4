package se.kvalitet.examiners.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
import se.kvalitet.platform.i18n.Texts;
import se.kvalitet.platform.rest.Problem;

/**
 * The examiner register over REST, with the rules of the {@link Examiners} boundary: administrators list,
 * create, change and import records; an examiner reads their own. Changes carry the version the client saw;
 * a stale one answers 422 ({@code examiners.stale}) and changes nothing.
 */
@Path("examiners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Examiners", description = "The examiner register: one record per person and cycle")
public class ExaminersResource {

    /** A record as the client sends it; {@code expectedVersion} on change, {@code cycleId} and {@code personId} on creation. */
    @Schema(name = "ExaminerRecord")
    public record RecordRequest(Long cycleId, Long personId, Long expectedVersion, Long unitId, Long administrationId,
                                LocalDate trainedOn, Integer yearsOfExperience, Integer earlierAssessments,
                                Boolean leaderEligible, Set<String> competences, Integer capacity, String managerName,
                                LocalDate managerApprovedOn, String availabilityNotes, Boolean active) {
        ExaminerChange change() {
            return new ExaminerChange(unitId, administrationId, trainedOn, yearsOfExperience == null ? 0 : yearsOfExperience,
                    earlierAssessments == null ? 0 : earlierAssessments, Boolean.TRUE.equals(leaderEligible),
                    competences == null ? Set.of() : competences, capacity == null ? 2 : capacity, managerName,
                    managerApprovedOn, availabilityNotes, active == null || active);
        }
    }

    @Schema(name = "ExaminerNotes")
    public record NotesRequest(Long expectedVersion, String availabilityNotes) {
    }

    /** An import's outcome with every bad row explained in the caller's language. */
    @Schema(name = "ExaminerImport")
    public record ImportOutcome(boolean valid, boolean committed, long newAccounts, long newRecords, long updates,
                                List<ImportReport.Line> lines, List<RowError> errors) {
    }

    @Schema(name = "ExaminerImportError")
    public record RowError(int line, String key, String message) {
    }

    @Inject
    Examiners examiners;

    @Inject
    Cycles cycles;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listExaminers", summary = "The cycle's examiner register (administrators)")
    @APIResponse(responseCode = "200", description = "The records, by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExaminerRow[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ExaminerRow> register(@Parameter(description = "The cycle; the current one if left out") @QueryParam("cycleId") Long cycleId) {
        return examiners.register(cycle(cycleId));
    }

    @GET
    @Path("me")
    @Operation(operationId = "myExaminerRecord", summary = "The caller's own examiner record for a cycle")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExaminerRow.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ExaminerRow mine(@Parameter(description = "The cycle; the current one if left out") @QueryParam("cycleId") Long cycleId) {
        return examiners.mine(cycle(cycleId)).orElseThrow(() -> new NotFound("examiners.mine.none"));
    }

    @PUT
    @Path("me/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyAvailabilityNotes", summary = "The examiner changes their own availability notes")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NotesRequest.class)))
    @APIResponse(responseCode = "200", description = "The record as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExaminerRow.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ExaminerRow changeMyNotes(@QueryParam("cycleId") Long cycleId, NotesRequest request) {
        var body = required(request);
        return examiners.changeMyNotes(cycle(cycleId), version(body.expectedVersion()), body.availabilityNotes());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getExaminerRecord", summary = "One examiner record (administrators)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExaminerRow.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ExaminerRow one(@PathParam("id") Long id) {
        return examiners.record(id).orElseThrow(() -> new NotFound("examiners.notFound", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExaminerRecord", summary = "A record for an existing person (administrators)",
            description = "The person becomes an examiner if they were not one.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RecordRequest.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExaminerRow.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "A rule says no (already recorded, leader without experience …)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(RecordRequest request) {
        var body = required(request);
        var created = examiners.create(cycle(body.cycleId()), body.personId(), body.change());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeExaminerRecord", summary = "Change a record as the client saw it (administrators)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RecordRequest.class)))
    @APIResponse(responseCode = "200", description = "The record as it is now (new version)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExaminerRow.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Stale version or a rule says no; nothing was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ExaminerRow change(@PathParam("id") Long id, RecordRequest request) {
        var body = required(request);
        return examiners.update(id, version(body.expectedVersion()), body.change());
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importExaminers", summary = "Import the register from CSV (administrators)",
            description = "UTF-8, a header row, ';' or ',' separated; columns email;name;administration;unit;trained_on;"
                    + "years;earlier_assessments;leader;competences (| separated);capacity;manager;approved_on;notes. "
                    + "All or nothing: with any bad row nothing is imported and every bad row is reported. "
                    + "dryRun=true only checks and tells what would happen.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "200", description = "Imported, or (dry run) what would be imported and every bad row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportOutcome.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "Bad rows: nothing was imported; the detail lists them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response importCsv(@QueryParam("cycleId") Long cycleId,
                              @Parameter(description = "Only check") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                              String csv) {
        Long cycle = cycle(cycleId);
        var report = dryRun ? examiners.preview(cycle, csv) : examiners.importCsv(cycle, csv);
        Locale locale = Texts.preferred(headers.getAcceptableLanguages());
        var errors = report.errors().stream().map(e -> new RowError(e.line(), e.key(),
                Texts.text(locale, "examiners.import.line", e.line(),
                        Texts.text(locale, e.key(), e.arguments().toArray())))).toList();
        if (!dryRun && !report.valid()) {
            String detail = Texts.text(locale, "examiners.import.rejected", errors.size()) + " "
                    + errors.stream().map(RowError::message).collect(Collectors.joining(" "));
            return Response.status(422).type(Problem.MEDIA_TYPE).language(locale)
                    .entity(new Problem(Problem.RULE_VIOLATION, Texts.text(locale, "api.problem.422.title"), 422, detail,
                            uri.getRequestUri().getRawPath(), "examiners.import.rejected")).build();
        }
        return Response.ok(new ImportOutcome(report.valid(), report.committed(),
                report.count(ImportReport.Action.NEW_ACCOUNT), report.count(ImportReport.Action.NEW_RECORD),
                report.count(ImportReport.Action.UPDATE), report.lines(), errors)).build();
    }

    private Long cycle(Long cycleId) {
        if (cycleId != null) {
            return cycleId;
        }
        return cycles.currentOverview().map(Cycles.CycleOverview::id)
                .orElseThrow(() -> new NotFound("examiners.cycle.noCurrent"));
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

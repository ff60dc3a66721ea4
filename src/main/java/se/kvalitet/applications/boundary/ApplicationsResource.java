package se.kvalitet.applications.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
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
import se.kvalitet.platform.security.Role;

/**
 * Applications over REST, with the rules and errors of the {@link Applications} boundary: an applicant only
 * ever reaches their own unit's applications (others answer 404), administrators all. Changes carry the
 * version the client saw ({@code expectedVersion}); a stale one answers 409 and changes nothing. Broken
 * rules (deadline passed, incomplete, ineligible, already submitted) answer 422 with the localized reason.
 */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Units' applications for the quality award and the renewal prize")
public class ApplicationsResource {

    /**
     * What to start: cycle, award (QUALITY_AWARD or RENEWAL_PRIZE), competition class; unitId for administrators;
     * for applicants optionally an earlier application of the unit to start from, with the attachments to copy.
     */
    @Schema(name = "StartApplication", description = "startFromId: an earlier year's application of the caller's "
            + "unit whose answers are copied (criteria matched by code); attachmentIds: its attachments to copy too")
    public record StartRequest(Long cycleId, String award, Long competitionClassId, Long unitId, Long startFromId,
                               List<Long> attachmentIds) {
    }

    /** A draft save: the parts given replace what is saved (null parts are left alone). */
    @Schema(name = "DraftChange", description = "answers: criterion code -> text (blank clears); indicators: "
            + "results criterion code -> its whole indicator table (empty clears)")
    public record DraftRequest(Long expectedVersion, Map<String, String> answers, RenewalDraft renewal,
                               EligibilityDraft eligibility, Map<String, List<IndicatorDraft>> indicators) {
    }

    /** A later deadline for one application, with the reason (administrators). */
    @Schema(name = "DeadlineExtension", description = "until: the new deadline (an instant, e.g. 2027-03-20T15:00:00Z)")
    public record ExtensionRequest(java.time.Instant until, String reason, Long expectedVersion) {
    }

    @Schema(name = "VersionedAction")
    public record SubmitRequest(Long expectedVersion) {
    }

    @Schema(name = "Reopening")
    public record ReopenRequest(String reason) {
    }

    @Inject
    Applications applications;

    @Inject
    DeadlineExtensions extensions;

    @Inject
    ApplicationFiles applicationFiles;

    @Inject
    ApplicationRegister applicationRegister;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listApplications", summary = "Applications: the caller's unit's, or a cycle's",
            description = "Applicants get their unit's applications over all years (optionally of one cycle). "
                    + "Administrators give cycleId and get that cycle's applications, filtered, sorted and paged.")
    @APIResponse(responseCode = "200", description = "The applications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationSummary[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<ApplicationSummary> list(
            @Parameter(description = "The cycle") @QueryParam("cycleId") Long cycleId,
            @Parameter(description = "Status, e.g. SUBMITTED (administrators)") @QueryParam("status") String status,
            @Parameter(description = "Competition class id (administrators)") @QueryParam("classId") Long classId,
            @Parameter(description = "Administration id (administrators)") @QueryParam("administrationId") Long administrationId,
            @Parameter(description = "QUALITY_AWARD or RENEWAL_PRIZE (administrators)") @QueryParam("award") String award,
            @Parameter(description = "registrationNumber, status, unitName, administrationName, competitionClassName, "
                    + "award, changedAt, submittedAt") @QueryParam("sort") String sort,
            @QueryParam("descending") @DefaultValue("false") boolean descending,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (security.isUserInRole(Role.ADMIN_NAME) && cycleId != null) {
            if (first < 0) {
                throw new InvalidParameter("api.parameter.atLeast", "first", 0);
            }
            if (size < 1 || size > 500) {
                throw new InvalidParameter("api.parameter.range", "size", 1, 500);
            }
            return applicationRegister.cycleApplications(cycleId,
                    new ApplicationFilter(classId, administrationId, status, award, null), sort, !descending, first, size);
        }
        return applications.listForMyUnit().stream().filter(a -> cycleId == null || cycleId.equals(a.cycleId())).toList();
    }

    @GET
    @Path("counts")
    @Operation(operationId = "countApplications", summary = "How many applications of a cycle are in each status (administrators)")
    @APIResponse(responseCode = "200", description = "Status -> count")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Map<String, Long> counts(@Parameter(required = true) @QueryParam("cycleId") Long cycleId) {
        if (cycleId == null) {
            throw new InvalidParameter("applications.parameter.required", "cycleId");
        }
        return applicationRegister.statusCounts(cycleId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startApplication", summary = "Start an application (a draft) for the caller's unit",
            description = "While the cycle accepts applications; one active application per unit and award. "
                    + "Administrators start one on behalf of the unit given by unitId. An applicant may start from "
                    + "an earlier year's application of the unit (startFromId): answers are copied where this year's "
                    + "model has the criterion's code, the others are listed as notCarriedOver; eligibility is asked "
                    + "again; attachments only those in attachmentIds.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StartRequest.class)))
    @APIResponse(responseCode = "201", description = "Started; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "A rule said no (deadline, already applied, unknown class)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response start(StartRequest request) {
        if (request == null) {
            throw new InvalidParameter("applications.parameter.required", "body");
        }
        Long id;
        if (security.isUserInRole(Role.ADMIN_NAME) && request.unitId() != null) {
            id = applications.startFor(request.unitId(), request.cycleId(), request.award(), request.competitionClassId());
        } else if (request.startFromId() != null) {
            id = applications.startFrom(request.cycleId(), request.award(), request.competitionClassId(),
                    request.startFromId(), request.attachmentIds());
        } else {
            id = applications.start(request.cycleId(), request.award(), request.competitionClassId());
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(applications.view(id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getApplication", summary = "One application with the criteria beside its answers")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApplicationView one(@Parameter(required = true) @PathParam("id") long id) {
        return applications.view(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveApplicationDraft", summary = "Save sections of a draft",
            description = "Answers by criterion code, indicator tables of results criteria, renewal-prize fields and "
                    + "eligibility answers; sections left out stay as they are. Needs the version the client saw.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DraftRequest.class)))
    @APIResponse(responseCode = "200", description = "Saved; the application as it is now (new version)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Somebody saved in between: reload, nothing was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Over-long answer, invalid indicator, submitted or withdrawn "
            + "application, deadline passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ApplicationView save(@PathParam("id") long id, DraftRequest request) {
        if (request == null || request.expectedVersion() == null) {
            throw new InvalidParameter("applications.parameter.required", "expectedVersion");
        }
        applications.saveDraft(id, request.answers(), request.renewal(), request.eligibility(), request.indicators(),
                request.expectedVersion());
        return applications.view(id);
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitApplication", summary = "Submit: checks and freezes, returns the receipt")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubmitRequest.class)))
    @APIResponse(responseCode = "200", description = "The receipt with the registration number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Somebody saved in between",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Already submitted, deadline passed, incomplete or ineligible",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Receipt submit(@PathParam("id") long id, SubmitRequest request) {
        if (request == null || request.expectedVersion() == null) {
            throw new InvalidParameter("applications.parameter.required", "expectedVersion");
        }
        return applications.submit(id, request.expectedVersion());
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(operationId = "withdrawApplication", summary = "Withdraw a draft or submitted application before the deadline")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Deadline passed or already in review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response withdraw(@PathParam("id") long id) {
        applications.withdraw(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenApplication", summary = "Reopen a submitted application with a reason (administrators)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReopenRequest.class)))
    @APIResponse(responseCode = "204", description = "Reopened")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Not submitted, or no reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response reopen(@PathParam("id") long id, ReopenRequest request) {
        applications.reopen(id, request == null ? null : request.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("starting-points")
    @Operation(operationId = "listStartingPoints", summary = "The caller's unit's earlier applications a new one may start from",
            description = "Applications of the unit in cycles of earlier years, in the given award, newest first, "
                    + "with their attachments to choose from.")
    @APIResponse(responseCode = "200", description = "The earlier applications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StartingPoint[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<StartingPoint> startingPoints(@Parameter(required = true) @QueryParam("cycleId") Long cycleId,
                                              @Parameter(description = "QUALITY_AWARD (default) or RENEWAL_PRIZE")
                                              @QueryParam("award") @DefaultValue("QUALITY_AWARD") String award) {
        if (cycleId == null) {
            throw new InvalidParameter("applications.parameter.required", "cycleId");
        }
        return applications.startingPoints(cycleId, award);
    }

    @PUT
    @Path("{id}/deadline-extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "extendApplicationDeadline", summary = "Give one application a later deadline, with a reason (administrators)",
            description = "Only a draft, while the cycle is in or just after its application period; later than the "
                    + "cycle's deadline and before the day review starts. Replaces an extension in force (a used one "
                    + "only by a later date).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExtensionRequest.class)))
    @APIResponse(responseCode = "200", description = "Granted; the application as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Somebody changed the application in between",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Outside the limits, no reason, not a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ApplicationView extend(@PathParam("id") long id, ExtensionRequest request) {
        if (request == null || request.expectedVersion() == null) {
            throw new InvalidParameter("applications.parameter.required", "expectedVersion");
        }
        extensions.extendDeadline(id, request.until(), request.reason(), request.expectedVersion());
        return applications.view(id);
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}/deadline-extension")
    @Operation(operationId = "revokeApplicationDeadlineExtension", summary = "Revoke an unused extension (administrators)")
    @APIResponse(responseCode = "200", description = "Revoked; the application as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Somebody changed the application in between",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "No extension, or the unit has used it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ApplicationView revokeExtension(@PathParam("id") long id,
                                           @Parameter(required = true) @QueryParam("expectedVersion") Long expectedVersion) {
        if (expectedVersion == null) {
            throw new InvalidParameter("applications.parameter.required", "expectedVersion");
        }
        extensions.revokeExtension(id, expectedVersion);
        return applications.view(id);
    }

    /** Uploads larger than this are cut off before the boundary sees them (the cycle's limits are lower). */
    static final int MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

    @GET
    @Path("{id}/attachments")
    @Operation(operationId = "listAttachments", summary = "The application's attachments (without content)")
    @APIResponse(responseCode = "200", description = "The attachments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AttachmentView> attachments(@PathParam("id") long id) {
        return applicationFiles.attachments(id);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadAttachment", summary = "Attach a file (the request body) to a draft",
            description = "The type is decided by the content, not the name or Content-Type: PDF (and office "
                    + "documents if the cycle allows them); size limits per file and per application.")
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Wrong type, too large, submitted application or deadline passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response upload(@PathParam("id") long id,
                           @Parameter(description = "The file's name", required = true) @QueryParam("fileName") String fileName,
                           java.io.InputStream body) throws java.io.IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(MAX_UPLOAD_BYTES + 1);
        var attached = applicationFiles.upload(id, fileName, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(attached.id())).build())
                .entity(attached).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadAttachment", summary = "Download an attachment")
    @APIResponse(responseCode = "200", description = "The file, with its SHA-256 in the Digest header")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        var file = applicationFiles.download(id, attachmentId);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", se.kvalitet.applications.control.FileNames.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Checksum-SHA256", file.sha256()).build();
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}/attachments/{attachmentId}")
    @Operation(operationId = "removeAttachment", summary = "Remove an attachment from a draft")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Submitted application or deadline passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response removeAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        applicationFiles.removeAttachment(id, attachmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/receipt.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getApplicationPdf", summary = "The PDF of a submitted application (receipt)")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Not submitted yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") @DefaultValue("sv") String language) {
        byte[] pdf = applicationFiles.pdf(id, language);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"application-" + id + ".pdf\"").build();
    }
}

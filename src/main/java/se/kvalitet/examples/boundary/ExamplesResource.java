package se.kvalitet.examples.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kvalitet.examples.entity.GoodExample;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.rest.Problem;

/**
 * Publishing good examples over REST, with the rules of {@link GoodExamples}: administrators prepare, edit,
 * publish and unpublish records; the unit's applicant accounts give, refuse and withdraw consent; the unit's
 * people record follow-ups of improvement areas. Changes carry the version the client saw; a stale one and every
 * broken rule answer 422 with the localized reason.
 */
@Path("examples")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Good examples", description = "Preparing, publishing and consenting to good-example records")
public class ExamplesResource {

    @Schema(name = "ExamplePrepare", description = "chosen: true to prepare a record from a decision 'not awarded'")
    public record PrepareRequest(Long applicationId, Boolean chosen) {
    }

    @Schema(name = "ExampleEdit", description = "The record's texts and the version the client saw")
    public record EditRequest(GoodExample.Texts texts, Long expectedVersion) {
    }

    @Schema(name = "ExamplePublish", description = "audience: INTERNAL or PUBLIC; acknowledgeWarnings: the personal-data warnings were read")
    public record PublishRequest(String audience, Boolean acknowledgeWarnings, Long expectedVersion) {
    }

    @Schema(name = "ExampleVersion")
    public record VersionRequest(Long expectedVersion) {
    }

    @Schema(name = "ExampleConsent", description = "audience: INTERNAL or PUBLIC; given false refuses (or withdraws a given consent)")
    public record ConsentRequest(String audience, Boolean given, Long expectedVersion) {
    }

    @Schema(name = "ExampleImage", description = "content: the image, Base64; altText required")
    public record ImageRequest(String fileName, String altText, String content) {
    }

    @Schema(name = "FollowUp", description = "The unit's note on an improvement area; expectedVersion null for the first")
    public record FollowUpRequest(Long applicationId, String criterionCode, String note, Boolean addressed,
                                  Long expectedVersion) {
    }

    public record Saved(Long id, long version) {
    }

    @Inject
    GoodExamples examples;

    @Inject
    UnitHistories units;

    @GET
    @Path("candidates")
    @Operation(operationId = "listExampleCandidates", summary = "A cycle's announced decisions and their records (administrators)")
    @APIResponse(responseCode = "200", description = "The decisions")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<Views.Candidate> candidates(@QueryParam("cycleId") Long cycleId) {
        if (cycleId == null) {
            throw new InvalidParameter("examples.parameter.required", "cycleId");
        }
        return examples.candidates(cycleId);
    }

    @GET
    @Operation(operationId = "listExamples", summary = "Every record, published or not (administrators)")
    @APIResponse(responseCode = "200", description = "The records")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<Views.ExampleSummary> all() {
        return examples.all();
    }

    @GET
    @Path("mine")
    @Operation(operationId = "listMyUnitsExamples", summary = "The records of the caller's unit (applicants: consent)")
    @APIResponse(responseCode = "200", description = "The records")
    public List<Views.ExampleSummary> mine() {
        return examples.ofMyUnit();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "prepareExample", summary = "Prepare a record from an announced decision")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PrepareRequest.class)))
    @APIResponse(responseCode = "201", description = "Prepared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ExampleView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "No announced decision, not awarded and not chosen, already prepared",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response prepare(PrepareRequest request) {
        if (request == null || request.applicationId() == null) {
            throw new InvalidParameter("examples.parameter.required", "applicationId");
        }
        Long id = examples.prepare(request.applicationId(), Boolean.TRUE.equals(request.chosen()));
        return Response.created(URI.create("examples/" + id)).entity(examples.view(id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getExample", summary = "A record with its consent record and personal-data warnings (administrators, the unit)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ExampleView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Views.ExampleView one(@PathParam("id") long id) {
        return examples.view(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editExample", summary = "Change the texts (the address stays)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EditRequest.class)))
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "422", description = "Summary over 500 characters, no title, stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Views.ExampleView edit(@PathParam("id") long id, EditRequest request) {
        if (request == null || request.texts() == null) {
            throw new InvalidParameter("examples.parameter.required", "texts");
        }
        examples.edit(id, request.texts(), version(request.expectedVersion()));
        return examples.view(id);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishExample", summary = "Publish internally or publicly")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PublishRequest.class)))
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "422", description = "No consent for the audience, unacknowledged warnings, stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Views.ExampleView publish(@PathParam("id") long id, PublishRequest request) {
        if (request == null) {
            throw new InvalidParameter("examples.parameter.required", "audience");
        }
        examples.publish(id, request.audience(), Boolean.TRUE.equals(request.acknowledgeWarnings()),
                version(request.expectedVersion()));
        return examples.view(id);
    }

    @POST
    @Path("{id}/unpublish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "unpublishExample", summary = "Take a record out of the library")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VersionRequest.class)))
    @APIResponse(responseCode = "200", description = "Unpublished")
    public Views.ExampleView unpublish(@PathParam("id") long id, VersionRequest request) {
        examples.unpublish(id, version(request == null ? null : request.expectedVersion()));
        return examples.view(id);
    }

    @POST
    @Path("{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "consentToExample", summary = "The unit gives, refuses or withdraws consent (its applicant accounts)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConsentRequest.class)))
    @APIResponse(responseCode = "200", description = "Recorded; a withdrawal unpublishes at once")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Views.ExampleView consent(@PathParam("id") long id, ConsentRequest request) {
        if (request == null || request.given() == null) {
            throw new InvalidParameter("examples.parameter.required", "given");
        }
        examples.consent(id, request.audience(), request.given(), version(request.expectedVersion()));
        return examples.view(id);
    }

    @POST
    @Path("{id}/images")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addExampleImage", summary = "Add an image with its alt text")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ImageRequest.class)))
    @APIResponse(responseCode = "200", description = "Added")
    @APIResponse(responseCode = "422", description = "No alt text, not an image",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Views.ExampleView image(@PathParam("id") long id, ImageRequest request) {
        if (request == null || request.content() == null) {
            throw new InvalidParameter("examples.parameter.required", "content");
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(request.content());
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidParameter("examples.parameter.required", "content");
        }
        examples.addImage(id, request.fileName(), request.altText(), content);
        return examples.view(id);
    }

    @DELETE
    @Path("{id}/files/{fileId}")
    @Operation(operationId = "removeExampleFile", summary = "Remove an image (the publication PDF stays: it is made from the texts)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "422", description = "The publication PDF cannot be removed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public void removeFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        examples.removeFile(id, fileId);
    }

    @PUT
    @Path("units/{unitId}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordFollowUp", summary = "The unit's follow-up of an improvement area (its own people)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FollowUpRequest.class)))
    @APIResponse(responseCode = "200", description = "Saved, with the new version")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Saved followUp(@PathParam("unitId") long unitId, FollowUpRequest request) {
        if (request == null || request.applicationId() == null || request.criterionCode() == null) {
            throw new InvalidParameter("examples.parameter.required", "applicationId, criterionCode");
        }
        return new Saved(request.applicationId(), units.recordFollowUp(unitId, request.applicationId(),
                request.criterionCode(), request.note(), Boolean.TRUE.equals(request.addressed()), request.expectedVersion()));
    }

    private static long version(Long expectedVersion) {
        if (expectedVersion == null) {
            throw new InvalidParameter("examples.parameter.required", "expectedVersion");
        }
        return expectedVersion;
    }
}

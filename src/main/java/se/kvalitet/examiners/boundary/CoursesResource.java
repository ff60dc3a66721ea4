package se.kvalitet.examiners.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import se.kvalitet.cycles.boundary.CyclePurpose;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.rest.Problem;

/**
 * Examiner courses and attendance over REST (administrators), with the rules of {@link Courses}; an examiner reads
 * the cycle's courses with their own attendance at {@code mine}.
 */
@Path("examiner-courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Examiner courses", description = "The year's examiner courses and their attendance")
public class CoursesResource {

    /** Attendance to record: examiner record ids of the course's cycle, on the course's version. */
    @Schema(name = "CourseAttendance")
    public record AttendanceRequest(Long expectedVersion, List<Long> examinerIds) {
    }

    @Inject
    Courses courses;

    @Inject
    Cycles cycles;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listExaminerCourses", summary = "A cycle's examiner courses with their attendance (administrators)")
    @APIResponse(responseCode = "200", description = "The courses, by first day",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CourseRow[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CourseRow> list(@Parameter(description = "The cycle; the first under review if left out") @QueryParam("cycleId") Long cycleId) {
        return courses.inCycle(cycle(cycleId));
    }

    @GET
    @Path("mine")
    @Operation(operationId = "myExaminerCourses", summary = "A cycle's courses with the caller's own attendance (examiners)")
    @APIResponse(responseCode = "200", description = "The courses; empty without a record in the cycle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyCourse[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<MyCourse> mine(@Parameter(description = "The cycle; the first under review if left out") @QueryParam("cycleId") Long cycleId) {
        return courses.mine(cycle(cycleId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExaminerCourse", summary = "A new course of a cycle (administrators)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CourseChange.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CourseRow.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "A rule says no (no name, ends before it starts …)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@Parameter(description = "The cycle; the first under review if left out") @QueryParam("cycleId") Long cycleId,
                           CourseChange request) {
        var created = courses.create(cycle(cycleId), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCourseAttendance", summary = "Record who attended, many at once (administrators)",
            description = "All or nothing; refused before the course's first day. A required course trains for the cycle.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AttendanceRequest.class)))
    @APIResponse(responseCode = "200", description = "The course as it is now (new version)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CourseRow.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Stale version, nobody chosen, or the course not yet held",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CourseRow attend(@PathParam("id") Long id, AttendanceRequest request) {
        if (request == null || request.expectedVersion() == null) {
            throw new InvalidParameter("examiners.parameter.required", "expectedVersion");
        }
        return courses.recordAttendance(id, request.expectedVersion(), request.examinerIds());
    }

    @DELETE
    @Path("{id}/attendance/{examinerId}")
    @Operation(operationId = "removeCourseAttendance", summary = "Take one examiner record off the attendance (administrators)")
    @APIResponse(responseCode = "200", description = "The course as it is now (new version)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CourseRow.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CourseRow leave(@PathParam("id") Long id, @PathParam("examinerId") Long examinerId,
                           @Parameter(required = true) @QueryParam("expectedVersion") Long expectedVersion) {
        if (expectedVersion == null) {
            throw new InvalidParameter("examiners.parameter.required", "expectedVersion");
        }
        return courses.removeAttendance(id, expectedVersion, examinerId);
    }

    private Long cycle(Long cycleId) {
        if (cycleId != null) {
            return cycleId;
        }
        return cycles.defaultFor(CyclePurpose.REVIEW).orElseThrow(() -> new NotFound("examiners.cycle.noCurrent"));
    }
}

package se.kvalitet.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import se.kvalitet.platform.security.Role;

/**
 * The REST API, version 1. Everything under it needs a signed-in caller (a Bearer token, HTTP Basic or the browser
 * session), except the public library.
 * Errors are problem details (RFC 9457, {@link Problem}) in the caller's language; the shared error answers
 * are declared here once and referenced by the resources ({@code ref = "NotFound"} …).
 */
@ApplicationPath("/api/v1")
@DeclareRoles({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME, Role.STAFF_NAME})
@OpenAPIDefinition(info = @Info(title = "Kvalitet API", version = "1",
        description = "The city's quality award and renewal prize: cycles, evaluation models and organisation. "
                + "Every call needs a signed-in caller, with a personal API token (Authorization: Bearer) or, where the "
                + "server allows it, the user's own e-mail address and password (HTTP Basic); the good-examples "
                + "library is also open without signing in. Errors are application/problem+json (RFC 9457), "
                + "in Swedish or, with Accept-Language: en, in English."),
        // two requirements: either scheme is enough
        security = {@SecurityRequirement(name = KvalitetApi.BEARER_AUTH), @SecurityRequirement(name = KvalitetApi.BASIC_AUTH)},
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", responseCode = "400", description = "A parameter is wrong",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = "Unauthorized", responseCode = "401",
                        description = "Not signed in, or wrong e-mail address or password"),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "The caller's roles do not allow this",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "No such id or key",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = "Refused", responseCode = "422",
                        description = "Refused by a rule (stale version, wrong phase, bad value …): the localized reason; "
                                + "nothing was changed",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
        }))
@SecurityScheme(securitySchemeName = KvalitetApi.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The user's own e-mail address and password; accepted on /api/v1 only where the server's "
                + "setting allows it")
@SecurityScheme(securitySchemeName = KvalitetApi.BEARER_AUTH, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token, created and revoked by its user, sent as Authorization: Bearer <token>")
public class KvalitetApi extends Application {

    /** The names of the security schemes in the OpenAPI document (also used by {@link ApiContract}). */
    public static final String BASIC_AUTH = "basicAuth";
    public static final String BEARER_AUTH = "bearerAuth";
}

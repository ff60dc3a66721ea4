package se.kvalitet.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import se.kvalitet.platform.security.Role;

/** The REST API, version 1. Everything under it needs a signed-in caller (HTTP Basic or the browser session). */
@ApplicationPath("/api/v1")
@DeclareRoles({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME, Role.STAFF_NAME})
@OpenAPIDefinition(info = @Info(title = "Kvalitet API", version = "1",
        description = "The city's quality award and renewal prize: cycles, evaluation models and organisation."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class KvalitetApi extends Application {
}

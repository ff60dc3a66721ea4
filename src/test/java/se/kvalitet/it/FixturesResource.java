package se.kvalitet.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.kvalitet.platform.security.Role;

/** Test-only: the fixture API for tests outside the container (browser tests), as the calling administrator. */
@Path("it/fixtures")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class FixturesResource {

    @Inject
    Fixtures fixtures;

    /** A year no cycle has, for a test that opens a cycle through the pages. */
    @GET
    @Path("free-year")
    public FreeYear freeYear() {
        return new FreeYear(fixtures.freeYear());
    }

    /** A year for a new cycle. */
    public record FreeYear(int year) {
    }
}

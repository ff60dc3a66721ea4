package se.kvalitet.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only (never in the shipped WAR): builds the {@link PathScenario} for the whole-path browser test as the
 * calling administrator; answers the fixture as JSON.
 */
@Path("it/path-scenario")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PathScenarioResource {

    @Inject
    PathScenario scenario;

    @POST
    public PathScenario.Fixture build(@QueryParam("password") String password) {
        return scenario.build(password);
    }
}

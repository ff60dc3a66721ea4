package se.kvalitet.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only (never in the shipped WAR): lets a browser test, which runs outside the container, build an
 * {@link AssignmentScenario} as the signed-in administrator (the boundaries it calls admit nobody else).
 * Answers the fixture as JSON.
 */
@Path("it/assignment-scenario")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentScenarioResource {

    @Inject
    AssignmentScenario scenario;

    @POST
    public AssignmentScenario.Fixture build(@QueryParam("password") String password) {
        return scenario.build(true, password);
    }
}

package se.kvalitet.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Test-only: builds the application scenario for browser tests (as the calling administrator); answers it as JSON. */
@Path("it/application-scenario")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationScenarioResource {

    @Inject
    ApplicationScenario scenario;

    @POST
    public ApplicationScenario.Fixture build(@QueryParam("password") String password) {
        return scenario.build(password);
    }
}

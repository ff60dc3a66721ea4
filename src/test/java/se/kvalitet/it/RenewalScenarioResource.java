package se.kvalitet.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only (never in the shipped WAR): lets a browser test build a {@link RenewalScenario} (entries submitted, the
 * application period closed) as the signed-in administrator. Year 2074, the last of the renewal tests' range,
 * unless the caller names its own range.
 */
@Path("it/renewal-scenario")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RenewalScenarioResource {

    @Inject
    RenewalScenario scenario;

    @POST
    public RenewalScenario.Fixture build(@QueryParam("password") String password) {
        return scenario.build(password, true);
    }
}

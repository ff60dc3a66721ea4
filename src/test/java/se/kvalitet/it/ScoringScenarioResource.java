package se.kvalitet.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only (never in the shipped WAR): lets a browser test build a {@link ScoringScenario} (teams committed, the
 * cycle in individual review) as the signed-in administrator. Years from the scoring tests' range.
 */
@Path("it/scoring-scenario")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScoringScenarioResource {

    @Inject
    ScoringScenario scenario;

    @POST
    public ScoringScenario.Scored build(@QueryParam("password") String password) {
        return scenario.build(password, true);
    }
}

package se.kvalitet.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only (never in the shipped WAR): builds the {@link ExamplesScenario} for the library's browser test as the
 * calling administrator and announces decisions on its applications (WINNER, HONOURABLE_MENTION, NOT_AWARDED,
 * and none for the fourth); answers the fixture as JSON.
 */
@Path("it/examples-scenario")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExamplesScenarioResource {

    @Inject
    ExamplesScenario scenario;

    @POST
    public ExamplesScenario.Fixture build(@QueryParam("password") String password) {
        var fixture = scenario.build(password);
        String[] outcomes = {"WINNER", "HONOURABLE_MENTION", "NOT_AWARDED"};
        for (int i = 0; i < outcomes.length; i++) {
            scenario.announce(fixture.cycleId(), fixture.applicationIds().get(i), outcomes[i],
                    "Juryns motivering för " + outcomes[i] + ".");
        }
        return fixture;
    }
}

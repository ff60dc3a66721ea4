package se.kvalitet.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Test-only (never in the shipped WAR): builds a {@link CalibrationScenario} as the signed-in administrator. */
@Path("it/calibration-scenario")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalibrationScenarioResource {

    @Inject
    CalibrationScenario scenario;

    @POST
    public CalibrationScenario.Fixture build(@QueryParam("password") String password) {
        return scenario.build(password);
    }
}

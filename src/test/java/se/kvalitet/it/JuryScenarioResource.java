package se.kvalitet.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.jury.boundary.JuryMeetings;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * Test-only, for the jury's browser test (as the calling administrator): the consensus scenario with every team's
 * consensus closed, a chair without a unit and a juror working at the unit of the last application (recused from
 * it by the organisation tree), the cycle in the JURY phase with the chair appointed.
 */
@Path("it/jury-scenario")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JuryScenarioResource {

    public record Fixture(Long cycleId, String chair, String juror, Long recusedFrom, String recusedUnit,
                          List<Long> applications) {
    }

    @Inject ConsensusScenario scenario;
    @Inject Applications applications;
    @Inject Organizations organizations;
    @Inject People people;
    @Inject Cycles cycles;
    @Inject JuryMeetings meetings;

    @Context
    UriInfo uri;

    @POST
    public Fixture build(@QueryParam("password") String password) {
        var f = scenario.build(password);
        String root = uri.getBaseUri().toString().replaceAll("api/v1/?$", "");
        var api = new ApiClient(root, password);
        for (var team : f.teams()) {
            ConsensusSteps.close(api, team, ConsensusSteps.open(api, team));
        }
        List<Long> apps = f.teams().stream().map(ConsensusScenario.TeamFixture::applicationId).sorted().toList();
        Long recusedFrom = apps.get(apps.size() - 1);
        Long unitId = applications.view(recusedFrom).unitId();
        String chair = "ordf-" + UUID.randomUUID() + "@kvalitet.test";
        String juror = "jurymedlem-" + UUID.randomUUID() + "@kvalitet.test";
        var chairPerson = people.create(chair, "Ordförande Webbsson", password.toCharArray(), EnumSet.of(Role.JURY), null, null);
        people.create(juror, "Jävig Webbsson", password.toCharArray(), EnumSet.of(Role.JURY), unitId,
                organizations.unit(unitId).orElseThrow().administrationId());
        // the consensus scenario leaves its cycle in the consensus phase
        cycles.moveTo(f.cycleId(), Phase.JURY);
        meetings.appointChair(f.cycleId(), chairPerson.getId());
        return new Fixture(f.cycleId(), chair, juror, recusedFrom, applications.view(recusedFrom).unitName(), apps);
    }
}

package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * Test-only: the good-examples library's scenario. The consensus scenario's four submitted applications (teams
 * committed), announced jury decisions written straight into {@code jury_decision} with SQL (the jury component
 * that writes them is built elsewhere; only the table is the contract), and one applicant account per
 * application's unit. Runs as the calling administrator; each step commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExamplesScenario {

    /** The cycle, its year, the four applications, their units and one applicant account per unit. */
    public record Fixture(Long cycleId, int year, List<Long> applicationIds, List<Long> unitIds,
                          List<String> applicants, ConsensusScenario.Fixture consensus) {
    }

    @PersistenceContext EntityManager em;
    @Inject ConsensusScenario consensus;
    @Inject Cycles cycles;
    @Inject Applications applications;
    @Inject Organizations organizations;
    @Inject People people;

    public Fixture build(String password) {
        var base = consensus.build(password);
        int year = cycles.find(base.cycleId()).orElseThrow().getYear();
        var apps = base.teams().stream().map(ConsensusScenario.TeamFixture::applicationId).sorted().toList();
        var units = new ArrayList<Long>();
        var applicants = new ArrayList<String>();
        for (Long app : apps) {
            Long unitId = applications.view(app).unitId();
            units.add(unitId);
            String email = "enhet-" + UUID.randomUUID() + "@kvalitet.test";
            people.create(email, "Sökande Exempelsson", password.toCharArray(), EnumSet.of(Role.APPLICANT), unitId,
                    organizations.unit(unitId).orElseThrow().administrationId());
            applicants.add(email);
        }
        return new Fixture(base.cycleId(), year, apps, units, applicants, base);
    }

    /** An announced decision on an application, as the jury component would leave it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void announce(Long cycleId, Long applicationId, String outcome, String motivation) {
        em.createNativeQuery("insert into jury_decision (application_id, cycle_id, outcome, motivation, decided_at, "
                        + "decided_by, announced_at, version) values (?1, ?2, ?3, ?4, ?5, 'jury@kvalitet.test', ?5, 0)")
                .setParameter(1, applicationId).setParameter(2, cycleId).setParameter(3, outcome)
                .setParameter(4, motivation).setParameter(5, java.sql.Timestamp.from(Instant.now())).executeUpdate();
    }
}

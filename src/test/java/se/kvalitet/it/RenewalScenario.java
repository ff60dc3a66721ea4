package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.EligibilityDraft;
import se.kvalitet.applications.boundary.RenewalDraft;
import se.kvalitet.conflicts.entity.ActingAs;
import se.kvalitet.conflicts.entity.ConflictConfirmation;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.entity.AdministrationKind;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * Test-only: renewal-prize cycles for the jury, built through the boundaries as an administrator (the caller's
 * identity). A cycle with three submitted entries (A of administration X, B and C of administration Y) and a
 * draft D; three jurors: two without a workplace and one working in administration X (an automatic conflict with
 * entry A). Each boundary call commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenewalScenario {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    public record Fixture(Long cycleId, Long entryA, Long entryB, Long entryC, Long draftD, String juror1,
                          String juror2, String conflicted, Long juror1Id) {
    }

    public record OpenCycle(Long cycleId, Long entry) {
    }

    @Inject Fixtures fixtures;

    @Inject Cycles cycles;
    @Inject Organizations organizations;
    @Inject Applications applications;
    @Inject People people;

    @PersistenceContext
    EntityManager em;

    public Fixture build(String password, boolean close) {
        var opened = fixtures.cycle("Förnyelsetest");
        Long cycleId = opened.cycleId();
        Long classId = open(cycleId);
        var board = organizations.createBoard("Nämnd " + UUID.randomUUID());
        var x = organizations.createAdministration(board.getId(), "Förvaltning X " + UUID.randomUUID(),
                AdministrationKind.ADMINISTRATION);
        var y = organizations.createAdministration(board.getId(), "Förvaltning Y " + UUID.randomUUID(),
                AdministrationKind.ADMINISTRATION);
        Long a = entry(x.getId(), "Enhet A", cycleId, classId, "Läxhjälp på biblioteket", true);
        Long b = entry(y.getId(), "Enhet B", cycleId, classId, "Digitala vägar in", true);
        Long c = entry(y.getId(), "Enhet C", cycleId, classId, "Matsvinn i skolköket", true);
        Long d = entry(y.getId(), "Enhet D", cycleId, classId, "Ett utkast", false);
        if (close) {
            cycles.moveTo(cycleId, Phase.APPLICATION_CLOSED, null, "Testet stänger perioden före sista dagen.");
        }
        String juror1 = juror(password, null);
        String juror2 = juror(password, null);
        String conflicted = juror(password, x.getId());
        return new Fixture(cycleId, a, b, c, d, juror1, juror2, conflicted, people.byEmail(juror1).orElseThrow().getId());
    }

    /** A cycle with one submitted entry whose application period is still open. */
    public OpenCycle openCycle() {
        var opened = fixtures.cycle("Förnyelsetest öppen");
        Long classId = open(opened.cycleId());
        var board = organizations.createBoard("Nämnd " + UUID.randomUUID());
        var z = organizations.createAdministration(board.getId(), "Förvaltning Z " + UUID.randomUUID(),
                AdministrationKind.ADMINISTRATION);
        return new OpenCycle(opened.cycleId(), entry(z.getId(), "Enhet E", opened.cycleId(), classId, "Öppet bidrag", true));
    }

    /** The person's "no conflict" as a juror, written as the entity: the boundary takes it only from the juror. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void confirmedAsJuror(Long cycleId, Long personId, Long applicationId) {
        em.persist(new ConflictConfirmation(cycleId, personId, applicationId, ActingAs.JUROR, Clock.systemUTC().instant()));
    }

    private Long open(Long cycleId) {
        cycles.addCategory(cycleId, Award.RENEWAL_PRIZE);
        cycles.addClass(cycleId, Award.RENEWAL_PRIZE, "Hela staden");
        cycles.adoptPreset(cycleId, Award.RENEWAL_PRIZE, "stockholm-fornyelse");
        var cycle = cycles.find(cycleId).orElseThrow();
        LocalDate today = LocalDate.now(CITY);
        cycle.getDates().setApplicationOpensOn(today.minusDays(10));
        cycle.getDates().setApplicationClosesAt(today.plusDays(5).atTime(LocalTime.of(16, 0)).atZone(CITY).toInstant());
        cycle.getDates().setReviewStartsOn(today.plusDays(10));
        cycle.getDates().setConsensusStartsOn(today.plusDays(40));
        cycle.getDates().setJuryStartsOn(today.plusDays(60));
        cycles.save(cycle);
        cycles.moveTo(cycleId, Phase.APPLICATION_OPEN);
        return cycles.applicationTerms(cycleId).orElseThrow().category("RENEWAL_PRIZE").orElseThrow().classes().get(0).id();
    }

    private Long entry(Long administrationId, String unitName, Long cycleId, Long classId, String title, boolean submit) {
        var unit = organizations.createUnit(administrationId, unitName + " " + UUID.randomUUID(), OperatorType.MUNICIPAL,
                ServiceArea.CULTURE_LEISURE, 20);
        Long id = applications.startFor(unit.getId(), cycleId, "RENEWAL_PRIZE", classId);
        long version = applications.saveDraft(id, null, new RenewalDraft("TEAM", title, "Bakgrund: " + title,
                        "Det nya: " + title, "Resultat: " + title, "Spridning: " + title, "Hållbarhet: " + title,
                        "Mål: " + title, LocalDate.of(2020, 1, 1), "https://film.kvalitet.test/" + UUID.randomUUID()),
                new EligibilityDraft(true, true, 20, null, true, null, true), applications.view(id).version());
        if (submit) {
            applications.submit(id, version);
        }
        return id;
    }

    private String juror(String password, Long administrationId) {
        String email = "juror-" + UUID.randomUUID() + "@kvalitet.test";
        people.create(email, "Jurymedlem " + email.substring(6, 12), password.toCharArray(), EnumSet.of(Role.JURY), null,
                administrationId);
        return email;
    }
}

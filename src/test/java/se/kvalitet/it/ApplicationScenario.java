package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.UUID;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.EligibilityDraft;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.entity.AdministrationKind;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * Test-only: a cycle of its own with the application period open (both awards, the quality award's preschool
 * class and the renewal prize's city-wide class, the deadline a month ahead), a unit of its own, an applicant
 * of the unit and the unit's quality-award draft with the applicant as contact and two answers written, and
 * another unit's submitted application (for the administrator to reopen). For the
 * applicant's browser tests, now that the demo's cycle this year is past its application period. Runs as an
 * administrator; each boundary call commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationScenario {

    static final java.time.ZoneId CITY = java.time.ZoneId.of("Europe/Stockholm");

    /** The open cycle, its name, the unit, the applicant's e-mail address and the quality-award draft. */
    public record Fixture(Long cycleId, int year, String cycleName, Long unitId, String unitName, String applicant,
                          Long draftId) {
    }

    @Inject Fixtures fixtures;

    @Inject Cycles cycles;
    @Inject Organizations organizations;
    @Inject Applications applications;
    @Inject People people;

    public Fixture build(String password) {
        var opened = fixtures.cycle("Ansökningstest");
        Long cycleId = opened.cycleId();
        cycles.addCategory(cycleId, Award.QUALITY_AWARD);
        cycles.addClass(cycleId, Award.QUALITY_AWARD, "Förskola");
        cycles.adoptPreset(cycleId, Award.QUALITY_AWARD, "stockholm-kvalitet");
        cycles.addCategory(cycleId, Award.RENEWAL_PRIZE);
        cycles.addClass(cycleId, Award.RENEWAL_PRIZE, "Hela staden");
        cycles.adoptPreset(cycleId, Award.RENEWAL_PRIZE, "stockholm-fornyelse");
        var cycle = cycles.find(cycleId).orElseThrow();
        LocalDate today = LocalDate.now(CITY);
        cycle.getDates().setApplicationOpensOn(today.minusDays(7));
        cycle.getDates().setApplicationClosesAt(today.plusDays(30).atTime(LocalTime.of(16, 0)).atZone(CITY).toInstant());
        cycle.getDates().setReviewStartsOn(today.plusDays(40));
        cycle.getDates().setConsensusStartsOn(today.plusDays(70));
        cycles.save(cycle);
        cycles.moveTo(cycleId, Phase.APPLICATION_OPEN);

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var board = organizations.createBoard("Ansökningsnämnd " + suffix);
        var administration = organizations.createAdministration(board.getId(), "Ansökningsförvaltning " + suffix,
                AdministrationKind.ADMINISTRATION);
        String unitName = "Förskolan Vitsippan " + suffix;
        var unit = organizations.createUnit(administration.getId(), unitName, OperatorType.MUNICIPAL,
                ServiceArea.PRESCHOOL, 21);
        String applicant = "sokande-" + suffix + "@kvalitet.test";
        var person = people.create(applicant, "Sökande Vitsippan", password.toCharArray(),
                EnumSet.of(Role.APPLICANT, Role.STAFF), unit.getId(), administration.getId());

        var terms = cycles.applicationTerms(cycleId).orElseThrow();
        Long classId = terms.category("QUALITY_AWARD").orElseThrow().classes().get(0).id();
        Long draftId = applications.startFor(unit.getId(), cycleId, "QUALITY_AWARD", classId);
        applications.addContact(draftId, person.getId(), applications.view(draftId).version());
        var draft = applications.view(draftId);
        var answers = new LinkedHashMap<String, String>();
        draft.answers().stream().limit(2).forEach(a -> answers.put(a.code(), "Vi arbetar systematiskt med " + a.code() + "."));
        applications.saveDraft(draftId, answers, null, new EligibilityDraft(true, true, 21, null, true, null, true),
                draft.version());
        // another unit's application, submitted: for the administrator to reopen
        var other = organizations.createUnit(administration.getId(), "Förskolan Blåsippan " + suffix,
                OperatorType.MUNICIPAL, ServiceArea.PRESCHOOL, 16);
        Long submittedId = applications.startFor(other.getId(), cycleId, "QUALITY_AWARD", classId);
        var all = new LinkedHashMap<String, String>();
        applications.view(submittedId).answers().forEach(a -> all.put(a.code(), "Vi följer upp " + a.code() + "."));
        applications.submit(submittedId, applications.saveDraft(submittedId, all, null,
                new EligibilityDraft(true, true, 16, null, true, null, true), applications.view(submittedId).version()));
        return new Fixture(cycleId, opened.year(), terms.name(), unit.getId(), unitName, applicant, draftId);
    }
}

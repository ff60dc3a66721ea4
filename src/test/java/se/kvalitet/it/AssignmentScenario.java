package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.EligibilityDraft;
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
 * Test-only: a cycle ready for assignment, built through the boundaries as an administrator (the caller's
 * identity). Four submitted quality-award applications (three units of one administration, one of another)
 * and examiners working in a third administration: two leaders, experienced and new members, one examiner
 * who works at the fourth unit (a conflict with its application), one not ready. Capacity is tight: 14
 * places for 12 seats, so most examiners are full after the proposal. Each boundary call commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AssignmentScenario {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    public record Fixture(Long cycleId, Long categoryId, List<Long> applicationIds, Map<String, Long> examinerIds,
                          Map<String, String> emails, Long conflictedApplicationId) {
        public Long examiner(String key) {
            return examinerIds.get(key);
        }
    }

    @Inject Fixtures fixtures;

    @Inject Cycles cycles;
    @Inject Organizations organizations;
    @Inject Applications applications;
    @Inject People people;
    @Inject ExaminerFixtures examiners;

    /** Builds the scenario in a cycle of its own; examiners sign in with {@code password}. */
    public Fixture build(boolean closeApplications, String password) {
        var opened = fixtures.cycle("Tilldelningstest");
        int year = opened.year();
        Long cycleId = opened.cycleId();
        cycles.addCategory(cycleId, Award.QUALITY_AWARD);
        cycles.addClass(cycleId, Award.QUALITY_AWARD, "Förskola");
        cycles.adoptPreset(cycleId, Award.QUALITY_AWARD, "stockholm-kvalitet");
        var cycle = cycles.find(cycleId).orElseThrow();
        LocalDate today = LocalDate.now(CITY);
        cycle.getDates().setApplicationOpensOn(today.minusDays(10));
        cycle.getDates().setApplicationClosesAt(today.plusDays(5).atTime(LocalTime.of(16, 0)).atZone(CITY).toInstant());
        cycle.getDates().setReviewStartsOn(today.plusDays(10));
        cycle.getDates().setConsensusStartsOn(today.plusDays(40));
        cycles.save(cycle);
        cycles.moveTo(cycleId, Phase.APPLICATION_OPEN);
        var terms = cycles.applicationTerms(cycleId).orElseThrow();
        var category = terms.category("QUALITY_AWARD").orElseThrow();
        Long classId = category.classes().get(0).id();
        var board = organizations.createBoard("Nämnd " + UUID.randomUUID());
        var applying = organizations.createAdministration(board.getId(), "Förvaltning A " + UUID.randomUUID(),
                AdministrationKind.ADMINISTRATION);
        var other = organizations.createAdministration(board.getId(), "Förvaltning C " + UUID.randomUUID(),
                AdministrationKind.ADMINISTRATION);
        var home = organizations.createAdministration(board.getId(), "Förvaltning B " + UUID.randomUUID(),
                AdministrationKind.ADMINISTRATION);
        var homeUnit = organizations.createUnit(home.getId(), "Examinatorernas enhet " + UUID.randomUUID(),
                OperatorType.MUNICIPAL, ServiceArea.SCHOOL, 30);
        var appIds = new ArrayList<Long>();
        Long fourthUnit = null;
        for (int i = 0; i < 4; i++) {
            var adm = i < 3 ? applying : other;
            var unit = organizations.createUnit(adm.getId(), "Förskola " + i + " " + UUID.randomUUID(),
                    OperatorType.MUNICIPAL, ServiceArea.PRESCHOOL, 20);
            fourthUnit = unit.getId();
            Long appId = applications.startFor(unit.getId(), cycleId, "QUALITY_AWARD", classId);
            var answers = new LinkedHashMap<String, String>();
            applications.view(appId).answers().forEach(a -> answers.put(a.code(), "Svar på " + a.code() + "."));
            applications.saveDraft(appId, answers, null, new EligibilityDraft(true, true, 20, null, true, null, true),
                    applications.view(appId).version());
            applications.submit(appId, applications.view(appId).version());
            appIds.add(appId);
        }
        if (closeApplications) {
            cycles.moveTo(cycleId, Phase.APPLICATION_CLOSED, null, "Testet stänger perioden före sista dagen.");
        }
        // key -> capacity, leader, experienced, competent in preschool, ready, works at the fourth unit
        Object[][] pool = {
                {"leader1", 3, true, true, true, true, false},
                {"leader2", 3, true, true, false, true, false},
                {"experienced", 2, false, true, true, true, false},
                {"new1", 2, false, false, true, true, false},
                {"new2", 1, false, false, false, true, false},
                {"conflicted", 3, false, true, true, true, true},
                {"untrained", 3, true, true, true, false, false}};
        var ids = new LinkedHashMap<String, Long>();
        var emails = new LinkedHashMap<String, String>();
        for (Object[] e : pool) {
            String email = e[0] + "-" + UUID.randomUUID() + "@kvalitet.test";
            Long personId = people.create(email, "Examinator " + e[0] + " " + year, password.toCharArray(),
                    EnumSet.of(Role.EXAMINER), null, home.getId()).getId();
            boolean atFourth = (Boolean) e[6];
            examiners.register(cycleId, personId, atFourth ? fourthUnit : homeUnit.getId(),
                    atFourth ? other.getId() : home.getId(), (Integer) e[1], (Boolean) e[2], (Boolean) e[3],
                    (Boolean) e[4] ? Set.of("PRESCHOOL") : Set.of("SCHOOL"), (Boolean) e[5]);
            ids.put((String) e[0], personId);
            emails.put((String) e[0], email);
        }
        return new Fixture(cycleId, category.id(), List.copyOf(appIds), ids, emails, appIds.get(3));
    }
}

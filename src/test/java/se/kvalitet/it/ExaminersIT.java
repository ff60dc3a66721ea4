package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.EligibilityDraft;
import se.kvalitet.conflicts.boundary.Conflict;
import se.kvalitet.conflicts.boundary.ConflictCheck;
import se.kvalitet.conflicts.boundary.Conflicts;
import se.kvalitet.conflicts.boundary.Declaration;
import se.kvalitet.conflicts.entity.ConflictReason;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.examiners.boundary.ExaminerChange;
import se.kvalitet.examiners.boundary.ExaminerPool;
import se.kvalitet.examiners.boundary.Examiners;
import se.kvalitet.examiners.boundary.ImportReport;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.entity.AdministrationKind;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * The examiner register and conflicts of interest in the container against the real database: register
 * CRUD with versions, the all-or-nothing CSV import, the conflict check (automatic by unit and administration,
 * the policy, declared conflicts, the look-back, rulings and their revocation), confirmations refused while a
 * conflict blocks, and who may do what. Examiners, jurors and applicants act as real accounts over REST
 * (run-as has no person behind it). Each test makes its own cycle, organisation and accounts.
 */
@ExtendWith(ArquillianExtension.class)
class ExaminersIT {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
    static final String PASSWORD = "Examinator-lösen 2082";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject Fixtures fixtures;

    @Inject AsAdmin admin;
    @Inject AsApplicant applicant;
    @Inject AsExaminer examiner;
    @Inject Applications applications;
    @Inject Cycles cycles;
    @Inject Organizations organizations;
    @Inject People people;
    @Inject Examiners examiners;
    @Inject ExaminerPool pool;
    @Inject Conflicts conflicts;
    @Inject ConflictCheck check;
    @Inject DomainEvents events;

    @ArquillianResource
    URL base;

    // ---- fixtures

    /** A cycle open for applications, two administrations (A with units a1, a2; B with unit b1), one submitted application per unit. */
    record City(Long cycleId, int year, Long admA, Long admB, Long a1, Long a2, Long b1, Long appA1, Long appA2, Long appB1,
                String admAName, String a1Name) {
    }

    City city() throws Exception {
        return admin.call(() -> {
            var opened = fixtures.cycle("Examinatorstest");
            int year = opened.year();
            Long cycleId = opened.cycleId();
            cycles.addCategory(cycleId, Award.QUALITY_AWARD);
            cycles.addClass(cycleId, Award.QUALITY_AWARD, "Förskola");
            cycles.adoptPreset(cycleId, Award.QUALITY_AWARD, "stockholm-kvalitet");
            var cycle = cycles.find(cycleId).orElseThrow();
            LocalDate today = LocalDate.now(CITY);
            cycle.getDates().setApplicationOpensOn(today.minusDays(10));
            cycle.getDates().setApplicationClosesAt(today.plusDays(30).atTime(LocalTime.of(16, 0)).atZone(CITY).toInstant());
            cycle.getDates().setReviewStartsOn(today.plusDays(40));
            cycles.save(cycle);
            cycles.moveTo(cycleId, Phase.APPLICATION_OPEN);
            var terms = cycles.applicationTerms(cycleId).orElseThrow();
            Long classId = terms.category("QUALITY_AWARD").orElseThrow().classes().get(0).id();
            var board = organizations.createBoard("Nämnd " + UUID.randomUUID());
            String admAName = "Förvaltning A " + UUID.randomUUID();
            Long admA = organizations.createAdministration(board.getId(), admAName, AdministrationKind.ADMINISTRATION).getId();
            Long admB = organizations.createAdministration(board.getId(), "Förvaltning B " + UUID.randomUUID(),
                    AdministrationKind.ADMINISTRATION).getId();
            String a1Name = "Enhet a1 " + UUID.randomUUID();
            Long a1 = organizations.createUnit(admA, a1Name, OperatorType.MUNICIPAL, ServiceArea.PRESCHOOL, 20).getId();
            Long a2 = organizations.createUnit(admA, "Enhet a2 " + UUID.randomUUID(), OperatorType.MUNICIPAL, ServiceArea.PRESCHOOL, 20).getId();
            Long b1 = organizations.createUnit(admB, "Enhet b1 " + UUID.randomUUID(), OperatorType.MUNICIPAL, ServiceArea.SCHOOL, 20).getId();
            return new City(cycleId, terms.year(), admA, admB, a1, a2, b1, submitted(cycleId, classId, a1),
                    submitted(cycleId, classId, a2), submitted(cycleId, classId, b1), admAName, a1Name);
        });
    }

    /** A complete, submitted quality-award application of the unit (called as the administrator). */
    Long submitted(Long cycleId, Long classId, Long unitId) {
        Long id = applications.startFor(unitId, cycleId, "QUALITY_AWARD", classId);
        var answers = new LinkedHashMap<String, String>();
        applications.view(id).answers().forEach(a -> answers.put(a.code(), "Svar på " + a.code() + "."));
        long version = applications.saveDraft(id, answers, null,
                new EligibilityDraft(true, true, 20, null, true, null, true), applications.view(id).version());
        applications.submit(id, version);
        return id;
    }

    /** An account with a password; returns its id. */
    Long account(String email, Set<Role> roles, Long unitId, Long administrationId) throws Exception {
        return admin.call(() -> people.create(email, "Test " + email.substring(0, email.indexOf('@')),
                PASSWORD.toCharArray(), EnumSet.copyOf(roles), unitId, administrationId).getId());
    }

    static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@kvalitet.test";
    }

    static ExaminerChange change(Long unitId, Long administrationId, boolean ready, int years, boolean leader) {
        return new ExaminerChange(unitId, administrationId, ready ? LocalDate.of(2026, 2, 1) : null, years, 0, leader,
                Set.of("PRESCHOOL"), 2, ready ? "Chef Chefsson" : null, ready ? LocalDate.of(2026, 2, 2) : null, null, true);
    }

    Set<ConflictReason> reasons(City c, Long personId, Long applicationId) throws Exception {
        return admin.call(() -> check.inCycle(c.cycleId(), List.of(personId))).stream()
                .filter(x -> x.applicationId() == applicationId).findFirst()
                .map(x -> Set.copyOf(x.reasons())).orElse(Set.of());
    }

    // ---- REST as real accounts

    HttpResponse<String> call(String method, String path, String email, String contentType, String body) {
        return new ApiClient(base.toString(), PASSWORD).send(method, path, email, contentType, body);
    }

    HttpResponse<String> call(String method, String path, String email, String json) {
        return call(method, path, email, "application/json", json);
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    // ---- the register

    @Test
    void theRegisterIsKeptWithVersions() throws Exception {
        var c = city();
        Long personId = account(email("staff"), Set.of(Role.STAFF), null, null);

        var created = admin.call(() -> examiners.create(c.cycleId(), personId, change(c.a1(), null, false, 0, false)));
        assertEquals(c.admA(), created.administrationId(), "the unit's administration");
        assertEquals(c.a1Name(), created.unitName());
        assertEquals(c.admAName(), created.administrationName());
        assertFalse(created.ready());
        assertEquals(List.of("examiners.notReady.untrained", "examiners.notReady.notApproved"), created.notReadyReasons());
        assertTrue(admin.call(() -> people.account(personId)).orElseThrow().has(Role.EXAMINER), "now an examiner");
        assertEquals("examiners.exists", assertThrows(RuleViolation.class, () -> admin.call(() ->
                examiners.create(c.cycleId(), personId, change(null, null, false, 0, false)))).getMessageKey());

        var leaderWithoutExperience = assertThrows(RuleViolation.class, () -> admin.call(() ->
                examiners.update(created.id(), created.version(), change(c.a1(), null, true, 0, true))));
        assertEquals("examiners.leader.needsExperience", leaderWithoutExperience.getMessageKey());

        var updated = admin.call(() -> examiners.update(created.id(), created.version(), change(c.a1(), null, true, 2, true)));
        assertTrue(updated.ready());
        assertTrue(updated.experienced());
        assertTrue(updated.version() > created.version());
        var stale = assertThrows(RuleViolation.class, () -> admin.call(() ->
                examiners.update(created.id(), created.version(), change(c.a2(), null, true, 5, true))));
        assertEquals("examiners.stale", stale.getMessageKey());
        assertEquals(2, admin.call(() -> examiners.record(created.id())).orElseThrow().yearsOfExperience(), "nothing saved");

        var register = admin.call(() -> examiners.register(c.cycleId()));
        assertEquals(1, register.size());
        assertEquals(personId, register.get(0).personId());
        assertFalse(register.get(0).email().isEmpty());
        assertTrue(admin.call(() -> pool.candidates(c.cycleId())).stream().anyMatch(x -> x.personId() == personId && x.ready()));

        var deactivated = admin.call(() -> examiners.deactivate(created.id(), updated.version()));
        assertFalse(deactivated.ready());
        assertEquals(List.of("examiners.notReady.inactive"), deactivated.notReadyReasons());
        assertEquals("examiners.stale", assertThrows(RuleViolation.class, () -> admin.call(() ->
                examiners.deactivate(created.id(), updated.version()))).getMessageKey());
        assertFalse(admin.call(() -> events.of("ExaminerProfile", created.id())).isEmpty());
    }

    @Test
    void lastCyclesRecordsAreCarriedOver() throws Exception {
        var first = city();
        Long personId = account(email("carry"), Set.of(Role.EXAMINER), null, null);
        admin.call(() -> examiners.create(first.cycleId(), personId, change(first.a1(), null, true, 2, true)));
        var second = city();
        int copied = admin.call(() -> examiners.carryOver(second.cycleId()));
        assertTrue(copied >= 1);
        var carried = admin.call(() -> examiners.register(second.cycleId())).stream()
                .filter(r -> r.personId().equals(personId)).findFirst().orElseThrow();
        assertEquals(3, carried.yearsOfExperience());
        assertEquals(null, carried.trainedOn());
        assertEquals(null, carried.managerApprovedOn());
        assertTrue(carried.leaderEligible());
        assertEquals(0, admin.call(() -> examiners.carryOver(second.cycleId())), "only people without a record");
    }

    // ---- CSV import

    @Test
    void theCsvImportIsAllOrNothing() throws Exception {
        var c = city();
        String known = email("known");
        Long knownId = account(known, Set.of(Role.STAFF), null, null);
        String fresh = email("ny");
        String bad = "email;name;administration;unit;trained_on;years;leader;competences;capacity;manager;approved_on\n"
                + fresh + ";Nya Nilsson;" + c.admAName() + ";" + c.a1Name() + ";2026-02-01;0;nej;förskola|SCHOOL;2;Chef;2026-02-02\n"
                + known + ";;;;inte-datum;1;ja;;2;;\n"
                + "x@kvalitet.test;Xen;Ingen sådan förvaltning;;;;;;;;\n";
        var rejected = admin.call(() -> examiners.importCsv(c.cycleId(), bad));
        assertFalse(rejected.committed());
        assertEquals(List.of(3, 4), rejected.errors().stream().map(ImportReport.Error::line).toList());
        assertEquals("examiners.import.date.invalid", rejected.errors().get(0).key());
        assertEquals("examiners.import.administration.unknown", rejected.errors().get(1).key());
        assertTrue(admin.call(() -> people.idsByEmail(List.of(fresh))).isEmpty(), "no account was created");
        assertTrue(admin.call(() -> examiners.register(c.cycleId())).isEmpty(), "no record was created");

        String good = "email;name;administration;unit;trained_on;years;leader;competences;capacity;manager;approved_on\n"
                + fresh + ";Nya Nilsson;" + c.admAName() + ";" + c.a1Name() + ";2026-02-01;0;nej;förskola|SCHOOL;2;Chef;2026-02-02\n"
                + known + ";;" + c.admAName() + ";;;1;ja;;3;;\n";
        var preview = admin.call(() -> examiners.preview(c.cycleId(), good));
        assertTrue(preview.valid());
        assertFalse(preview.committed());
        assertEquals(List.of(ImportReport.Action.NEW_ACCOUNT, ImportReport.Action.NEW_RECORD),
                preview.lines().stream().map(ImportReport.Line::action).toList());
        assertTrue(admin.call(() -> examiners.register(c.cycleId())).isEmpty(), "a preview writes nothing");

        var done = admin.call(() -> examiners.importCsv(c.cycleId(), good));
        assertTrue(done.committed());
        Long freshId = admin.call(() -> people.idsByEmail(List.of(fresh))).get(fresh);
        assertNotNull(freshId);
        var account = admin.call(() -> people.account(freshId)).orElseThrow();
        assertTrue(account.has(Role.EXAMINER));
        assertFalse(account.hasPassword());
        assertTrue(admin.call(() -> people.account(knownId)).orElseThrow().has(Role.EXAMINER));
        var register = admin.call(() -> examiners.register(c.cycleId()));
        assertEquals(2, register.size());
        var nya = register.stream().filter(r -> r.personId().equals(freshId)).findFirst().orElseThrow();
        assertEquals(c.a1(), nya.unitId());
        assertEquals(c.admA(), nya.administrationId());
        assertEquals(List.of("PRESCHOOL", "SCHOOL"), nya.competences());
        assertTrue(nya.ready());

        var again = admin.call(() -> examiners.importCsv(c.cycleId(), "email;capacity\n" + fresh + ";5\n"));
        assertTrue(again.committed());
        assertEquals(ImportReport.Action.UPDATE, again.lines().get(0).action());
        var updated = admin.call(() -> examiners.record(nya.id())).orElseThrow();
        assertEquals(5, updated.capacity());
        assertEquals(c.a1(), updated.unitId(), "columns the file lacks are left alone");
    }

    @Test
    void theCsvImportOverRestChecksAndRefusesWithAProblem() throws Exception {
        var c = city();
        String adminEmail = email("admin");
        account(adminEmail, Set.of(Role.ADMIN), null, null);
        String csv = "email;name;years\n" + email("rest") + ";Rest Restsson;tio\n";
        var dry = call("POST", "/examiners/import?dryRun=true&cycleId=" + c.cycleId(), adminEmail, "text/csv", csv);
        assertEquals(200, dry.statusCode(), dry.body());
        assertFalse(json(dry).getBoolean("valid"));
        assertTrue(json(dry).getJsonArray("errors").getJsonObject(0).getString("message").startsWith("Rad 2:"));
        var refused = call("POST", "/examiners/import?cycleId=" + c.cycleId(), adminEmail, "text/csv", csv);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(json(refused).getString("detail").contains("Rad 2"));
        assertTrue(admin.call(() -> examiners.register(c.cycleId())).isEmpty());
    }

    // ---- the conflict check

    @Test
    void automaticConflictsFollowTheWorkplaceAndThePolicy() throws Exception {
        var c = city();
        Long e1 = account(email("e1"), Set.of(Role.EXAMINER), null, null);
        admin.call(() -> examiners.create(c.cycleId(), e1, change(c.a1(), null, true, 1, false)));
        assertEquals(Set.of(ConflictReason.OWN_UNIT, ConflictReason.OWN_ADMINISTRATION), reasons(c, e1, c.appA1()));
        assertEquals(Set.of(ConflictReason.OWN_ADMINISTRATION), reasons(c, e1, c.appA2()));
        assertEquals(Set.of(), reasons(c, e1, c.appB1()));
        assertTrue(admin.call(() -> check.blocks(e1, c.appA2())));

        var policy = admin.call(() -> conflicts.policy(c.cycleId()));
        assertEquals(0, policy.version());
        var off = admin.call(() -> conflicts.changePolicy(c.cycleId(), 0, false, 3));
        assertFalse(off.ownAdministration());
        assertEquals(Set.of(ConflictReason.OWN_UNIT), reasons(c, e1, c.appA1()));
        assertEquals(Set.of(), reasons(c, e1, c.appA2()));
        assertFalse(admin.call(() -> check.blocks(e1, c.appA2())));
        assertEquals("conflicts.stale", assertThrows(RuleViolation.class,
                () -> admin.call(() -> conflicts.changePolicy(c.cycleId(), 0, true, 3))).getMessageKey());
        admin.call(() -> conflicts.changePolicy(c.cycleId(), off.version(), true, 3));
        assertEquals(Set.of(ConflictReason.OWN_ADMINISTRATION), reasons(c, e1, c.appA2()));

        var rows = admin.call(() -> conflicts.inCycle(c.cycleId()));
        assertTrue(rows.stream().anyMatch(r -> r.personId() == e1 && r.applicationId() == c.appA1() && r.examiner()
                && r.registrationNumber() != null && r.unitName().equals(c.a1Name()) && r.blocks()));
    }

    @Test
    void declaredConflictsRulingsAndConfirmations() throws Exception {
        var c = city();
        String e1Mail = email("e1");
        Long e1 = account(e1Mail, Set.of(Role.EXAMINER), null, null);
        admin.call(() -> examiners.create(c.cycleId(), e1, change(c.a1(), null, true, 1, false)));
        String e2Mail = email("e2");
        Long e2 = account(e2Mail, Set.of(Role.EXAMINER), null, null);
        admin.call(() -> examiners.create(c.cycleId(), e2, change(null, null, true, 1, false)));
        String cycle = "?cycleId=" + c.cycleId();

        // a unit
        var unitDeclared = call("POST", "/conflicts/mine" + cycle, e2Mail,
                "{\"actingAs\":\"EXAMINER\",\"unitId\":" + c.b1() + ",\"reason\":\"RELATIVE\"}");
        assertEquals(201, unitDeclared.statusCode(), unitDeclared.body());
        assertEquals(Set.of(ConflictReason.RELATIVE), reasons(c, e2, c.appB1()));
        // an administration, a former employment: counts only within the look-back
        int ended = c.year() - 5;
        var former = call("POST", "/conflicts/mine" + cycle, e2Mail, "{\"actingAs\":\"EXAMINER\",\"administrationId\":"
                + c.admA() + ",\"reason\":\"FORMER_EMPLOYMENT\",\"endedOn\":\"" + ended + "-06-30\"}");
        assertEquals(201, former.statusCode(), former.body());
        assertEquals(Set.of(), reasons(c, e2, c.appA2()), "ended five years ago, the look-back is three");
        admin.call(() -> conflicts.changePolicy(c.cycleId(), 0, true, 5));
        assertEquals(Set.of(ConflictReason.FORMER_EMPLOYMENT), reasons(c, e2, c.appA2()));
        // one application, with an explanation for OTHER
        var noExplanation = call("POST", "/conflicts/mine" + cycle, e1Mail,
                "{\"actingAs\":\"EXAMINER\",\"applicationId\":" + c.appB1() + ",\"reason\":\"OTHER\"}");
        assertEquals(422, noExplanation.statusCode());
        assertEquals("conflicts.declare.explainOther", json(noExplanation).getString("code"));
        var automatic = call("POST", "/conflicts/mine" + cycle, e1Mail,
                "{\"actingAs\":\"EXAMINER\",\"applicationId\":" + c.appB1() + ",\"reason\":\"OWN_UNIT\"}");
        assertEquals("conflicts.declare.automaticReason", json(automatic).getString("code"));
        var application = call("POST", "/conflicts/mine" + cycle, e1Mail, "{\"actingAs\":\"EXAMINER\",\"applicationId\":"
                + c.appB1() + ",\"reason\":\"OTHER\",\"explanation\":\"Sitter i föräldrarådet\"}");
        assertEquals(201, application.statusCode(), application.body());
        assertEquals(Set.of(ConflictReason.OTHER), reasons(c, e1, c.appB1()));

        // nobody sees or withdraws another person's declarations
        assertEquals(1, array(call("GET", "/conflicts/mine" + cycle, e1Mail, null)).size());
        assertEquals(2, array(call("GET", "/conflicts/mine" + cycle, e2Mail, null)).size());
        long applicationDeclaration = json(application).getJsonNumber("id").longValue();
        assertEquals(404, call("DELETE", "/conflicts/mine/" + applicationDeclaration + "?expectedVersion=0", e2Mail, null).statusCode());
        assertEquals(Set.of(ConflictReason.OTHER), reasons(c, e1, c.appB1()));

        // confirmation refused while a conflict blocks
        var blocked = call("POST", "/conflicts/confirmations", e1Mail,
                "{\"applicationId\":" + c.appA1() + ",\"actingAs\":\"EXAMINER\"}");
        assertEquals(422, blocked.statusCode(), blocked.body());
        assertEquals("conflicts.confirm.blocked", json(blocked).getString("code"));

        // a ruling makes the pair assignable; revoking restores the conflict
        assertEquals("conflicts.ruling.reasonRequired", assertThrows(RuleViolation.class, () -> admin.call(() ->
                conflicts.rule(c.cycleId(), e1, c.appA1(), "WAIVER", " "))).getMessageKey());
        Long e3 = account(email("e3"), Set.of(Role.EXAMINER), null, null);
        assertEquals("conflicts.ruling.noConflict", assertThrows(RuleViolation.class, () -> admin.call(() ->
                conflicts.rule(c.cycleId(), e3, c.appA1(), "WAIVER", "Inget jäv"))).getMessageKey());
        var waiver = admin.call(() -> conflicts.rule(c.cycleId(), e1, c.appA1(), "WAIVER", "Stor förvaltning, annan verksamhet"));
        assertEquals("conflicts.ruling.alreadyInForce", assertThrows(RuleViolation.class, () -> admin.call(() ->
                conflicts.rule(c.cycleId(), e1, c.appA1(), "DISMISSAL", "Igen"))).getMessageKey());
        assertFalse(admin.call(() -> check.blocks(e1, c.appA1())));
        assertTrue(admin.call(() -> check.blocking(c.cycleId(), List.of(e1))).stream()
                .noneMatch(x -> x.applicationId() == c.appA1()));
        var ruled = admin.call(() -> conflicts.inCycle(c.cycleId())).stream()
                .filter(r -> r.personId() == e1 && r.applicationId() == c.appA1()).findFirst().orElseThrow();
        assertEquals("WAIVER", ruled.ruling());
        assertFalse(ruled.blocks());
        assertEquals(204, call("POST", "/conflicts/confirmations", e1Mail,
                "{\"applicationId\":" + c.appA1() + ",\"actingAs\":\"EXAMINER\"}").statusCode());
        admin.call(() -> conflicts.revokeRuling(waiver.id(), waiver.version()));
        assertTrue(admin.call(() -> check.blocks(e1, c.appA1())));
        Conflict restored = admin.call(() -> check.inCycle(c.cycleId(), List.of(e1))).stream()
                .filter(x -> x.applicationId() == c.appA1()).findFirst().orElseThrow();
        assertTrue(restored.blocks());

        // withdrawing a declaration ends its conflict
        long version = json(application).getJsonNumber("version").longValue();
        var withdrawn = call("DELETE", "/conflicts/mine/" + applicationDeclaration + "?expectedVersion=" + version, e1Mail, null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals(Set.of(), reasons(c, e1, c.appB1()));
        assertFalse(admin.call(() -> events.of("DeclaredConflict", applicationDeclaration)).isEmpty());
    }

    // ---- who may do what

    @Test
    void examinersJurorsAndApplicantsStayInTheirLane() throws Exception {
        var c = city();
        String e1Mail = email("e1");
        Long e1 = account(e1Mail, Set.of(Role.EXAMINER), null, null);
        var record = admin.call(() -> examiners.create(c.cycleId(), e1, change(c.a1(), null, false, 0, false)));
        String cycle = "?cycleId=" + c.cycleId();

        assertThrows(EJBAccessException.class, () -> examiner.call(() -> examiners.register(c.cycleId())));
        assertThrows(EJBAccessException.class, () -> examiner.call(() ->
                conflicts.rule(c.cycleId(), e1, c.appA1(), "WAIVER", "Nej")));
        assertThrows(EJBAccessException.class, () -> examiner.call(() -> conflicts.inCycle(c.cycleId())));
        assertThrows(EJBAccessException.class, () -> examiner.call(() -> conflicts.changePolicy(c.cycleId(), 0, false, 1)));
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> conflicts.declare(c.cycleId(),
                new Declaration("EXAMINER", c.a1(), null, null, "RELATIVE", null, null))));
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> examiners.mine(c.cycleId())));

        assertEquals(403, call("GET", "/examiners" + cycle, e1Mail, null).statusCode());
        assertEquals(403, call("GET", "/conflicts" + cycle, e1Mail, null).statusCode());
        var mine = call("GET", "/examiners/me" + cycle, e1Mail, null);
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals(record.id().longValue(), json(mine).getJsonNumber("id").longValue());
        var notes = call("PUT", "/examiners/me/notes" + cycle, e1Mail,
                "{\"expectedVersion\":" + record.version() + ",\"availabilityNotes\":\"Ledig vecka 30\"}");
        assertEquals(200, notes.statusCode(), notes.body());
        assertEquals("Ledig vecka 30", admin.call(() -> examiners.record(record.id())).orElseThrow().availabilityNotes());
        assertEquals(422, call("PUT", "/examiners/me/notes" + cycle, e1Mail,
                "{\"expectedVersion\":" + record.version() + ",\"availabilityNotes\":\"Igen\"}").statusCode(), "stale");
        assertEquals(403, call("PUT", "/examiners/" + record.id(), e1Mail, "{\"expectedVersion\":1,\"capacity\":9}").statusCode());

        var asJuror = call("POST", "/conflicts/mine" + cycle, e1Mail,
                "{\"actingAs\":\"JUROR\",\"unitId\":" + c.b1() + ",\"reason\":\"RELATIVE\"}");
        assertEquals(422, asJuror.statusCode());
        assertEquals("conflicts.declare.notInRole", json(asJuror).getString("code"));

        // a juror declares as JUROR over HTTP (run-as JURY does not work in Payara)
        String jurorMail = email("jury");
        Long juror = account(jurorMail, Set.of(Role.JURY), null, null);
        var jurorDeclares = call("POST", "/conflicts/mine" + cycle, jurorMail,
                "{\"actingAs\":\"JUROR\",\"applicationId\":" + c.appA2() + ",\"reason\":\"FINANCIAL_TIE\"}");
        assertEquals(201, jurorDeclares.statusCode(), jurorDeclares.body());
        assertEquals(422, call("POST", "/conflicts/mine" + cycle, jurorMail,
                "{\"actingAs\":\"EXAMINER\",\"applicationId\":" + c.appA2() + ",\"reason\":\"FINANCIAL_TIE\"}").statusCode());
        assertTrue(admin.call(() -> conflicts.inCycle(c.cycleId())).stream()
                .anyMatch(r -> r.personId() == juror && r.juror() && r.applicationId() == c.appA2()));

        String applicantMail = email("sokande");
        account(applicantMail, Set.of(Role.APPLICANT), c.a1(), null);
        assertEquals(403, call("POST", "/conflicts/mine" + cycle, applicantMail,
                "{\"actingAs\":\"EXAMINER\",\"unitId\":" + c.b1() + ",\"reason\":\"RELATIVE\"}").statusCode());
        assertEquals(403, call("GET", "/conflicts/mine" + cycle, applicantMail, null).statusCode());
    }
}

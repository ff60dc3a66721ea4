package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.control.PresetCatalog;
import se.kvalitet.criteria.entity.EvaluationModel;
import se.kvalitet.criteria.entity.ScaleKind;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.entity.AdministrationKind;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;
import se.kvalitet.organizations.entity.Unit;
import se.kvalitet.people.boundary.People;
import se.kvalitet.people.boundary.SignIns;
import se.kvalitet.people.entity.Person;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * In-container tests against the real MariaDB with the real migrations: each aggregate persists and
 * reads back whole, the server enforces roles on every boundary, phase rules and frozen models hold,
 * and concurrent edits are detected. Each test makes its own data.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject Fixtures fixtures;

    @Inject AsAdmin admin;
    @Inject AsApplicant applicant;
    @Inject AsExaminer examiner;
    @Inject AsStaff staff;
    @Inject Organizations organizations;
    @Inject People people;
    @Inject SignIns signIns;
    @Inject Cycles cycles;
    @Inject EvaluationModels models;
    @Inject DomainEvents events;
    @PersistenceContext EntityManager em;

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void organisationTreePersistsWithItsEvents() throws Exception {
        var unitId = admin.call(() -> {
            var board = organizations.createBoard(unique("Nämnd"));
            var adm = organizations.createAdministration(board.getId(), unique("Förvaltning"), AdministrationKind.COMPANY);
            return organizations.createUnit(adm.getId(), unique("Enhet Ärlan"), OperatorType.CONTRACTED,
                    ServiceArea.DISABILITY, 12).getId();
        });
        var read = admin.call(() -> organizations.unit(unitId)).orElseThrow();
        assertTrue(read.name().startsWith("Enhet Ärlan"), "Swedish characters survive: " + read.name());
        assertEquals(OperatorType.CONTRACTED, read.operatorType());
        assertEquals(ServiceArea.DISABILITY, read.serviceArea());
        assertEquals(12, read.staffCount());
        assertTrue(read.administrationName().startsWith("Förvaltning"));
        assertTrue(read.boardName().startsWith("Nämnd"));
        var recorded = admin.call(() -> events.of("Unit", unitId));
        assertEquals("UnitCreated", recorded.get(0).getEventType());
        assertEquals("system", recorded.get(0).getActor());
    }

    @Test
    void personWithRolesPersistsWithAHashedPassword() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@kvalitet.test";
        admin.call(() -> people.create(email.toUpperCase(), "Test Testsson", "rätt lösenord 1".toCharArray(),
                EnumSet.of(Role.EXAMINER, Role.STAFF), null, null));
        Person read = admin.call(() -> people.byEmail(email)).orElseThrow();
        assertEquals(email, read.getEmail(), "stored in lower case");
        assertEquals(EnumSet.of(Role.EXAMINER, Role.STAFF), read.getRoles());
        assertTrue(read.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"), read.getPasswordHash());
        assertFalse(read.getPasswordHash().contains("rätt lösenord"));

        assertTrue(signIns.attempt(email, "rätt lösenord 1".toCharArray()).valid());
        assertFalse(signIns.attempt(email, "fel lösenord".toCharArray()).valid());
        assertEquals(EnumSet.of(Role.EXAMINER, Role.STAFF), signIns.attempt(email, "rätt lösenord 1".toCharArray()).roles());
    }

    @Test
    void repeatedFailedSignInsPauseTheAccountEvenForTheRightPassword() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@kvalitet.test";
        admin.call(() -> people.create(email, "Paus Testsson", "rätt lösenord 2".toCharArray(),
                EnumSet.of(Role.STAFF), null, null));
        for (int i = 0; i < 5; i++) {
            assertFalse(signIns.attempt(email, ("fel " + i).toCharArray()).valid());
        }
        var outcome = signIns.attempt(email, "rätt lösenord 2".toCharArray());
        assertFalse(outcome.valid(), "paused accounts refuse even the right password");
        assertTrue(outcome.paused());
        assertTrue(signIns.isPaused(email));
    }

    @Test
    void applicantAccountNeedsAUnit() throws Exception {
        var violation = assertThrows(RuleViolation.class, () -> admin.call(() -> people.create(
                "it-" + UUID.randomUUID() + "@kvalitet.test", "Utan Enhet", null, EnumSet.of(Role.APPLICANT), null, null)));
        assertEquals("people.applicant.needsUnit", violation.getMessageKey());
    }

    @Test
    void cycleAggregatePersistsWithCategoriesClassesDatesAndModels() throws Exception {
        var opened = admin.call(() -> fixtures.cycle("Testår"));
        int year = opened.year();
        Long cycleId = admin.call(() -> {
            var cycle = cycles.find(opened.cycleId()).orElseThrow();
            cycles.addCategory(cycle.getId(), Award.QUALITY_AWARD);
            cycles.addCategory(cycle.getId(), Award.RENEWAL_PRIZE);
            cycles.addClass(cycle.getId(), Award.QUALITY_AWARD, "Förskola");
            cycles.addClass(cycle.getId(), Award.QUALITY_AWARD, "Äldreomsorg");
            cycles.adoptPreset(cycle.getId(), Award.QUALITY_AWARD, "umea-kvalitet");
            cycles.adoptPreset(cycle.getId(), Award.RENEWAL_PRIZE, "pitea-innovation");
            return cycle.getId();
        });
        em.clear();
        AwardCycle read = admin.call(() -> cycles.find(cycleId)).orElseThrow();
        assertEquals(year, read.getYear());
        assertEquals(Phase.PLANNING, read.getPhase());
        var quality = read.category(Award.QUALITY_AWARD).orElseThrow();
        assertEquals(2, quality.getClasses().size());
        assertEquals("Förskola", quality.getClasses().get(0).getName());
        EvaluationModel umea = admin.call(() -> models.find(quality.getEvaluationModelId())).orElseThrow();
        assertEquals(ScaleKind.RADAR, umea.getScaleKind());
        assertFalse(umea.getAttributes().isEmpty(), "RADAR attributes persisted");
        EvaluationModel pitea = admin.call(() -> models.find(read.category(Award.RENEWAL_PRIZE).orElseThrow()
                .getEvaluationModelId())).orElseThrow();
        assertEquals(java.util.List.of(2, 4, 6, 8), pitea.getBands().stream().map(b -> b.getMin()).toList());
    }

    @Test
    void everyPresetCopiesIntoAPersistentModel() throws Exception {
        var catalog = new PresetCatalog();
        for (var preset : catalog.all()) {
            Long id = admin.call(() -> models.copyPreset(preset.key()));
            em.clear();
            var model = admin.call(() -> models.find(id)).orElseThrow();
            assertEquals(preset.criteria(), model.getCriteria().size(), preset.key());
            assertEquals(preset.totalPoints(), model.getTotalPoints(), preset.key());
            assertEquals(preset.key(), model.getPresetKey());
            assertFalse(model.getBands().isEmpty());
            assertFalse(model.getCriteria().get(0).getGuidingQuestionList().isEmpty());
            assertFalse(model.isFrozen());
        }
    }

    @Test
    void phaseRulesAreEnforcedOnTheServerAndOpeningFreezesTheModels() throws Exception {
        var opened = admin.call(() -> fixtures.cycle("Fasår"));
        Long cycleId = opened.cycleId();
        int year = opened.year();
        var skipped = assertThrows(RuleViolation.class, () -> admin.call(() -> cycles.moveTo(cycleId, Phase.JURY)));
        assertEquals("cycle.phase.notAllowed", skipped.getMessageKey());
        var empty = assertThrows(RuleViolation.class, () -> admin.call(() -> cycles.moveTo(cycleId, Phase.APPLICATION_OPEN)));
        assertEquals("cycle.phase.noCategories", empty.getMessageKey());
        Long modelId = admin.call(() -> {
            cycles.addCategory(cycleId, Award.QUALITY_AWARD);
            return cycles.adoptPreset(cycleId, Award.QUALITY_AWARD, "stockholm-kvalitet");
        });
        var noDates = assertThrows(RuleViolation.class, () -> admin.call(() -> cycles.moveTo(cycleId, Phase.APPLICATION_OPEN)));
        assertEquals("cycle.phase.applicationDatesMissing", noDates.getMessageKey());
        assertEquals(Phase.PLANNING, admin.call(() -> cycles.find(cycleId)).orElseThrow().getPhase(), "refusals change nothing");

        admin.call(() -> {
            var cycle = cycles.find(cycleId).orElseThrow();
            cycle.getDates().setApplicationOpensOn(LocalDate.of(year, 2, 1));
            cycle.getDates().setApplicationClosesAt(LocalDate.of(year, 4, 30).atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant());
            return cycles.save(cycle);
        });
        assertEquals(Phase.APPLICATION_OPEN, admin.call(() -> cycles.moveTo(cycleId, Phase.APPLICATION_OPEN)).getPhase());
        em.clear();
        var frozen = admin.call(() -> models.find(modelId)).orElseThrow();
        assertTrue(frozen.isFrozen(), "opening the application period freezes the model");
        var first = frozen.getCriteria().get(0);
        assertEquals("criteria.model.frozen", assertThrows(RuleViolation.class, () -> first.setMaxPoints(1)).getMessageKey());
        var locked = assertThrows(RuleViolation.class, () -> admin.call(() -> {
            models.removeCriterion(modelId, first.getId(), frozen.getVersion());
            return null;
        }));
        assertEquals("criteria.model.frozen", locked.getMessageKey());
        assertEquals(frozen.getCriteria().size(), admin.call(() -> models.find(modelId)).orElseThrow().getCriteria().size());
        var late = assertThrows(RuleViolation.class, () -> admin.call(() -> cycles.adoptPreset(cycleId, Award.QUALITY_AWARD, "solna-kvalitet")));
        assertEquals("criteria.model.frozen", late.getMessageKey());
        assertEquals(modelId, admin.call(() -> cycles.find(cycleId)).orElseThrow().category(Award.QUALITY_AWARD).orElseThrow().getEvaluationModelId());
        assertEquals("PhaseChanged", admin.call(() -> events.of("AwardCycle", cycleId)).stream()
                .reduce((a, b) -> b).orElseThrow().getEventType());
    }

    @Test
    void concurrentEditsAreDetectedNotOverwritten() throws Exception {
        Long unitId = admin.call(() -> {
            var board = organizations.createBoard(unique("Låsnämnd"));
            var adm = organizations.createAdministration(board.getId(), unique("Låsförvaltning"), AdministrationKind.ADMINISTRATION);
            return organizations.createUnit(adm.getId(), unique("Låsenhet"), OperatorType.MUNICIPAL, ServiceArea.SCHOOL, 30).getId();
        });
        Unit first = em.find(Unit.class, unitId);
        em.clear();
        Unit second = em.find(Unit.class, unitId);
        em.clear();
        first.setStaffCount(31);
        admin.call(() -> organizations.updateUnit(first));
        second.setStaffCount(99);
        var conflict = assertThrows(EJBException.class, () -> admin.call(() -> organizations.updateUnit(second)));
        assertTrue(causedBy(conflict, OptimisticLockException.class), "optimistic lock: " + conflict);
        em.clear();
        assertEquals(31, em.find(Unit.class, unitId).getStaffCount(), "the first save stands");
    }

    @Inject WhoAmI whoAmI;

    @Test
    void eachRunAsIdentityHoldsExactlyItsRole() throws Exception {
        assertEquals(java.util.List.of("system", "ADMIN"), admin.call(() -> whoAmI.roles()));
        assertEquals(java.util.List.of("test-applicant", "APPLICANT"), applicant.call(() -> whoAmI.roles()));
        assertEquals(java.util.List.of("test-examiner", "EXAMINER"), examiner.call(() -> whoAmI.roles()));
        assertEquals(java.util.List.of("test-staff", "STAFF"), staff.call(() -> whoAmI.roles()));
    }

    @Test
    void rolesAreCheckedOnEveryBoundary() throws Exception {
        assertThrows(EJBAccessException.class, () -> organizations.createBoard(unique("Anonym")), "anonymous");
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> organizations.createBoard(unique("Sökande"))));
        assertThrows(EJBAccessException.class, () -> examiner.call(() -> cycles.open(2039, "x")));
        assertThrows(EJBAccessException.class, () -> staff.call(() -> people.create("x-" + UUID.randomUUID() + "@kvalitet.test",
                "X", null, EnumSet.of(Role.ADMIN), null, null)));
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> models.copyPreset("solna-kvalitet")));
        assertThrows(EJBAccessException.class, () -> cycles.all(), "anonymous cannot even read");
        // every signed-in role may read the organisation, the cycles and the models
        assertFalse(applicant.call(() -> organizations.boards()).isEmpty());
        assertFalse(examiner.call(() -> cycles.all()).isEmpty());
        assertEquals(5, staff.call(() -> models.presets()).size());
    }

    @Test
    void demoDataIsLoadedOnceWithOneAccountPerRole() throws Exception {
        for (String account : new String[]{"admin", "sokande", "examinator", "lagledare", "jury", "medarbetare"}) {
            assertTrue(admin.call(() -> people.byEmail(account + "@kvalitet.demo")).isPresent(), account);
        }
        var applicant = admin.call(() -> people.byEmail("sokande@kvalitet.demo")).orElseThrow();
        assertNotEquals(null, applicant.getUnitId(), "the demo applicant acts for a unit");
        long admins = em.createQuery("select count(p) from Person p where p.email = 'admin@kvalitet.demo'", Long.class).getSingleResult();
        assertEquals(1, admins);
    }

    // ---- over HTTP, as a browser or an API client sees it ----

    @ArquillianResource
    URL base;

    static final String DEMO_PASSWORD = "Kvalitet2026!";

    @Test
    @RunAsClient
    void readinessIsUpWhileTheDatabaseAnswers() {
        var root = URI.create(base.toString()).resolve("/").toString();
        var ready = new WebSession(root).get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("UP"), ready.body());
    }

    @Test
    @RunAsClient
    void signedOutVisitorsAreSentToSignInAndTheApiAsksForCredentials() {
        var web = new WebSession(base.toString());
        var start = web.get("/index.xhtml");
        assertEquals(302, start.statusCode());
        assertTrue(start.headers().firstValue("Location").orElseThrow().contains("/signin.xhtml?continue=%2Findex.xhtml"));
        var api = web.get("/api/v1/cycles");
        assertEquals(401, api.statusCode());
        assertTrue(api.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertEquals(401, web.getAs("/api/v1/cycles", "admin@kvalitet.demo", "wrong password").statusCode());
    }

    @Test
    @RunAsClient
    void everyResponseCarriesSecurityHeaders() {
        var page = new WebSession(base.toString()).get("/signin.xhtml");
        assertEquals(200, page.statusCode());
        var headers = page.headers();
        assertTrue(headers.firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElseThrow());
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-store", headers.firstValue("Cache-Control").orElseThrow());
        assertTrue(headers.allValues("Set-Cookie").stream().allMatch(c -> c.contains("HttpOnly")), headers.allValues("Set-Cookie").toString());
    }

    @Test
    @RunAsClient
    void administrationPagesAreForAdministratorsOnly() {
        var applicant = new WebSession(base.toString());
        assertEquals(302, applicant.signIn("sokande@kvalitet.demo", DEMO_PASSWORD).statusCode());
        assertEquals(200, applicant.get("/index.xhtml").statusCode());
        for (String page : new String[]{"/cycles/cycles.xhtml", "/criteria/presets.xhtml", "/organizations/units.xhtml",
                "/people/accounts.xhtml"}) {
            assertEquals(403, applicant.get(page).statusCode(), page);
        }
        var staff = new WebSession(base.toString());
        staff.signIn("medarbetare@kvalitet.demo", DEMO_PASSWORD);
        assertEquals(403, staff.get("/people/accounts.xhtml").statusCode());
    }

    @Test
    @RunAsClient
    void signingOutNeedsTheTokenOfOurOwnLinks() {
        var web = new WebSession(base.toString());
        web.signIn("examinator@kvalitet.demo", DEMO_PASSWORD);
        var forged = web.get("/signout.xhtml");
        assertTrue(forged.statusCode() == 403 || forged.body().contains("Ingen behörighet"),
                "a bare link from another site must not sign anybody out: " + forged.statusCode());
        assertEquals(200, web.get("/index.xhtml").statusCode(), "still signed in");
    }

    @Test
    @RunAsClient
    void aFailedSignInStaysOnTheFormWithALocalizedMessage() {
        var web = new WebSession(base.toString());
        var failed = web.signIn("jury@kvalitet.demo", "not the password");
        assertEquals(200, failed.statusCode());
        assertTrue(failed.body().contains("Fel e-postadress eller lösenord."));
    }

    @Test
    @RunAsClient
    void everyRoleReadsCyclesModelsAndOrganisationOverTheApi() {
        var web = new WebSession(base.toString());
        int year = java.time.Year.now().getValue();
        for (String account : new String[]{"admin", "sokande", "examinator", "jury", "medarbetare"}) {
            var cycles = web.getAs("/api/v1/cycles", account + "@kvalitet.demo", DEMO_PASSWORD);
            assertEquals(200, cycles.statusCode(), account);
            assertTrue(cycles.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
            assertTrue(cycles.body().contains("\"year\":" + year), cycles.body());
            assertEquals(List.of(), cycles.headers().allValues("Set-Cookie"), "an API call opens no session");
        }
        var currentCycle = web.getAs("/api/v1/cycles/current", "sokande@kvalitet.demo", DEMO_PASSWORD);
        assertEquals(200, currentCycle.statusCode());
        var list = web.getAs("/api/v1/cycles", "sokande@kvalitet.demo", DEMO_PASSWORD).body();
        // the documented rule, not the demo's year: other tests may leave an older year under review
        assertEquals(documentedCurrent(ApiClient.jsonArray(list)), ApiClient.json(currentCycle.body()).getJsonNumber("id").longValue(),
                "the oldest cycle past its application period is current, not a later one other tests open: " + currentCycle.body());
        var demoCycle = java.util.regex.Pattern.compile("\\{\"id\":(\\d+),\"year\":" + year + ",").matcher(list);
        assertTrue(demoCycle.find(), list);
        var current = web.getAs("/api/v1/cycles/" + demoCycle.group(1), "sokande@kvalitet.demo", DEMO_PASSWORD);
        assertEquals(200, current.statusCode());
        assertTrue(current.body().contains("\"phase\":\"JURY\""), "the demo cycle is with the jury: " + current.body());
        var modelId = java.util.regex.Pattern.compile("\"evaluationModelId\":(\\d+)").matcher(current.body());
        assertTrue(modelId.find(), current.body());
        var model = web.getAs("/api/v1/models/" + modelId.group(1), "examinator@kvalitet.demo", DEMO_PASSWORD);
        assertEquals(200, model.statusCode());
        assertTrue(model.body().contains("\"frozen\":true"), "the demo cycle's model is frozen: " + model.body());
        var presets = web.getAs("/api/v1/presets", "medarbetare@kvalitet.demo", DEMO_PASSWORD);
        assertTrue(presets.body().contains("pitea-innovation") && presets.body().contains("umea-kvalitet"), presets.body());
        var units = web.getAs("/api/v1/units?max=2", "jury@kvalitet.demo", DEMO_PASSWORD);
        assertEquals(200, units.statusCode());
        assertTrue(Integer.parseInt(units.headers().firstValue("X-Total-Count").orElseThrow()) >= 8);
    }

    /** GET /api/v1/cycles/current as documented: the oldest cycle past its application period and not closed, else ... */
    static long documentedCurrent(jakarta.json.JsonArray cycles) {
        var byYear = cycles.getValuesAs(jakarta.json.JsonObject.class).stream()
                .sorted(java.util.Comparator.comparingInt(c -> c.getInt("year"))).toList();
        for (var phases : List.of(Phase.WORKING, EnumSet.of(Phase.APPLICATION_OPEN), EnumSet.of(Phase.PLANNING))) {
            var first = byYear.stream().filter(c -> phases.contains(Phase.valueOf(c.getString("phase")))).findFirst();
            if (first.isPresent()) {
                return first.get().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no cycle at all: " + cycles);
    }

    @Inject ApplicationScenario applicationScenario;

    @Test
    void eachPurposeFindsItsOwnCycleWhileSeveralAreUnderWay() throws Exception {
        var open = admin.call(() -> applicationScenario.build(DEMO_PASSWORD));
        var reviewed = admin.call(() -> applicationScenario.build(DEMO_PASSWORD));
        admin.call(() -> cycles.moveTo(reviewed.cycleId(), Phase.APPLICATION_CLOSED));
        try {
            var accepting = admin.call(() -> cycles.acceptingApplications()).stream().map(c -> c.id()).toList();
            assertTrue(accepting.contains(open.cycleId()), "the open cycle accepts applications: " + accepting);
            assertFalse(accepting.contains(reviewed.cycleId()), "a closed application period accepts none");
            var underReview = admin.call(() -> cycles.underReview());
            assertTrue(underReview.stream().anyMatch(c -> c.id().equals(reviewed.cycleId())), underReview.toString());
            assertFalse(underReview.stream().anyMatch(c -> c.id().equals(open.cycleId())), underReview.toString());
            assertTrue(underReview.stream().allMatch(c -> Phase.UNDER_REVIEW.contains(c.phase())), underReview.toString());
            var withJury = admin.call(() -> cycles.withJury()).orElseThrow(() -> new AssertionError("the demo's cycle is with the jury"));
            assertEquals(Phase.JURY, withJury.phase());

            assertEquals(accepting.get(0), admin.call(() -> cycles.defaultFor(se.kvalitet.cycles.boundary.CyclePurpose.APPLICATIONS)).orElseThrow());
            assertEquals(underReview.get(0).id(), admin.call(() -> cycles.defaultFor(se.kvalitet.cycles.boundary.CyclePurpose.REVIEW)).orElseThrow());
            assertEquals(withJury.id(), admin.call(() -> cycles.defaultFor(se.kvalitet.cycles.boundary.CyclePurpose.JURY)).orElseThrow());
            var current = admin.call(() -> cycles.current()).orElseThrow();
            assertTrue(Phase.WORKING.contains(current.getPhase()), "an open application period is never current while a year "
                    + "is worked on, even an older one: " + current.getYear() + " " + current.getPhase());
            assertNotEquals(open.cycleId(), current.getId());
            int oldestWorking = admin.call(() -> cycles.all()).stream().filter(c -> Phase.WORKING.contains(c.getPhase()))
                    .mapToInt(AwardCycle::getYear).min().orElseThrow();
            assertEquals(oldestWorking, current.getYear(), "the oldest year worked on is current");
            assertEquals(current.getId(), admin.call(() -> cycles.defaultFor(se.kvalitet.cycles.boundary.CyclePurpose.CURRENT)).orElseThrow());
        } finally {
            // a year older than the demo's left under review would be every other test's current cycle
            admin.call(() -> cycles.moveTo(reviewed.cycleId(), Phase.APPLICATION_OPEN));
        }
    }

    @Test
    @RunAsClient
    void thePurposeLookupsOverRestAgreeWithTheirDocumentation() {
        var api = new ApiClient(base.toString(), DEMO_PASSWORD);
        var fixture = ApiClient.json(api.ok("POST", "/it/application-scenario?password="
                + DEMO_PASSWORD.replace("!", "%21"), "admin@kvalitet.demo", null));
        long open = fixture.getJsonNumber("cycleId").longValue();
        String applicant = "sokande@kvalitet.demo";
        var accepting = ApiClient.jsonArray(api.ok("GET", "/cycles/accepting-applications", applicant, null));
        assertTrue(accepting.getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == open), "the open cycle is announced: " + accepting);
        var underReview = ApiClient.jsonArray(api.ok("GET", "/cycles/under-review", "examinator@kvalitet.demo", null));
        assertTrue(underReview.getValuesAs(jakarta.json.JsonObject.class).stream()
                .allMatch(c -> Phase.UNDER_REVIEW.contains(Phase.valueOf(c.getString("phase")))), underReview.toString());
        var withJury = ApiClient.json(api.ok("GET", "/cycles/with-jury", "jury@kvalitet.demo", null));
        assertEquals("JURY", withJury.getString("phase"));
        var current = ApiClient.json(api.ok("GET", "/cycles/current", applicant, null));
        assertNotEquals(open, current.getJsonNumber("id").longValue(), "next year's open period does not make it current");
        assertEquals(documentedCurrent(ApiClient.jsonArray(api.ok("GET", "/cycles", applicant, null))),
                current.getJsonNumber("id").longValue());
        assertEquals(401, api.call("GET", "/cycles/with-jury", null, null).statusCode());
    }

    @Test
    @RunAsClient
    void eachPersonsCycleChoiceIsRememberedInTheDatabase() {
        var api = new ApiClient(base.toString(), DEMO_PASSWORD);
        String scenario = "/it/application-scenario?password=" + DEMO_PASSWORD.replace("!", "%21");
        var first = ApiClient.json(api.ok("POST", scenario, "admin@kvalitet.demo", null));
        var second = ApiClient.json(api.ok("POST", scenario, "admin@kvalitet.demo", null));
        String one = first.getString("applicant");
        String other = second.getString("applicant");
        long firstCycle = first.getJsonNumber("cycleId").longValue();
        long secondCycle = second.getJsonNumber("cycleId").longValue();

        var none = ApiClient.json(api.ok("GET", "/cycles/chosen", one, null));
        assertTrue(!none.containsKey("cycleId") || none.isNull("cycleId"), "nothing chosen yet: " + none);
        assertEquals(firstCycle, ApiClient.json(api.ok("PUT", "/cycles/chosen", one, "{\"cycleId\":" + firstCycle + "}"))
                .getJsonNumber("cycleId").longValue());
        api.ok("PUT", "/cycles/chosen", other, "{\"cycleId\":" + secondCycle + "}");
        // REST keeps no session: a new client (or the other node) reads the same choice from the database
        var again = new ApiClient(base.toString(), DEMO_PASSWORD);
        assertEquals(firstCycle, ApiClient.json(again.ok("GET", "/cycles/chosen", one, null)).getJsonNumber("cycleId").longValue(),
                "one person's choice is their own");
        assertEquals(secondCycle, ApiClient.json(again.ok("GET", "/cycles/chosen", other, null)).getJsonNumber("cycleId").longValue());

        assertEquals(404, api.call("PUT", "/cycles/chosen", one, "{\"cycleId\":987654321}").statusCode(), "no such cycle");
        assertEquals(400, api.call("PUT", "/cycles/chosen", one, "{}").statusCode(), "no cycle given");
        assertEquals(firstCycle, ApiClient.json(api.ok("GET", "/cycles/chosen", one, null)).getJsonNumber("cycleId").longValue(),
                "a refused choice changes nothing");

        // a page with ?cycle= remembers it; the same page without it opens on the choice (and says which in the address)
        String admin = "admin@kvalitet.demo";
        long before = ApiClient.json(api.ok("GET", "/cycles/current", admin, null)).getJsonNumber("id").longValue();
        var web = new WebSession(base.toString());
        web.signIn(admin, DEMO_PASSWORD);
        try {
            assertEquals(200, web.get("/applications/all.xhtml?cycle=" + secondCycle).statusCode());
            assertEquals(secondCycle, ApiClient.json(api.ok("GET", "/cycles/chosen", admin, null)).getJsonNumber("cycleId").longValue());
            for (String page : List.of("/applications/all.xhtml", "/assignments/teams.xhtml", "/assignments/proposal.xhtml",
                    "/feedback/overview.xhtml", "/feedback/reports.xhtml")) {
                var shown = new WebSession(base.toString());
                shown.signIn(admin, DEMO_PASSWORD);
                String body = shown.get(page).body();
                assertTrue(body.contains("KvalitetCycleChoice.keepInAddress('" + secondCycle + "')"),
                        page + " opens on the remembered cycle, in a new session: " + body);
            }
            assertEquals(200, web.get("/feedback/reports.xhtml?cycle=abc").statusCode());
            assertEquals(secondCycle, ApiClient.json(api.ok("GET", "/cycles/chosen", admin, null)).getJsonNumber("cycleId").longValue(),
                    "a malformed cycle in the address is no choice");
        } finally {
            // other tests' administrator pages open on the current cycle when they name none
            api.ok("PUT", "/cycles/chosen", admin, "{\"cycleId\":" + before + "}");
        }
    }

    @Test
    @RunAsClient
    void apiErrorsAreLocalizedProblemDetails() {
        var web = new WebSession(base.toString());
        var swedish = web.getAs("/api/v1/cycles/987654321", "admin@kvalitet.demo", DEMO_PASSWORD);
        assertEquals(404, swedish.statusCode());
        assertTrue(swedish.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(swedish.body().contains("Det finns inget utmärkelseår"), swedish.body());
        var english = new ApiClient(base.toString()).callIn("en", "GET", "/units?max=500", "admin@kvalitet.demo", null);
        assertEquals(400, english.statusCode());
        assertTrue(english.body().contains("from 1 to 200"), english.body());
    }

    @Test
    @RunAsClient
    void signInsAreCountedInTheApplicationMetrics() {
        var web = new WebSession(base.toString());
        web.signIn("medarbetare@kvalitet.demo", DEMO_PASSWORD);
        var root = URI.create(base.toString()).resolve("/").toString();
        var metrics = new WebSession(root).get("/metrics?scope=application");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("kvalitet_signin_total{") && metrics.body().contains("outcome=\"succeeded\""),
                metrics.body());
    }

    @Test
    @RunAsClient
    void theOpenApiDocumentDescribesTheApi() {
        var root = URI.create(base.toString()).resolve("/").toString();
        var openapi = new WebSession(root).get("/openapi");
        assertEquals(200, openapi.statusCode());
        for (String path : new String[]{"/api/v1/cycles", "/api/v1/cycles/{id}", "/api/v1/models/{id}", "/api/v1/presets",
                "/api/v1/units", "/api/v1/organizations/boards"}) {
            assertTrue(openapi.body().contains(path + ":"), path + " documented");
        }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}

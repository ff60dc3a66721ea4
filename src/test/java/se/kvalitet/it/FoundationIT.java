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
import se.kvalitet.people.control.SignInLimits;
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
        return Fixtures.unique(name);
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
        admin.call(() -> cycles.moveTo(reviewed.cycleId(), Phase.APPLICATION_CLOSED, null,
                "Testet stänger perioden före sista dagen."));
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

    // ---- sign-in limits, sessions that follow the account, personal API tokens (issue 12) ----

    @Inject SignInLimits limits;
    @Inject TokenClock tokenClock;

    static final String RIGHT = "rätt lösenord 12";

    /** A fresh account with the password {@link #RIGHT}; returns its e-mail address. */
    String account(Role... roles) throws Exception {
        String email = "it-" + UUID.randomUUID() + "@kvalitet.test";
        admin.call(() -> people.create(email, "Konto " + email.substring(3, 11), RIGHT.toCharArray(),
                EnumSet.copyOf(List.of(roles)), null, null));
        return email;
    }

    /** An address from the documentation range (RFC 5737), new for each test, so tests never share a counter. */
    static String testAddress() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(256);
    }

    /** Sixty wrong passwords, twenty at a time in parallel; the outcomes. */
    List<SignIns.Outcome> guessInParallel(String email, String address) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            var outcomes = new java.util.ArrayList<SignIns.Outcome>();
            for (int batch = 0; batch < 3; batch++) {
                var start = new java.util.concurrent.CountDownLatch(1);
                var guesses = new java.util.ArrayList<java.util.concurrent.Callable<SignIns.Outcome>>();
                for (int i = 0; i < 20; i++) {
                    String guess = "gissning " + batch + "-" + i;
                    guesses.add(() -> {
                        start.await();
                        return signIns.attempt(email, guess.toCharArray(), address);
                    });
                }
                var futures = guesses.stream().map(pool::submit).toList();
                start.countDown();
                for (var future : futures) {
                    outcomes.add(future.get(120, java.util.concurrent.TimeUnit.SECONDS));
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelGuessingIsStoppedAtFiveWrongPasswordsForKnownAndUnknownAccountsAlike() throws Exception {
        String email = account(Role.STAFF);
        String unknown = "ingen-" + UUID.randomUUID() + "@kvalitet.test";
        for (String target : List.of(email, unknown)) {
            var outcomes = guessInParallel(target, testAddress());
            long checked = outcomes.stream().filter(SignIns.Outcome::checked).count();
            assertEquals(5, checked, target + ": exactly five passwords were checked, the rest refused unchecked");
            assertTrue(outcomes.stream().noneMatch(SignIns.Outcome::valid));
            assertEquals(55, outcomes.stream().filter(o -> !o.checked() && o.paused()).count(), target);
            assertTrue(signIns.isPaused(target), target + " is paused");
        }
        var right = signIns.attempt(email, RIGHT.toCharArray(), testAddress());
        assertFalse(right.valid(), "the pause holds even for the right password");
        assertFalse(right.checked(), "and refuses it without running the hash");
        var account = admin.call(() -> people.byEmail(email)).orElseThrow();
        assertTrue(account.isPaused(java.time.Instant.now()), "the administrator sees the pause on the account");
        assertTrue(admin.call(() -> events.of("Person", account.getId())).stream()
                .anyMatch(e -> e.getEventType().equals("SignInPaused")));
    }

    @Test
    void unknownAndInactiveAccountsCostAPasswordHashLikeRealOnes() throws Exception {
        String email = account(Role.STAFF);
        String inactive = account(Role.STAFF);
        var row = admin.call(() -> people.byEmail(inactive)).orElseThrow();
        admin.call(() -> people.updateAccount(row.getId(), row.getVersion(), new People.AccountChange(row.getFullName(),
                inactive, EnumSet.of(Role.STAFF), null, null, "sv", false), null, null));
        String unknown = "ingen-" + UUID.randomUUID() + "@kvalitet.test";
        long real = fastestWrongAttempt(email);
        for (String other : List.of(unknown, inactive)) {
            long time = fastestWrongAttempt(other);
            assertTrue(time * 3 > real && time < real * 3 + 50,
                    other + " answers in about the same time: " + time + " ms against " + real + " ms");
        }
        assertFalse(signIns.attempt(inactive, RIGHT.toCharArray(), testAddress()).valid(), "an inactive account stays out");
    }

    /** The fastest of three wrong-password attempts, in milliseconds (the fastest is the least disturbed). */
    long fastestWrongAttempt(String email) {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            var outcome = signIns.attempt(email, ("fel " + i).toCharArray(), testAddress());
            fastest = Math.min(fastest, (System.nanoTime() - start) / 1_000_000);
            assertTrue(outcome.checked() && !outcome.valid(), email);
        }
        return fastest;
    }

    @Test
    void anAddressThatFailsTooOftenIsPausedForEveryAccount() throws Exception {
        String address = testAddress();
        var now = java.time.Instant.now();
        for (int i = 0; i < 100; i++) {
            var account = SignInLimits.Account.of(null, "sprejad-" + i + "-" + UUID.randomUUID() + "@kvalitet.test");
            limits.prepare(account, address, now);
            assertTrue(limits.reserve(account, address, now).granted(), "attempt " + (i + 1) + " of 100 is allowed");
        }
        String email = account(Role.STAFF);
        var refused = signIns.attempt(email, RIGHT.toCharArray(), address);
        assertFalse(refused.valid(), "password spraying from one address pauses that address");
        assertFalse(refused.checked());
        assertTrue(signIns.isPaused(email, address));
        assertFalse(signIns.isPaused(email), "the account itself is not paused");
        assertTrue(signIns.attempt(email, RIGHT.toCharArray(), testAddress()).valid(), "from another address it signs in");
    }

    @Test
    void aSuccessfulSignInDoesNotCountAgainstItsAddress() throws Exception {
        String email = account(Role.STAFF);
        String address = testAddress();
        for (int i = 0; i < 120; i++) {
            var now = java.time.Instant.now();
            var account = SignInLimits.Account.of(admin.call(() -> people.byEmail(email)).orElseThrow().getId(), email);
            limits.prepare(account, address, now);
            assertTrue(limits.reserve(account, address, now).granted(), "sign-in " + (i + 1));
            limits.succeeded(account.personId(), address, now);
        }
        assertFalse(signIns.isPaused(email, address), "a hundred and twenty people signing in from one office is no attack");
    }

    @Test
    void theFormAndBasicAnswerUnknownAccountsExactlyLikeKnownOnes() throws Exception {
        String email = account(Role.STAFF);
        String unknown = "ingen-" + UUID.randomUUID() + "@kvalitet.test";
        var messages = new java.util.ArrayList<List<String>>();
        for (String target : List.of(email, unknown)) {
            var seen = new java.util.ArrayList<String>();
            for (int i = 0; i < 7; i++) {
                var answer = new WebSession(base.toString()).signIn(target, "fel lösenord " + i);
                assertEquals(200, answer.statusCode());
                seen.add(answer.body().contains("Fel e-postadress eller lösenord.") ? "failed"
                        : answer.body().contains("För många misslyckade inloggningar.") ? "paused" : answer.body());
            }
            messages.add(seen);
        }
        assertEquals(List.of("failed", "failed", "failed", "failed", "paused", "paused", "paused"), messages.get(0));
        assertEquals(messages.get(0), messages.get(1), "the same answers for an address nobody has");
        var web = new WebSession(base.toString());
        var known = web.getAs("/api/v1/cycles", email, "fel");
        var nobody = web.getAs("/api/v1/cycles", unknown, "fel");
        assertEquals(401, known.statusCode());
        assertEquals(known.statusCode(), nobody.statusCode());
        assertEquals(known.body(), nobody.body());
        assertEquals(known.headers().allValues("WWW-Authenticate"), nobody.headers().allValues("WWW-Authenticate"));
    }

    @Test
    void deactivatingAnAccountOrTakingARoleAwayTakesEffectOnTheNextRequest() throws Exception {
        String email = account(Role.ADMIN, Role.STAFF);
        var web = new WebSession(base.toString());
        assertEquals(302, web.signIn(email, RIGHT).statusCode());
        assertEquals(200, web.get("/people/accounts.xhtml").statusCode());
        assertEquals(200, web.get("/api/v1/cycles").statusCode(), "the session also serves the API");

        var person = admin.call(() -> people.byEmail(email)).orElseThrow();
        var staffOnly = admin.call(() -> people.updateAccount(person.getId(), person.getVersion(), new People.AccountChange(
                person.getFullName(), email, EnumSet.of(Role.STAFF), null, null, "sv", true), null, null));
        assertEquals(403, web.get("/people/accounts.xhtml").statusCode(), "the administrator role is gone at once");
        assertEquals(200, web.get("/index.xhtml").statusCode(), "the session goes on with the roles left");

        admin.call(() -> people.updateAccount(person.getId(), staffOnly.version(), new People.AccountChange(
                person.getFullName(), email, EnumSet.of(Role.STAFF), null, null, "sv", false), null, null));
        var page = web.get("/index.xhtml");
        assertEquals(302, page.statusCode(), "a deactivated account's session ends");
        assertTrue(page.headers().firstValue("Location").orElseThrow().contains("/signin.xhtml"));
        assertEquals(401, web.get("/api/v1/cycles").statusCode());
    }

    ApiClient api() {
        return new ApiClient(base.toString(), RIGHT);
    }

    /** A token for {@code email}, created over REST; returns the answer (id, secret). */
    jakarta.json.JsonObject token(String email, String name) {
        return ApiClient.json(api().ok("POST", "/tokens", email, "{\"name\":\"" + name + "\",\"expiresInDays\":30}"));
    }

    static java.net.http.HttpResponse<String> bearer(WebSession web, String path, String secret) {
        return web.getWithToken("/api/v1" + path, secret);
    }

    @Test
    void aPersonalTokenActsAsItsPersonUntilRevokedAndIsNeverListedWithItsSecret() throws Exception {
        String email = account(Role.STAFF);
        var created = token(email, "Rapportskript");
        String secret = created.getString("secret");
        long id = created.getJsonObject("token").getJsonNumber("id").longValue();
        assertTrue(secret.startsWith("kvt_") && secret.length() > 40, secret);
        assertTrue(created.getJsonObject("token").getBoolean("active"));

        var web = new WebSession(base.toString());
        var cycles = bearer(web, "/cycles", secret);
        assertEquals(200, cycles.statusCode(), cycles.body());
        assertEquals(List.of(), cycles.headers().allValues("Set-Cookie"), "a token call opens no session");
        assertEquals(200, bearer(web, "/tokens", secret).statusCode());
        assertEquals(403, bearer(web, "/examiners", secret).statusCode(), "a token carries its person's roles, no more");

        var minted = api().withToken("POST", "/tokens", secret, "{\"name\":\"Kopia\",\"expiresInDays\":365}");
        assertEquals(403, minted.statusCode(), "a token never makes another: " + minted.body());

        String listed = api().ok("GET", "/tokens", email, null);
        assertTrue(listed.contains("Rapportskript"), listed);
        assertFalse(listed.contains(secret) || listed.contains(secret.substring(4, 20)) || listed.contains("secret"),
                "never the secret: " + listed);
        var stored = em.createNativeQuery("select secret_hash from api_token where id = ?").setParameter(1, id).getSingleResult();
        assertNotEquals(secret, stored);
        assertFalse(String.valueOf(stored).contains(secret.substring(4, 20)), "only the hash is stored");

        String other = account(Role.STAFF);
        assertEquals(404, api().call("DELETE", "/tokens/" + id, other, null).statusCode(),
                "another person's token is not there for them");
        assertEquals(200, bearer(web, "/cycles", secret).statusCode(), "and still works");

        var revoked = ApiClient.json(api().ok("DELETE", "/tokens/" + id, email, null));
        assertFalse(revoked.getBoolean("active"));
        var refused = bearer(web, "/cycles", secret);
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().allValues("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Bearer")));
        assertEquals(401, bearer(web, "/cycles", "kvt_" + "A".repeat(43)).statusCode(), "an unknown token");
        assertEquals(401, bearer(web, "/cycles", "nonsense").statusCode(), "a malformed token");
    }

    @Test
    void expiredTokensAndTokensOfDeactivatedAccountsAreRefused() throws Exception {
        String email = account(Role.STAFF);
        var web = new WebSession(base.toString());
        var expiring = token(email, "Går ut");
        tokenClock.expire(expiring.getJsonObject("token").getJsonNumber("id").longValue());
        assertEquals(401, bearer(web, "/cycles", expiring.getString("secret")).statusCode(), "expired");
        assertTrue(api().ok("GET", "/tokens", email, null).contains("\"active\":false"), "listed as no longer valid");

        String secret = token(email, "Konto stängs").getString("secret");
        assertEquals(200, bearer(web, "/cycles", secret).statusCode());
        var person = admin.call(() -> people.byEmail(email)).orElseThrow();
        admin.call(() -> people.updateAccount(person.getId(), person.getVersion(), new People.AccountChange(
                person.getFullName(), email, EnumSet.of(Role.STAFF), null, null, "sv", false), null, null));
        assertEquals(401, bearer(web, "/cycles", secret).statusCode(), "a deactivated account's token stops at once");
    }

    @Test
    void aTokenNeedsANameAndALifetimeWithinTheMaximum() throws Exception {
        String email = account(Role.STAFF);
        for (String body : List.of("{\"name\":\"x\",\"expiresInDays\":0}", "{\"name\":\"x\",\"expiresInDays\":366}",
                "{\"name\":\"x\"}", "{\"name\":\" \",\"expiresInDays\":30}")) {
            var refused = api().call("POST", "/tokens", email, body);
            assertEquals(422, refused.statusCode(), body + ": " + refused.body());
        }
        assertTrue(api().call("POST", "/tokens", email, "{\"name\":\"x\",\"expiresInDays\":366}").body()
                .contains("från 1 till 365 dagar"));
        assertEquals("[]", api().ok("GET", "/tokens", email, null), "nothing was created");
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

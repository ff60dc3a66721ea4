package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.applications.boundary.ApplicationFilter;
import se.kvalitet.applications.boundary.ApplicationFiles;
import se.kvalitet.applications.boundary.ApplicationRegister;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.EligibilityDraft;
import se.kvalitet.applications.boundary.RenewalDraft;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.entity.AdministrationKind;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Applications in the container against the real database: the boundary's rules (deadline, completeness,
 * eligibility, double submission, frozen content, optimistic locking), authorization (another unit,
 * examiner, staff, anonymous), gap-free registration numbers under concurrent submissions, and the REST API
 * as real applicants signed in with HTTP Basic. Each test makes its own cycle, units and accounts.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationsIT {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
    static final String PASSWORD = "Sökande-lösen 2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject Fixtures fixtures;

    @Inject AsAdmin admin;
    @Inject AsApplicant applicant;
    @Inject AsExaminer examiner;
    @Inject AsStaff staff;
    @Inject Applications applications;
    @Inject ApplicationFiles applicationFiles;
    @Inject ApplicationRegister applicationRegister;
    @Inject Cycles cycles;
    @Inject Organizations organizations;
    @Inject People people;
    @Inject DomainEvents events;

    @ArquillianResource
    URL base;

    // ---- fixtures

    record Fixture(Long cycleId, int year, Long qualityClassId, Long renewalClassId, Long administrationId) {
    }

    /** A cycle of its own, open for applications until {@code closesAt}. */
    Fixture openCycle(Instant closesAt) throws Exception {
        return admin.call(() -> {
            var opened = fixtures.cycle("Ansökningstest");
            int year = opened.year();
            Long cycleId = opened.cycleId();
            cycles.addCategory(cycleId, Award.QUALITY_AWARD);
            cycles.addCategory(cycleId, Award.RENEWAL_PRIZE);
            cycles.addClass(cycleId, Award.QUALITY_AWARD, "Förskola");
            cycles.addClass(cycleId, Award.RENEWAL_PRIZE, "Hela staden");
            cycles.adoptPreset(cycleId, Award.QUALITY_AWARD, "stockholm-kvalitet");
            cycles.adoptPreset(cycleId, Award.RENEWAL_PRIZE, "stockholm-fornyelse");
            var cycle = cycles.find(cycleId).orElseThrow();
            LocalDate today = LocalDate.now(CITY);
            cycle.getDates().setApplicationOpensOn(today.minusDays(10));
            cycle.getDates().setApplicationClosesAt(closesAt);
            cycle.getDates().setReviewStartsOn(today.plusDays(40));
            cycles.save(cycle);
            cycles.moveTo(cycleId, Phase.APPLICATION_OPEN);
            var terms = cycles.applicationTerms(cycleId).orElseThrow();
            var board = organizations.createBoard("Nämnd " + UUID.randomUUID());
            var adm = organizations.createAdministration(board.getId(), "Förvaltning " + UUID.randomUUID(),
                    AdministrationKind.ADMINISTRATION);
            return new Fixture(cycleId, terms.year(), terms.category("QUALITY_AWARD").orElseThrow().classes().get(0).id(),
                    terms.category("RENEWAL_PRIZE").orElseThrow().classes().get(0).id(), adm.getId());
        });
    }

    Fixture openCycle() throws Exception {
        return openCycle(LocalDate.now(CITY).plusDays(30).atTime(LocalTime.of(16, 0)).atZone(CITY).toInstant());
    }

    Long unit(Fixture f, OperatorType type) throws Exception {
        return admin.call(() -> organizations.createUnit(f.administrationId(), "Enhet " + UUID.randomUUID(), type,
                ServiceArea.PRESCHOOL, 20).getId());
    }

    /** An applicant account of the unit; returns its e-mail address. */
    String applicantOf(Long unitId, Long administrationId) throws Exception {
        String email = "sokande-" + UUID.randomUUID() + "@kvalitet.test";
        admin.call(() -> people.create(email, "Sökande Testsson", PASSWORD.toCharArray(), EnumSet.of(Role.APPLICANT),
                unitId, administrationId));
        return email;
    }

    static EligibilityDraft eligible(Integer residentShare) {
        return new EligibilityDraft(true, true, 20, residentShare, true, null, true);
    }

    /** Answers to every criterion, each within its limit. */
    Map<String, String> completeAnswers(Long applicationId) throws Exception {
        var answers = new LinkedHashMap<String, String>();
        admin.call(() -> applications.view(applicationId)).answers()
                .forEach(a -> answers.put(a.code(), "Svar på " + a.code() + " – så här arbetar vi."));
        return answers;
    }

    /** A complete quality-award draft of a new municipal unit; returns its id. */
    Long completeDraft(Fixture f, Long unitId) throws Exception {
        Long id = admin.call(() -> applications.startFor(unitId, f.cycleId(), "QUALITY_AWARD", f.qualityClassId()));
        var answers = completeAnswers(id);
        admin.call(() -> applications.saveDraft(id, answers, null, eligible(null), applications.view(id).version()));
        return id;
    }

    static Throwable root(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static boolean causedBy(Throwable t, Class<?> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    // ---- boundary rules

    @Test
    void aDraftIsWrittenSubmittedAndFrozen() throws Exception {
        var f = openCycle();
        Long unitId = unit(f, OperatorType.MUNICIPAL);
        Long id = admin.call(() -> applications.startFor(unitId, f.cycleId(), "QUALITY_AWARD", f.qualityClassId()));
        var view = admin.call(() -> applications.view(id));
        assertEquals("DRAFT", view.status());
        assertTrue(view.editable());
        assertFalse(view.answers().isEmpty(), "the frozen model's criteria are shown beside the answers");
        assertNotNull(view.answers().get(0).title());
        assertFalse(view.missing().isEmpty());

        var one = assertThrows(RuleViolation.class, () -> admin.call(() -> applications.startFor(unitId, f.cycleId(),
                "QUALITY_AWARD", f.qualityClassId())));
        assertEquals("applications.start.alreadyActive", one.getMessageKey());

        var incomplete = assertThrows(RuleViolation.class, () -> admin.call(() -> applications.submit(id, view.version())));
        assertEquals("applications.submit.incomplete", incomplete.getMessageKey());

        var first = view.answers().get(0);
        var tooLong = assertThrows(RuleViolation.class, () -> admin.call(() -> applications.saveDraft(id,
                Map.of(first.code(), "x".repeat(first.maxLength() + 1)), null, null, view.version())));
        assertEquals("applications.answer.tooLong", tooLong.getMessageKey());
        assertEquals(null, admin.call(() -> applications.view(id)).answers().get(0).text(), "nothing saved");

        var answers = completeAnswers(id);
        long version = admin.call(() -> applications.saveDraft(id, answers, null, eligible(null), view.version()));
        assertTrue(version > view.version());
        assertTrue(admin.call(() -> applications.view(id)).readyToSubmit());

        var receipt = admin.call(() -> applications.submit(id, version));
        assertEquals("KS " + f.year() + "/1", receipt.registrationNumber());
        assertNotNull(receipt.submittedAt());

        var again = assertThrows(RuleViolation.class, () -> admin.call(() -> applications.submit(id, version)));
        assertEquals("applications.submit.already", again.getMessageKey());
        long after = admin.call(() -> applications.view(id)).version();
        var frozen = assertThrows(RuleViolation.class, () -> admin.call(() -> applications.saveDraft(id,
                Map.of(first.code(), "ändrat"), null, null, after)));
        assertEquals("applications.frozen", frozen.getMessageKey());
        assertEquals("Svar på " + first.code() + " – så här arbetar vi.",
                admin.call(() -> applications.view(id)).answers().get(0).text());

        admin.call(() -> {
            applications.reopen(id, "Fel tävlingsklass angavs i texten");
            return null;
        });
        var reopened = admin.call(() -> applications.view(id));
        assertEquals("DRAFT", reopened.status());
        assertEquals("Fel tävlingsklass angavs i texten", reopened.reopenings().get(0).reason());
        var resubmitted = admin.call(() -> applications.submit(id, reopened.version()));
        assertEquals(receipt.registrationNumber(), resubmitted.registrationNumber(), "a reopened application keeps its number");

        var types = admin.call(() -> events.of("Application", id)).stream().map(e -> e.getEventType()).toList();
        assertTrue(types.containsAll(List.of("ApplicationStarted", "DraftSaved", "ApplicationSubmitted",
                "ApplicationReopened")), types.toString());
    }

    @Test
    void ineligibleAnswersBlockSubmissionWithTheReason() throws Exception {
        var f = openCycle();
        Long privateUnit = unit(f, OperatorType.PRIVATE);
        Long id = admin.call(() -> applications.startFor(privateUnit, f.cycleId(), "QUALITY_AWARD", f.qualityClassId()));
        var answers = completeAnswers(id);
        long version = admin.call(() -> applications.saveDraft(id, answers, null, eligible(40), applications.view(id).version()));
        var refused = assertThrows(RuleViolation.class, () -> admin.call(() -> applications.submit(id, version)));
        assertEquals("applications.eligibility.residentShare.tooLow", refused.getMessageKey());
        assertEquals("DRAFT", admin.call(() -> applications.view(id)).status());

        long deficit = admin.call(() -> applications.saveDraft(id, null, null,
                new EligibilityDraft(true, true, 20, 60, true, null, false), version));
        var receipt = admin.call(() -> applications.submit(id, deficit));
        assertEquals("applications.eligibility.warning.deficit", receipt.warnings().get(0).key(),
                "a deficit is kept as an eligible-to-win warning");
    }

    @Test
    void renewalPrizeApplicationsNeedTheirFields() throws Exception {
        var f = openCycle();
        Long unitId = unit(f, OperatorType.MUNICIPAL);
        Long id = admin.call(() -> applications.startFor(unitId, f.cycleId(), "RENEWAL_PRIZE", f.renewalClassId()));
        long v1 = admin.call(() -> applications.saveDraft(id, null, new RenewalDraft("PROJECT", "Läxhjälp online",
                null, null, null, null, null, null, null, null), eligible(null), applications.view(id).version()));
        var incomplete = assertThrows(RuleViolation.class, () -> admin.call(() -> applications.submit(id, v1)));
        assertEquals("applications.submit.incomplete", incomplete.getMessageKey());
        long v2 = admin.call(() -> applications.saveDraft(id, null, new RenewalDraft("PROJECT", "Läxhjälp online",
                "b", "n", "r", "s", "h", "m", LocalDate.of(2024, 1, 15), null), null, v1));
        assertEquals("Läxhjälp online", admin.call(() -> applications.view(id)).renewal().title());
        assertTrue(admin.call(() -> applications.submit(id, v2)).registrationNumber().startsWith("KS " + f.year() + "/"));
    }

    @Test
    void concurrentDraftSavesKeepTheFirstText() throws Exception {
        var f = openCycle();
        Long unitId = unit(f, OperatorType.MUNICIPAL);
        Long id = admin.call(() -> applications.startFor(unitId, f.cycleId(), "QUALITY_AWARD", f.qualityClassId()));
        var seen = admin.call(() -> applications.view(id));
        String code = seen.answers().get(0).code();
        admin.call(() -> applications.saveDraft(id, Map.of(code, "Första kontaktens text"), null, null, seen.version()));
        var stale = assertThrows(Exception.class, () -> admin.call(() -> applications.saveDraft(id,
                Map.of(code, "Andra kontaktens text"), null, null, seen.version())));
        assertTrue(causedBy(stale, OptimisticLockException.class), "conflict, not a silent overwrite: " + stale);
        assertEquals("Första kontaktens text", admin.call(() -> applications.view(id)).answers().get(0).text());
    }

    @Test
    void afterTheDeadlineNothingIsWrittenOrSubmitted() throws Exception {
        var f = openCycle();
        Long unitId = unit(f, OperatorType.MUNICIPAL);
        Long id = completeDraft(f, unitId);
        admin.call(() -> {
            var cycle = cycles.find(f.cycleId()).orElseThrow();
            cycle.getDates().setApplicationClosesAt(Instant.now().minusSeconds(60));
            return cycles.save(cycle);
        });
        long version = admin.call(() -> applications.view(id)).version();
        assertFalse(admin.call(() -> applications.view(id)).editable());
        var late = assertThrows(RuleViolation.class, () -> admin.call(() -> applications.submit(id, version)));
        assertEquals("applications.deadline.passed", late.getMessageKey());
        var edit = assertThrows(RuleViolation.class, () -> admin.call(() -> applications.saveDraft(id,
                Map.of(), null, eligible(null), version)));
        assertEquals("applications.deadline.passed", edit.getMessageKey());
        var start = assertThrows(RuleViolation.class, () -> admin.call(() -> applications.startFor(
                unit(f, OperatorType.MUNICIPAL), f.cycleId(), "QUALITY_AWARD", f.qualityClassId())));
        assertEquals("applications.deadline.passed", start.getMessageKey());
        assertEquals("DRAFT", admin.call(() -> applications.view(id)).status());
    }

    @Test
    void closingBeforeTheDeadlineNeedsAReasonAndClosingTheYearLapsesItsDrafts() throws Exception {
        var f = openCycle();
        Long draft = completeDraft(f, unit(f, OperatorType.MUNICIPAL));
        Long submitted = completeDraft(f, unit(f, OperatorType.MUNICIPAL));
        admin.call(() -> applications.submit(submitted, applications.view(submitted).version()));

        // the units were promised until the deadline: closing before it is refused without a reason
        for (String reason : new String[]{null, "   "}) {
            var early = assertThrows(RuleViolation.class, () -> admin.call(() -> cycles.moveTo(f.cycleId(),
                    Phase.APPLICATION_CLOSED, null, reason)));
            assertEquals("cycle.phase.closeBeforeDeadline", early.getMessageKey());
        }
        assertEquals(Phase.APPLICATION_OPEN, admin.call(() -> cycles.find(f.cycleId())).orElseThrow().getPhase());
        admin.call(() -> cycles.moveTo(f.cycleId(), Phase.APPLICATION_CLOSED, null, "Nämnden beslutade att stänga i förtid."));
        var closedEarly = admin.call(() -> events.of("AwardCycle", f.cycleId())).stream()
                .filter(e -> e.getEventType().equals("ApplicationPeriodClosedEarly")).toList();
        assertEquals(1, closedEarly.size());
        assertTrue(closedEarly.get(0).getDetails().endsWith("Nämnden beslutade att stänga i förtid."),
                closedEarly.get(0).getDetails());

        // through the year to its close: the draft nobody submitted lapses, the submitted one stays as it is
        for (Phase phase : new Phase[]{Phase.INDIVIDUAL_REVIEW, Phase.CONSENSUS, Phase.JURY, Phase.ANNOUNCED,
                Phase.FEEDBACK}) {
            admin.call(() -> cycles.moveTo(f.cycleId(), phase));
        }
        assertEquals("DRAFT", admin.call(() -> applications.view(draft)).status());
        admin.call(() -> cycles.moveTo(f.cycleId(), Phase.CLOSED));
        assertEquals("WITHDRAWN", admin.call(() -> applications.view(draft)).status());
        assertEquals("SUBMITTED", admin.call(() -> applications.view(submitted)).status());
        var types = admin.call(() -> events.of("Application", draft)).stream().map(e -> e.getEventType()).toList();
        assertTrue(types.contains("ApplicationLapsed"), types.toString());
        assertEquals(0L, admin.call(() -> applicationRegister.statusCounts(f.cycleId())).getOrDefault("DRAFT", 0L));
    }

    @Test
    void aNewYearTakesOverTheSetUpOfAnEarlierOneWithFreshModels() throws Exception {
        var f = openCycle();
        var target = admin.call(() -> fixtures.cycle("Kopierat år"));
        long version = admin.call(() -> cycles.find(target.cycleId())).orElseThrow().getVersion();
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> {
            cycles.copySetUp(f.cycleId(), target.cycleId(), version);
            return null;
        }), "only administrators copy");
        admin.call(() -> {
            cycles.copySetUp(f.cycleId(), target.cycleId(), version);
            return null;
        });

        var source = admin.call(() -> cycles.details(f.cycleId())).orElseThrow();
        var copy = admin.call(() -> cycles.details(target.cycleId())).orElseThrow();
        assertEquals("PLANNING", copy.phase());
        for (var category : source.categories()) {
            var copied = copy.categories().stream().filter(c -> c.award().equals(category.award())).findFirst()
                    .orElseThrow(() -> new AssertionError("missing " + category.award()));
            assertEquals(category.classes().stream().map(c -> c.name()).toList(),
                    copied.classes().stream().map(c -> c.name()).toList());
            assertTrue(category.model().frozen(), "the source's model was frozen when its applications opened");
            assertFalse(copied.model().frozen(), "the copy is editable for the new year");
            assertFalse(copied.model().id().equals(category.model().id()), "a model of its own");
            assertEquals(category.model().criteria(), copied.model().criteria());
            assertEquals(category.model().totalPoints(), copied.model().totalPoints());
        }
        int years = target.year() - f.year();
        assertEquals(source.settings().getApplicationOpensOn().plusYears(years), copy.settings().getApplicationOpensOn());
        assertEquals(source.settings().getApplicationClosesAt().plusYears(years), copy.settings().getApplicationClosesAt());
        assertEquals(source.terms().getMinStaffCount(), copy.terms().getMinStaffCount());
        var types = admin.call(() -> events.of("AwardCycle", target.cycleId())).stream().map(e -> e.getEventType()).toList();
        assertTrue(types.contains("CycleSetUpCopied"), types.toString());

        long copiedVersion = admin.call(() -> cycles.find(target.cycleId())).orElseThrow().getVersion();
        var again = assertThrows(RuleViolation.class, () -> admin.call(() -> {
            cycles.copySetUp(f.cycleId(), target.cycleId(), copiedVersion);
            return null;
        }));
        assertEquals("cycle.copy.notEmpty", again.getMessageKey());
    }

    @Test
    void withdrawingFreesThePlace() throws Exception {
        var f = openCycle();
        Long unitId = unit(f, OperatorType.MUNICIPAL);
        Long id = admin.call(() -> applications.startFor(unitId, f.cycleId(), "QUALITY_AWARD", f.qualityClassId()));
        admin.call(() -> {
            applications.withdraw(id);
            return null;
        });
        assertEquals("WITHDRAWN", admin.call(() -> applications.view(id)).status());
        Long again = admin.call(() -> applications.startFor(unitId, f.cycleId(), "QUALITY_AWARD", f.qualityClassId()));
        assertFalse(again.equals(id));
        var counts = admin.call(() -> applicationRegister.statusCounts(f.cycleId()));
        assertEquals(1L, counts.get("WITHDRAWN"));
        assertEquals(1L, counts.get("DRAFT"));
        var drafts = admin.call(() -> applicationRegister.cycleApplications(f.cycleId(),
                new ApplicationFilter(null, f.administrationId(), "DRAFT", null, null), "unitName", true, 0, 10));
        assertEquals(List.of(again), drafts.stream().map(s -> s.id()).toList());
        assertEquals(1L, admin.call(() -> applicationRegister.cycleApplicationCount(f.cycleId(),
                new ApplicationFilter(null, null, "WITHDRAWN", null, null))));
    }

    @Test
    void otherRolesAndUnitlessCallersReachNothing() throws Exception {
        var f = openCycle();
        Long unitId = unit(f, OperatorType.MUNICIPAL);
        Long id = admin.call(() -> applications.startFor(unitId, f.cycleId(), "QUALITY_AWARD", f.qualityClassId()));
        long version = admin.call(() -> applications.view(id)).version();
        // examiners read only the applications of their committed teams (AssignmentsIT); others do not exist for them
        assertThrows(NotFound.class, () -> examiner.call(() -> applications.view(id)));
        assertThrows(EJBAccessException.class, () -> staff.call(() -> applications.listForMyUnit()));
        assertThrows(EJBAccessException.class, () -> examiner.call(() -> applications.startFor(unitId, f.cycleId(),
                "RENEWAL_PRIZE", f.renewalClassId())));
        // the run-as applicant belongs to no unit: another unit's application is as if it did not exist
        assertThrows(NotFound.class, () -> applicant.call(() -> applications.view(id)));
        assertThrows(NotFound.class, () -> applicant.call(() -> applications.saveDraft(id,
                Map.of(), null, eligible(null), version)));
        assertThrows(NotFound.class, () -> applicant.call(() -> applications.submit(id, version)));
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> {
            applications.reopen(id, "nej");
            return null;
        }));
        assertEquals(version, admin.call(() -> applications.view(id)).version(), "refusals change nothing");
        assertEquals(List.of(), applicant.call(() -> applications.listForMyUnit()));
    }

    // ---- REST, as real applicants

    HttpResponse<String> call(String method, String path, String email, String body) {
        return api().call(method, path, email, body);
    }

    ApiClient api() {
        return new ApiClient(base.toString(), PASSWORD);
    }

    static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static String answersJson(Map<String, String> answers) {
        var object = Json.createObjectBuilder();
        answers.forEach(object::add);
        return object.build().toString();
    }

    static final String ELIGIBLE_JSON = "{\"managerResponsibility\":true,\"businessPlan\":true,\"staffCount\":20,"
            + "\"reportedToBoard\":true,\"budgetBalanced\":true}";

    @Test
    void applicantsWriteAndSubmitOverRestAndReachOnlyTheirOwnUnit() throws Exception {
        var f = openCycle();
        Long unitA = unit(f, OperatorType.MUNICIPAL);
        Long unitB = unit(f, OperatorType.MUNICIPAL);
        String a = applicantOf(unitA, f.administrationId());
        String b = applicantOf(unitB, f.administrationId());

        assertEquals(401, call("GET", "/applications", null, null).statusCode());

        var created = call("POST", "/applications", a, "{\"cycleId\":" + f.cycleId()
                + ",\"award\":\"QUALITY_AWARD\",\"competitionClassId\":" + f.qualityClassId() + "}");
        assertEquals(201, created.statusCode(), created.body());
        var view = json(created);
        long id = view.getJsonNumber("id").longValue();
        long version = view.getJsonNumber("version").longValue();
        assertEquals("DRAFT", view.getString("status"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/applications/" + id));

        assertEquals(401, call("GET", "/applications/" + id, null, null).statusCode());
        var other = call("GET", "/applications/" + id, b, null);
        assertEquals(404, other.statusCode(), other.body());
        assertTrue(other.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, call("PUT", "/applications/" + id, b, "{\"expectedVersion\":" + version + ",\"eligibility\":"
                + ELIGIBLE_JSON + "}").statusCode());
        assertEquals(404, call("POST", "/applications/" + id + "/submit", b, "{\"expectedVersion\":" + version + "}").statusCode());
        assertEquals(List.of(), json("{\"list\":" + call("GET", "/applications", b, null).body() + "}").getJsonArray("list"));

        var answers = new LinkedHashMap<String, String>();
        view.getJsonArray("answers").getValuesAs(JsonObject.class)
                .forEach(answer -> answers.put(answer.getString("code"), "Vårt svar på " + answer.getString("code")));
        var saved = call("PUT", "/applications/" + id, a, "{\"expectedVersion\":" + version + ",\"answers\":"
                + answersJson(answers) + ",\"eligibility\":" + ELIGIBLE_JSON + "}");
        assertEquals(200, saved.statusCode(), saved.body());
        long newVersion = json(saved).getJsonNumber("version").longValue();
        assertTrue(newVersion > version);

        var stale = call("PUT", "/applications/" + id, a, "{\"expectedVersion\":" + version + ",\"answers\":{\""
                + answers.keySet().iterator().next() + "\":\"skriver över\"}}");
        assertEquals(409, stale.statusCode(), stale.body());

        var submitted = call("POST", "/applications/" + id + "/submit", a, "{\"expectedVersion\":" + newVersion + "}");
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("KS " + f.year() + "/1", json(submitted).getString("registrationNumber"));

        var twice = call("POST", "/applications/" + id + "/submit", a, "{\"expectedVersion\":" + newVersion + "}");
        assertEquals(422, twice.statusCode(), twice.body());
        assertTrue(twice.body().contains("redan inlämnad"), twice.body());
        long frozenVersion = json(call("GET", "/applications/" + id, a, null)).getJsonNumber("version").longValue();
        var edit = call("PUT", "/applications/" + id, a, "{\"expectedVersion\":" + frozenVersion + ",\"answers\":{\""
                + answers.keySet().iterator().next() + "\":\"efteråt\"}}");
        assertEquals(422, edit.statusCode(), edit.body());
        assertEquals("Vårt svar på " + answers.keySet().iterator().next(),
                admin.call(() -> applications.view(id)).answers().get(0).text());

        var mine = json("{\"list\":" + call("GET", "/applications", a, null).body() + "}").getJsonArray("list");
        assertEquals(1, mine.size());
        assertEquals("SUBMITTED", mine.getJsonObject(0).getString("status"));
        assertEquals(403, call("POST", "/applications/" + id + "/reopen", a, "{\"reason\":\"x\"}").statusCode());
    }

    HttpResponse<byte[]> bytes(String path, String email) {
        return api().bytes(path, email);
    }

    HttpResponse<String> upload(long id, String email, String fileName, byte[] content) {
        return api().upload("/applications/" + id + "/attachments?fileName="
                + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8), email, "application/octet-stream", content);
    }

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void attachmentsAreCheckedByContentStoredWithAChecksumAndOnlyForTheUnit() throws Exception {
        var f = openCycle();
        Long unitA = unit(f, OperatorType.MUNICIPAL);
        Long unitB = unit(f, OperatorType.MUNICIPAL);
        String a = applicantOf(unitA, f.administrationId());
        String b = applicantOf(unitB, f.administrationId());
        long id = json(call("POST", "/applications", a, "{\"cycleId\":" + f.cycleId()
                + ",\"award\":\"QUALITY_AWARD\",\"competitionClassId\":" + f.qualityClassId() + "}")).getJsonNumber("id").longValue();

        var uploaded = upload(id, a, "Verksamhetsplan 2026.pdf", PDF);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        var attachment = json(uploaded);
        assertEquals("application/pdf", attachment.getString("contentType"));
        assertEquals(64, attachment.getString("sha256").length());
        long attachmentId = attachment.getJsonNumber("id").longValue();

        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        var renamed = upload(id, a, "rapport.pdf", exe);
        assertEquals(422, renamed.statusCode(), renamed.body());
        assertTrue(renamed.body().contains("applications.attachment.dangerous"), renamed.body());
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        var oversized = upload(id, a, "stor.pdf", big);
        assertEquals(422, oversized.statusCode(), oversized.body());
        assertTrue(oversized.body().contains("applications.attachment.tooLarge"), oversized.body());
        assertEquals(404, upload(id, b, "intrång.pdf", PDF).statusCode());
        assertEquals(1, admin.call(() -> applicationFiles.attachments(id)).size(), "refused files change nothing");

        var download = bytes("/applications/" + id + "/attachments/" + attachmentId, a);
        assertEquals(200, download.statusCode());
        assertTrue(java.util.Arrays.equals(PDF, download.body()));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("Verksamhetsplan"));
        assertEquals(404, bytes("/applications/" + id + "/attachments/" + attachmentId, b).statusCode());
        assertEquals(401, bytes("/applications/" + id + "/attachments/" + attachmentId, null).statusCode());

        assertEquals(422, bytes("/applications/" + id + "/receipt.pdf", a).statusCode(), "no receipt before submission");
        var answers = completeAnswers(id);
        long version = admin.call(() -> applications.saveDraft(id, answers, null, eligible(null),
                applications.view(id).version()));
        var receipt = call("POST", "/applications/" + id + "/submit", a, "{\"expectedVersion\":" + version + "}");
        assertEquals(200, receipt.statusCode(), receipt.body());
        var pdf = bytes("/applications/" + id + "/receipt.pdf", a);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
        assertEquals(404, bytes("/applications/" + id + "/receipt.pdf", b).statusCode());
        assertEquals(422, upload(id, a, "sen.pdf", PDF).statusCode(), "a submitted application takes no more files");
    }

    @Test
    void concurrentSubmissionsGetGapFreeUniqueNumbers() throws Exception {
        var f = openCycle();
        int n = 5;
        List<String> emails = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Long unitId = unit(f, OperatorType.MUNICIPAL);
            emails.add(applicantOf(unitId, f.administrationId()));
            ids.add(completeDraft(f, unitId));
        }
        List<Long> versions = new ArrayList<>();
        for (Long id : ids) {
            versions.add(admin.call(() -> applications.view(id)).version());
        }
        var pool = Executors.newFixedThreadPool(n);
        var go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            Callable<HttpResponse<String>> submit = () -> {
                go.await();
                return call("POST", "/applications/" + ids.get(k) + "/submit", emails.get(k),
                        "{\"expectedVersion\":" + versions.get(k) + "}");
            };
            results.add(pool.submit(submit));
        }
        go.countDown();
        Set<String> numbers = new TreeSet<>();
        for (var result : results) {
            var response = result.get();
            assertEquals(200, response.statusCode(), response.body());
            numbers.add(json(response).getString("registrationNumber"));
        }
        pool.shutdown();
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i <= n; i++) {
            expected.add("KS " + f.year() + "/" + i);
        }
        assertEquals(expected, numbers, "unique and without gaps");
    }

    @Test
    void theDemoApplicantSeesTheirUnitsApplications() throws Exception {
        var response = call("GET", "/applications", null, null);
        assertEquals(401, response.statusCode());
        var demo = api().callAs(Account.APPLICANT, "GET", "/applications", null);
        assertEquals(200, demo.statusCode(), demo.body());
        var list = json("{\"list\":" + demo.body() + "}").getJsonArray("list");
        assertTrue(list.size() >= 2, "this year's application under review and last year's decided one: " + demo.body());
        var statuses = list.getValuesAs(JsonObject.class).stream().map(o -> o.getString("status")).toList();
        assertTrue(statuses.contains("FEEDBACK_RELEASED"), statuses.toString());
        assertTrue(statuses.contains("UNDER_REVIEW") || statuses.contains("SITE_VISIT"),
                "this year's, submitted and with its team: " + statuses);
    }
}

package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.cycles.boundary.CycleSettings;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * The feedback report through REST, with the rules of the boundary: no report from an open consensus, only the
 * leader (or an administrator) drafts, only an administrator reviews and releases and not before the cycle's
 * feedback date, an applicant of another unit gets nothing whatever the route, the unit's applicant downloads
 * the released PDF. The overview shows the same state. Cycle years 2015–2019 (engineer C's range).
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackIT {

    static final String PASSWORD = "Examinator-lösen 2015";
    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
    static ConsensusScenario.Fixture fixture;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject Fixtures fixtures;

    @Inject AsAdmin admin;
    @Inject AsExaminer examiner;
    @Inject DomainEvents events;
    @Inject ConsensusScenario scenario;
    @Inject Cycles cycles;
    @Inject Applications applications;
    @Inject Organizations organizations;
    @Inject People people;

    @ArquillianResource
    URL base;

    ApiClient api() {
        return new ApiClient(base.toString(), PASSWORD);
    }

    synchronized ConsensusScenario.Fixture fixture() throws Exception {
        if (fixture == null) {
            fixture = admin.call(() -> scenario.build(PASSWORD));
        }
        return fixture;
    }

    static String report(Long app) {
        return "/feedback/reports/" + app;
    }

    static void refused(HttpResponse<String> response, int status, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(text), response.body());
    }

    static String version(JsonObject view) {
        return "{\"expectedVersion\":" + view.getJsonNumber("version").longValue() + "}";
    }

    String openConsensus(ConsensusScenario.TeamFixture team) {
        return ConsensusSteps.open(api(), team);
    }

    void closeConsensus(ConsensusScenario.TeamFixture team, String sheet) {
        ConsensusSteps.close(api(), team, sheet);
    }

    /** Moves every date of the cycle into the past, with the feedback date on {@code feedbackOn}. */
    void feedbackOn(Long cycleId, LocalDate feedbackOn) throws Exception {
        admin.call(() -> {
            fixtures.yearPassed(cycleId, feedbackOn);
            return null;
        });
    }

    /** A new applicant account of the application's unit. */
    String applicantOf(Long applicationId) throws Exception {
        String email = "sokande-" + UUID.randomUUID() + "@kvalitet.test";
        admin.call(() -> {
            Long unitId = applications.view(applicationId).unitId();
            Long administrationId = organizations.unit(unitId).orElseThrow().administrationId();
            return people.create(email, "Sökande Återkopplingsson", PASSWORD.toCharArray(), EnumSet.of(Role.APPLICANT),
                    unitId, administrationId);
        });
        return email;
    }

    HttpResponse<byte[]> bytes(String path, String email) throws Exception {
        return new ApiClient(base.toString(), PASSWORD).bytes(path, email);
    }

    @Test
    void theReportGoesFromTheClosedConsensusThroughReviewToTheApplicantOnTheFeedbackDate() throws Exception {
        var f = fixture();
        var team = f.teams().get(0);
        Long app = team.applicationId();
        String leader = team.leader();
        String member = team.members().get(0);
        var api = api();
        String sheet = openConsensus(team);

        // a report for an open consensus is refused, nothing stored
        refused(api.call("POST", report(app) + "/draft", leader, "{\"language\":\"sv\"}"), 422, "avslutad konsensus");
        assertEquals("NONE", ApiClient.json(api.ok("GET", report(app), leader, null)).getString("status"));
        closeConsensus(team, sheet);

        // a member who does not lead the team reaches nothing
        assertEquals(404, api.call("POST", report(app) + "/draft", member, "{\"language\":\"sv\"}").statusCode());
        assertEquals(404, api.call("GET", report(app), member, null).statusCode());

        var drafted = ApiClient.json(api.ok("POST", report(app) + "/draft", leader, "{\"language\":\"sv\"}"));
        assertEquals("DRAFTED", drafted.getString("status"));
        assertEquals("CLOSED", drafted.getString("consensusStatus"));
        assertEquals(403, api.call("POST", report(app) + "/review", leader, version(drafted)).statusCode(),
                "only an administrator reviews");
        var reviewed = ApiClient.json(api.ok("POST", report(app) + "/review", ADMIN, ADMIN_PASSWORD, version(drafted)));
        assertEquals("REVIEWED", reviewed.getString("status"));
        refused(api.call("POST", report(app) + "/review", ADMIN, ADMIN_PASSWORD, version(drafted)), 422, "ändrat");

        // the meeting date is recorded by the leader
        var met = ApiClient.json(api.ok("PUT", report(app) + "/meeting", leader, "{\"on\":\"2031-01-15\",\"expectedVersion\":"
                + reviewed.getJsonNumber("version").longValue() + "}"));
        assertEquals("2031-01-15", met.getString("meetingOn"));

        // the leader and the administrator may read the draft as PDF before release; the applicant may not
        String applicant = applicantOf(app);
        String otherApplicant = applicantOf(f.teams().get(1).applicationId());
        assertEquals(200, bytes(report(app) + "/report.pdf", leader).statusCode());
        assertEquals(404, bytes(report(app) + "/report.pdf", applicant).statusCode());
        assertEquals(404, api.call("GET", report(app), applicant, null).statusCode());

        // not before the cycle's feedback date
        LocalDate today = LocalDate.now(CITY);
        feedbackOn(f.cycleId(), today.plusDays(1));
        refused(api.call("POST", report(app) + "/release", ADMIN, ADMIN_PASSWORD, version(met)), 422, "tidigast");
        assertEquals("REVIEWED", ApiClient.json(api.ok("GET", report(app), leader, null)).getString("status"));
        feedbackOn(f.cycleId(), today);
        var released = ApiClient.json(api.ok("POST", report(app) + "/release", ADMIN, ADMIN_PASSWORD, version(met)));
        assertEquals("RELEASED", released.getString("status"));
        assertEquals("FEEDBACK_RELEASED", admin.call(() -> applications.view(app)).status(),
                "the application's status follows its released report");
        refused(api.call("POST", report(app) + "/draft", leader, "{\"language\":\"sv\",\"expectedVersion\":"
                + released.getJsonNumber("version").longValue() + "}"), 422, "redan utlämnad");

        // an applicant of another unit gets nothing, whatever the route
        assertEquals(404, api.call("GET", report(app), otherApplicant, null).statusCode());
        assertEquals(404, bytes(report(app) + "/report.pdf", otherApplicant).statusCode());
        assertEquals(403, api.call("GET", "/feedback/cycles/" + f.cycleId() + "/reports", otherApplicant, null).statusCode());

        // the unit's applicant downloads the released report
        var seen = ApiClient.json(api.ok("GET", report(app), applicant, null));
        assertEquals("RELEASED", seen.getString("status"));
        assertTrue(!seen.containsKey("draftedBy") || seen.isNull("draftedBy"), "who drafted stays internal");
        var pdf = bytes(report(app) + "/report.pdf", applicant);
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals("sv-SE", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : new String[]{"Återkoppling till", "Viktigaste styrkor", "Tydliga åtaganden",
                    "Styrka i kriterium 1", "Förbättra kriterium 2", "15 januari 2031", "poäng"}) {
                assertTrue(text.contains(expected), "missing " + expected + ": " + text);
            }
        }

        // the overview and the cycle's list show the same
        var overview = ApiClient.json(api.ok("GET", "/feedback/cycles/" + f.cycleId() + "/overview", ADMIN, ADMIN_PASSWORD, null));
        var row = overview.getJsonArray("rows").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("applicationId").longValue() == app).findFirst().orElseThrow();
        assertEquals("CLOSED", row.getString("consensus"));
        assertEquals("RELEASED", row.getString("report"));
        assertEquals(team.everyone().size(), row.getInt("submitted") + row.getInt("locked"));
        var leaders = ApiClient.json(api.ok("GET", "/feedback/cycles/" + f.cycleId() + "/overview", leader, null));
        assertTrue(leaders.getJsonArray("rows").stream().allMatch(r -> f.teams().stream()
                .filter(t -> t.leader().equals(leader)).anyMatch(t -> t.applicationId()
                        == r.asJsonObject().getJsonNumber("applicationId").longValue())), "a leader sees only the teams they lead");
        var list = ApiClient.jsonArray(api.ok("GET", "/feedback/cycles/" + f.cycleId() + "/reports", ADMIN, ADMIN_PASSWORD, null));
        assertTrue(list.stream().anyMatch(r -> r.asJsonObject().getJsonNumber("applicationId").longValue() == app
                && "RELEASED".equals(r.asJsonObject().getString("status"))));
    }

    @Test
    void datesWhosePhaseHasPassedAreLockedAndCorrectedOnlyWithARecordedReason() throws Exception {
        var f = fixture();
        Long cycleId = f.cycleId();
        // the cycle is in the consensus phase: the application deadline and the review start are history
        var cycle = admin.call(() -> cycles.find(cycleId)).orElseThrow();
        var before = CycleSettings.of(cycle);
        var moved = CycleSettings.of(cycle);
        moved.setApplicationClosesAt(before.getApplicationClosesAt().minusDays(1));
        var locked = assertThrows(RuleViolation.class,
                () -> admin.call(() -> { cycles.updateSettings(cycleId, moved, cycle.getVersion()); return null; }));
        assertEquals("cycle.dates.locked", locked.getMessageKey());
        assertEquals(before.getApplicationClosesAt(),
                admin.call(() -> cycles.find(cycleId)).orElseThrow().plannedDates().getApplicationClosesAtCityTime(),
                "a refused change changes nothing");

        // a correction needs a reason and a change; others than administrators may not correct at all
        var noReason = assertThrows(RuleViolation.class,
                () -> admin.call(() -> cycles.correctDates(cycleId, moved, "  ", cycle.getVersion())));
        assertEquals("cycle.dates.correction.reasonRequired", noReason.getMessageKey());
        var nothing = assertThrows(RuleViolation.class,
                () -> admin.call(() -> cycles.correctDates(cycleId, before, "Inget ändras.", cycle.getVersion())));
        assertEquals("cycle.dates.correction.nothing", nothing.getMessageKey());
        assertThrows(EJBAccessException.class,
                () -> examiner.call(() -> cycles.correctDates(cycleId, moved, "Examinatorn rättar.", cycle.getVersion())));

        var corrections = admin.call(() -> cycles.correctDates(cycleId, moved, "Fel dag angavs i beslutet.",
                cycle.getVersion()));
        assertEquals(1, corrections.size());
        assertEquals(before.getApplicationClosesAt().minusDays(1),
                admin.call(() -> cycles.find(cycleId)).orElseThrow().plannedDates().getApplicationClosesAtCityTime());
        var audited = admin.call(() -> events.of("AwardCycle", cycleId)).stream()
                .filter(e -> e.getEventType().equals("CycleDateCorrected")).reduce((a, b) -> b).orElseThrow();
        assertEquals("applicationClosesAt: " + before.getApplicationClosesAt() + " -> "
                + before.getApplicationClosesAt().minusDays(1) + "; Fel dag angavs i beslutet.", audited.getDetails());

        // the version the correction was made against is stale now
        var stale = assertThrows(RuleViolation.class,
                () -> admin.call(() -> cycles.correctDates(cycleId, before, "Tillbaka.", cycle.getVersion())));
        assertEquals("error.concurrentChange", stale.getMessageKey());
    }

    @Test
    void onlyTheBandWhenTheCycleSaysSo() throws Exception {
        var f = fixture();
        var team = f.teams().get(2);
        Long app = team.applicationId();
        var api = api();
        closeConsensus(team, openConsensus(team));
        api.ok("PUT", "/feedback/cycles/" + f.cycleId() + "/settings", ADMIN, ADMIN_PASSWORD, "{\"showScore\":false}");
        try {
            api.ok("POST", report(app) + "/draft", team.leader(), "{\"language\":\"en\"}");
            var pdf = bytes(report(app) + "/report.pdf", team.leader());
            assertEquals(200, pdf.statusCode());
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertTrue(text.contains("Assessment: Band"), text);
                assertTrue(!java.util.regex.Pattern.compile("Assessment: \\d").matcher(text).find(), "no score: " + text);
                assertTrue(!text.contains("points Strengths"), "no points: " + text);
            }
        } finally {
            api.ok("PUT", "/feedback/cycles/" + f.cycleId() + "/settings", ADMIN, ADMIN_PASSWORD, "{\"showScore\":true}");
        }
    }

    @Test
    void theReportsLanguageFollowsTheApplicantsPreferenceUntilTheLeaderChangesIt() throws Exception {
        var f = fixture();
        var team = f.teams().get(3);
        Long app = team.applicationId();
        String leader = team.leader();
        var api = api();
        // the unit's contact person prefers English
        admin.call(() -> {
            var contact = people.create("contact-" + UUID.randomUUID() + "@kvalitet.test", "English Contact",
                    PASSWORD.toCharArray(), EnumSet.of(Role.APPLICANT), applications.view(app).unitId(), null);
            contact.setPreferredLocale("en");
            people.update(contact);
            return applications.addContact(app, contact.getId(), applications.view(app).version());
        });
        closeConsensus(team, openConsensus(team));

        assertEquals("en", ApiClient.json(api.ok("GET", report(app), leader, null)).getString("language"),
                "the page offers the applicant's language before the first draft");
        var drafted = ApiClient.json(api.ok("POST", report(app) + "/draft", leader, "{}"));
        assertEquals("DRAFTED", drafted.getString("status"));
        assertEquals("en", drafted.getString("language"), "drafted in the language the contact prefers");
        // the leader may change it explicitly; a redraft without a language keeps it
        var swedish = ApiClient.json(api.ok("POST", report(app) + "/draft", leader, "{\"language\":\"sv\","
                + "\"expectedVersion\":" + drafted.getJsonNumber("version").longValue() + "}"));
        assertEquals("sv", swedish.getString("language"));
        var again = ApiClient.json(api.ok("POST", report(app) + "/draft", leader, version(swedish)));
        assertEquals("sv", again.getString("language"));
    }

    /**
     * Regression (issue 12, item 7): the unit's page showed its people the closed consensus scores before the jury
     * had decided and before the feedback date, whatever the cycle's score setting (it read them as an
     * administrator). Now it follows the release rule: nothing before the report is released on the feedback
     * date, then the result, with scores only where the cycle shows them.
     */
    @Test
    void theUnitPageShowsTheConsensusResultOnlyOnTheReleaseRule() throws Exception {
        var f = admin.call(() -> scenario.build(PASSWORD));
        var team = f.teams().get(0);
        Long app = team.applicationId();
        var api = api();
        closeConsensus(team, openConsensus(team));
        String applicant = applicantOf(app);
        Long unitId = admin.call(() -> applications.view(app).unitId());
        String unit = "/library/units/" + unitId;

        // closed consensus, nothing decided, no report: the year is there, its result is not
        assertNoResult(year(api.ok("GET", unit, applicant, null), app));
        var drafted = ApiClient.json(api.ok("POST", report(app) + "/draft", team.leader(), "{\"language\":\"sv\"}"));
        var reviewed = ApiClient.json(api.ok("POST", report(app) + "/review", ADMIN, ADMIN_PASSWORD, version(drafted)));
        assertNoResult(year(api.ok("GET", unit, applicant, null), app));
        // the administrator sees the closed result all along
        assertTrue(year(api.ok("GET", unit, ADMIN, ADMIN_PASSWORD, null), app).containsKey("totalPoints"));

        // released on the feedback date: the result, with the scores the cycle shows
        feedbackOn(f.cycleId(), LocalDate.now(CITY));
        api.ok("POST", report(app) + "/release", ADMIN, ADMIN_PASSWORD, version(reviewed));
        var released = year(api.ok("GET", unit, applicant, null), app);
        assertTrue(released.getJsonNumber("totalPoints").doubleValue() > 0, released.toString());
        var area = released.getJsonArray("areas").getJsonObject(0);
        assertTrue(area.containsKey("value") && !area.isNull("value"), area.toString());

        // the cycle shows only bands: bands and improvement areas, no score, no total
        api.ok("PUT", "/feedback/cycles/" + f.cycleId() + "/settings", ADMIN, ADMIN_PASSWORD, "{\"showScore\":false}");
        var bands = year(api.ok("GET", unit, applicant, null), app);
        assertTrue(!bands.containsKey("totalPoints") || bands.isNull("totalPoints"), bands.toString());
        var banded = bands.getJsonArray("areas").getJsonObject(0);
        assertTrue(!banded.containsKey("value") || banded.isNull("value"), banded.toString());
        assertTrue(banded.containsKey("band") && !banded.isNull("band"), banded.toString());
        assertTrue(banded.getString("improvements").startsWith("Förbättra kriterium"), banded.toString());
    }

    /**
     * Issue 12, break 5 for the report: a leader who declares a conflict with the application reaches its report no
     * more (page, REST, PDF), drafted or not; the administrator carries on.
     */
    @Test
    void aLeaderWithADeclaredConflictReachesTheReportByNoRoute() throws Exception {
        var f = admin.call(() -> scenario.build(PASSWORD));
        var team = f.teams().get(1);
        Long app = team.applicationId();
        var api = api();
        closeConsensus(team, openConsensus(team));
        var drafted = ApiClient.json(api.ok("POST", report(app) + "/draft", team.leader(), "{\"language\":\"sv\"}"));
        assertEquals(200, bytes(report(app) + "/report.pdf", team.leader()).statusCode(), "free: previews");

        var declared = api.call("POST", "/conflicts/mine?cycleId=" + f.cycleId(), team.leader(), "{\"actingAs\":"
                + "\"EXAMINER\",\"applicationId\":" + app + ",\"reason\":\"OTHER\",\"explanation\":\"Min bror är rektor\"}");
        assertEquals(201, declared.statusCode(), declared.body());
        assertEquals(404, api.call("GET", report(app), team.leader(), null).statusCode());
        assertEquals(404, bytes(report(app) + "/report.pdf", team.leader()).statusCode());
        assertEquals(404, api.call("POST", report(app) + "/draft", team.leader(), "{\"language\":\"en\",\"expectedVersion\":"
                + drafted.getJsonNumber("version").longValue() + "}").statusCode());
        assertEquals(404, api.call("PUT", report(app) + "/meeting", team.leader(), "{\"on\":\"2031-01-15\","
                + "\"expectedVersion\":" + drafted.getJsonNumber("version").longValue() + "}").statusCode());
        var unchanged = ApiClient.json(api.ok("GET", report(app), ADMIN, ADMIN_PASSWORD, null));
        assertEquals("sv", unchanged.getString("language"), "nothing changed");
        assertEquals(drafted.getJsonNumber("version").longValue(), unchanged.getJsonNumber("version").longValue());
    }

    static JsonObject year(String history, Long applicationId) {
        return ApiClient.json(history).getJsonArray("years").stream().map(v -> v.asJsonObject())
                .filter(y -> y.getJsonNumber("applicationId").longValue() == applicationId).findFirst()
                .orElseThrow(() -> new AssertionError("no year for " + applicationId + ": " + history));
    }

    static void assertNoResult(JsonObject year) {
        assertTrue(!year.containsKey("totalPoints") || year.isNull("totalPoints"), "a total leaks: " + year);
        assertEquals(0, year.getJsonArray("areas").size(), "scores leak: " + year);
        assertEquals(0, year.getJsonArray("keyImprovements").size(), "themes leak: " + year);
    }
}

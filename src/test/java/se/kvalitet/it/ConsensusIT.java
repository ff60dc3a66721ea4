package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.consensus.boundary.ConsensusResults;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.platform.errors.NotFound;

/**
 * The consensus through its boundary and REST: only the leader opens (once everybody submitted) and closes,
 * the median pre-fills, flagged criteria come first, the individual assessments lock, a stale edit is refused,
 * members sign off and a change voids the sign-offs, a closed sheet is final; the site visit and the adjusted
 * score with before and after; the administrator's override; another team's application is "not found".
 * One scenario (four teams of three) serves every test: each uses its own team.
 */
@ExtendWith(ArquillianExtension.class)
class ConsensusIT {

    static final String PASSWORD = "Examinator-lösen 2010";
    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    /** For the cycle that stays in individual review: the phase refusal. */
    static ConsensusScenario.Fixture fixture;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject AsAdmin admin;
    @Inject AsStaff staff;
    @Inject ConsensusScenario scenario;
    @Inject ConsensusResults results;
    @Inject AsExaminer examiner;
    @Inject Applications applications;
    @Inject Cycles cycles;
    @Inject ConsensusScenario phasedScenario;

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

    String sheetPath(Long app) {
        return "/consensus/applications/" + app;
    }

    JsonObject sheet(Long app, String email) {
        return ApiClient.json(api().ok("GET", sheetPath(app), email, null));
    }

    static JsonObject row(JsonObject sheet, String code) {
        return sheet.getJsonArray("rows").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("code").equals(code)).findFirst().orElseThrow();
    }

    static String score(long version, int value, String justification) {
        return Json.createObjectBuilder().add("expectedVersion", version).add("value", value)
                .add("justification", justification).add("strengths", "Styrka").add("improvements", "Förbättring")
                .build().toString();
    }

    static void refused(HttpResponse<String> response, int status, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(text), response.body());
    }

    @Test
    void theLeaderOpensMembersAgreeSignOffAndTheLeaderClosesThenTheSiteVisitAdjustsAScore() throws Exception {
        var f = fixture();
        var team = f.teams().get(0);
        Long app = team.applicationId();
        String leader = team.leader();
        String m1 = team.members().get(0);
        String m2 = team.members().get(1);
        var api = api();

        // opening locks the assessments, so it asks what locking asks: first of all the leader's own confirmation
        refused(api.call("POST", sheetPath(app) + "/open", leader, "{}"), 422, "inte är jävig");
        api.submitAssessment(app, leader, 50, Map.of());
        api.submitAssessment(app, m1, 60, Map.of("3", 20));
        refused(api.call("POST", sheetPath(app) + "/open", leader, "{}"), 422, "inte lämnat in");
        refused(api.call("POST", sheetPath(app) + "/open", m1, "{}"), 422, "lagledare");
        assertEquals("NOT_OPENED", sheet(app, m2).getString("status"));
        api.submitAssessment(app, m2, 55, Map.of("3", 70));

        var opened = ApiClient.json(api.ok("POST", sheetPath(app) + "/open", leader, "{}"));
        assertEquals("OPEN", opened.getString("status"));
        var rows = opened.getJsonArray("rows");
        assertEquals(9, rows.size());
        var first = rows.getJsonObject(0);
        assertEquals("3", first.getString("code"), "the flagged criterion comes first");
        assertTrue(first.getBoolean("flagged"));
        assertEquals(50, first.getInt("spread"));
        assertEquals(50, first.getInt("value"), "pre-filled with the median of 20, 50, 70");
        var plain = row(opened, "1");
        assertFalse(plain.getBoolean("flagged"));
        assertEquals(10, plain.getInt("spread"));
        assertEquals(55, plain.getInt("value"));
        assertEquals(55.0, plain.getJsonNumber("points").doubleValue(), "55 % of 100 points");
        assertEquals(3, plain.getJsonArray("individual").size());
        refused(api.call("POST", sheetPath(app) + "/open", leader, "{}"), 422, "redan öppnad");

        // the individual assessments are read-only now
        var own = ApiClient.json(api.ok("GET", "/assessments/applications/" + app + "/mine", m1, null));
        assertEquals("LOCKED", own.getString("status"));
        assertEquals(422, api.call("POST", "/assessments/applications/" + app + "/mine/submit", m1,
                "{\"expectedVersion\":" + own.getJsonNumber("version") + "}").statusCode());

        // two members edit the same criterion on the same version: the second is refused, nothing lost
        long v3 = first.getJsonNumber("version").longValue();
        var won = ApiClient.json(api.ok("PUT", sheetPath(app) + "/scores/3", m1, score(v3, 45, "Vi enades om 45.")));
        refused(api.call("PUT", sheetPath(app) + "/scores/3", m2, score(v3, 60, "Nej, 60.")), 422, "samtidigt");
        assertEquals(45, row(sheet(app, m2), "3").getInt("value"));
        assertEquals("Vi enades om 45.", row(sheet(app, m2), "3").getString("justification"));
        // another criterion at the same time is no conflict
        api.ok("PUT", sheetPath(app) + "/scores/1", m2, score(plain.getJsonNumber("version").longValue(), 55, "Ok."));
        refused(api.call("PUT", sheetPath(app) + "/scores/3", m1,
                score(won.getJsonNumber("version").longValue(), 47, "x")), 422, "skalan");

        // every criterion justified, themes, recommendation
        for (var r : sheet(app, leader).getJsonArray("rows").stream().map(v -> v.asJsonObject()).toList()) {
            if (!r.containsKey("justification") || r.isNull("justification")) {
                api.ok("PUT", sheetPath(app) + "/scores/" + r.getString("code"), leader,
                        score(r.getJsonNumber("version").longValue(), r.getInt("value"), "Enigt."));
            }
        }
        long sheetVersion = sheet(app, m1).getJsonNumber("version").longValue();
        refused(api.call("PUT", sheetPath(app) + "/themes", m1, Json.createObjectBuilder()
                .add("expectedVersion", sheetVersion).add("keyStrengths", Json.createArrayBuilder(List.of("1", "2", "3", "4", "5", "6")))
                .add("keyImprovements", Json.createArrayBuilder()).build().toString()), 422, "Högst 5");
        var themed = ApiClient.json(api.ok("PUT", sheetPath(app) + "/themes", m1, Json.createObjectBuilder()
                .add("expectedVersion", sheetVersion)
                .add("keyStrengths", Json.createArrayBuilder(List.of("Tydliga åtaganden", "Brukarna i fokus", "Goda exempel")))
                .add("keyImprovements", Json.createArrayBuilder(List.of("Analys", "Jämförelser", "Uppföljning")))
                .build().toString()));
        refused(api.call("PUT", sheetPath(app) + "/recommendation", m2,
                "{\"expectedVersion\":" + sheetVersion + ",\"siteVisit\":true}"), 422, "samtidigt");
        api.ok("PUT", sheetPath(app) + "/recommendation", m2, "{\"expectedVersion\":"
                + themed.getJsonNumber("version") + ",\"siteVisit\":true,\"proposedLevel\":\"Utmärkelse\"}");

        // sign-offs: the close waits for everybody, a change voids them, only the leader closes
        long content = sheet(app, m1).getJsonNumber("contentVersion").longValue();
        api.ok("POST", sheetPath(app) + "/signoff", m1, "{\"expectedVersion\":" + content + "}");
        api.ok("POST", sheetPath(app) + "/signoff", leader, "{\"expectedVersion\":" + content + "}");
        refused(api.call("POST", sheetPath(app) + "/close", leader, "{\"expectedVersion\":" + content + "}"), 422,
                "skrivit under");
        var r5 = row(sheet(app, m2), "5");
        api.ok("PUT", sheetPath(app) + "/scores/5", m2, score(r5.getJsonNumber("version").longValue(), 65, "Höjt."));
        var afterChange = sheet(app, leader);
        assertTrue(afterChange.getJsonArray("members").stream().noneMatch(m -> m.asJsonObject().containsKey("signedAt") && !m.asJsonObject().isNull("signedAt")),
                "a change voids the sign-offs");
        refused(api.call("POST", sheetPath(app) + "/signoff", m1, "{\"expectedVersion\":" + content + "}"), 422,
                "samtidigt");
        long now = afterChange.getJsonNumber("contentVersion").longValue();
        for (String member : team.everyone()) {
            api.ok("POST", sheetPath(app) + "/signoff", member, "{\"expectedVersion\":" + now + "}");
        }
        refused(api.call("POST", sheetPath(app) + "/close", m1, "{\"expectedVersion\":" + now + "}"), 422, "lagledare");
        api.ok("POST", sheetPath(app) + "/close", leader, "{\"expectedVersion\":" + now + "}");
        var closed = sheet(app, m2);
        assertEquals("CLOSED", closed.getString("status"));
        refused(api.call("PUT", sheetPath(app) + "/scores/5", m2,
                score(row(closed, "5").getJsonNumber("version").longValue(), 70, "Sent.")), 422, "stängd");

        var result = admin.call(() -> results.of(app)).orElseThrow();
        assertTrue(result.closed());
        assertEquals(9, result.criteria().size());
        assertEquals(List.of("Tydliga åtaganden", "Brukarna i fokus", "Goda exempel"), result.keyStrengths());
        assertEquals("CLOSED", admin.call(() -> results.statusByApplication(f.cycleId())).get(app));
        assertEquals("NONE", admin.call(() -> results.siteVisitByApplication(f.cycleId())).get(app));

        // the site visit: the leader selects and plans it, records outcomes, then adjusts a score with a reason
        String visit = sheetPath(app) + "/visit";
        refused(api.call("POST", visit, m1, null), 422, "lagledare");
        assertEquals("UNDER_REVIEW", admin.call(() -> applications.view(app)).status());
        // the narrow way to SITE_VISIT is the team leader's (or an administrator's): an examiner off the lead is "not found"
        assertThrows(NotFound.class, () -> examiner.call(() -> {
            applications.selectForSiteVisit(app);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> staff.call(() -> {
            applications.selectForSiteVisit(app);
            return null;
        }));
        long vv = ApiClient.json(api.ok("POST", visit, leader, null)).getJsonNumber("version").longValue();
        assertEquals("SITE_VISIT", admin.call(() -> applications.view(app)).status(),
                "selecting the visit moves the application on");
        refused(api.call("PUT", sheetPath(app) + "/scores/3/adjustment", leader,
                "{\"expectedVersion\":0,\"value\":60,\"reason\":\"x\"}"), 422, "efter platsbesöket");
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        vv = ApiClient.json(api.ok("PUT", visit + "/plan", leader, "{\"expectedVersion\":" + vv + ",\"visitDate\":\""
                + today + "\",\"participants\":\"Teamet\",\"interviewees\":\"Rektor, två pedagoger\"}"))
                .getJsonNumber("version").longValue();
        vv = ApiClient.json(api.ok("POST", visit + "/questions", leader, "{\"expectedVersion\":" + vv
                + ",\"criterionCode\":\"3\",\"question\":\"Hur följs arbetssätten upp?\"}")).getJsonNumber("version").longValue();
        var planned = ApiClient.json(api.ok("GET", visit, m2, null));
        assertEquals(1, planned.getJsonArray("questions").size());
        assertEquals("PLANNED", admin.call(() -> results.siteVisitByApplication(f.cycleId())).get(app));
        long questionId = planned.getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue();
        refused(api.call("POST", visit + "/held", leader, "{\"expectedVersion\":" + vv + "}"), 422, "utfall");
        vv = ApiClient.json(api.ok("PUT", visit + "/questions/" + questionId, leader, "{\"expectedVersion\":" + vv
                + ",\"outcome\":\"NEW_FINDING\",\"note\":\"Mer systematiskt än ansökan visar.\"}"))
                .getJsonNumber("version").longValue();
        api.ok("POST", visit + "/held", leader, "{\"expectedVersion\":" + vv + "}");
        long rowVersion = row(sheet(app, leader), "3").getJsonNumber("version").longValue();
        refused(api.call("PUT", sheetPath(app) + "/scores/3/adjustment", leader,
                "{\"expectedVersion\":" + rowVersion + ",\"value\":60,\"reason\":\" \"}"), 422, "skälet");
        api.ok("PUT", sheetPath(app) + "/scores/3/adjustment", leader,
                "{\"expectedVersion\":" + rowVersion + ",\"value\":60,\"reason\":\"Besöket visade uppföljning i hela verksamheten.\"}");
        var after = ApiClient.json(api.ok("GET", visit, m1, null));
        assertTrue(after.getBoolean("held"));
        var adjusted = after.getJsonArray("scores").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("code").equals("3")).findFirst().orElseThrow();
        assertEquals(45, adjusted.getInt("before"));
        assertEquals(60, adjusted.getInt("after"));
        var withVisit = admin.call(() -> results.of(app)).orElseThrow();
        var c3 = withVisit.criteria().stream().filter(c -> c.code().equals("3")).findFirst().orElseThrow();
        assertEquals(60, c3.value());
        assertEquals(45, c3.valueBeforeVisit());
        assertTrue(withVisit.siteVisitHeld());
        assertEquals("HELD", admin.call(() -> results.siteVisitByApplication(f.cycleId())).get(app));
        assertNull(withVisit.criteria().stream().filter(c -> c.code().equals("1")).findFirst().orElseThrow()
                .valueBeforeVisit());
    }

    /**
     * The feedback report is written from each criterion's strengths and areas for improvement: closing while one
     * criterion has no strengths and another no improvements is refused with both named, and changes nothing
     * (still open, same versions, the sign-offs kept). Before, such a consensus closed and the applicant's report
     * said "(inget angivet)".
     */
    @Test
    void closingWithoutEveryCriterionsStrengthsAndImprovementsIsRefusedAndChangesNothing() throws Exception {
        var f = admin.call(() -> scenario.build(PASSWORD));
        var team = f.teams().get(0);
        Long app = team.applicationId();
        String leader = team.leader();
        var api = api();
        String path = ConsensusSteps.open(api, team);
        for (var r : sheet(app, leader).getJsonArray("rows").stream().map(v -> v.asJsonObject()).toList()) {
            String code = r.getString("code");
            var body = Json.createObjectBuilder().add("expectedVersion", r.getJsonNumber("version").longValue())
                    .add("value", r.getInt("value")).add("justification", "Enigt om " + code + ".");
            if (!code.equals("2")) {
                body.add("strengths", "Styrka " + code);
            }
            if (!code.equals("5")) {
                body.add("improvements", code.equals("7") ? "   " : "Förbättring " + code);
            }
            api.ok("PUT", path + "/scores/" + code, leader, body.build().toString());
        }
        long version = sheet(app, leader).getJsonNumber("version").longValue();
        version = ApiClient.json(api.ok("PUT", path + "/themes", leader, Json.createObjectBuilder()
                .add("expectedVersion", version)
                .add("keyStrengths", Json.createArrayBuilder(List.of("Åtaganden", "Brukarfokus", "Goda exempel")))
                .add("keyImprovements", Json.createArrayBuilder(List.of("Analys", "Jämförelser", "Uppföljning")))
                .build().toString())).getJsonNumber("version").longValue();
        api.ok("PUT", path + "/recommendation", leader, "{\"expectedVersion\":" + version + ",\"siteVisit\":false}");
        long content = sheet(app, leader).getJsonNumber("contentVersion").longValue();
        for (String member : team.everyone()) {
            api.ok("POST", path + "/signoff", member, "{\"expectedVersion\":" + content + "}");
        }
        var before = sheet(app, leader);
        assertTrue(before.getJsonArray("missing").stream().map(Object::toString).toList()
                .containsAll(List.of("\"consensus.close.strengthsMissing\"", "\"consensus.close.improvementsMissing\"")),
                "the sheet lists what is missing: " + before.getJsonArray("missing"));

        refused(api.call("POST", path + "/close", leader, "{\"expectedVersion\":" + content + "}"), 422,
                "Styrkor saknas för kriterium 2.");
        var after = sheet(app, leader);
        assertEquals("OPEN", after.getString("status"), "not closed");
        assertEquals(before.getJsonNumber("version"), after.getJsonNumber("version"), "the sheet unchanged");
        assertEquals(content, after.getJsonNumber("contentVersion").longValue(), "no row changed");
        assertTrue(after.getJsonArray("members").stream().map(m -> m.asJsonObject())
                .allMatch(m -> m.containsKey("signedAt") && !m.isNull("signedAt")), "the sign-offs stay");
        assertFalse(admin.call(() -> results.of(app)).orElseThrow().closed(), "no result for the jury");

        // the strengths written, the improvements (missing on 5, blank on 7) are named next
        var r2 = row(after, "2");
        api.ok("PUT", path + "/scores/2", leader, Json.createObjectBuilder()
                .add("expectedVersion", r2.getJsonNumber("version").longValue()).add("value", r2.getInt("value"))
                .add("justification", "Enigt om 2.").add("strengths", "Styrka 2").add("improvements", "Förbättring 2")
                .build().toString());
        long now = sheet(app, leader).getJsonNumber("contentVersion").longValue();
        refused(api.call("POST", path + "/close", leader, "{\"expectedVersion\":" + now + "}"), 422,
                "Förbättringsområden saknas för kriterium 5, 7.");
        assertEquals("OPEN", sheet(app, leader).getString("status"));
    }

    @Test
    void anotherTeamsApplicationIsNotFoundAndOnlyExaminersAndAdministratorsComeIn() throws Exception {
        var f = fixture();
        var mine = f.teams().get(1);
        var other = f.teams().get(2);
        String outsider = mine.everyone().stream().filter(e -> !other.everyone().contains(e)).findFirst().orElseThrow();
        var api = api();
        Long app = other.applicationId();
        assertEquals(404, api.call("GET", sheetPath(app), outsider, null).statusCode());
        assertEquals(404, api.call("POST", sheetPath(app) + "/open", outsider, "{}").statusCode());
        assertEquals(404, api.call("PUT", sheetPath(app) + "/scores/1", outsider, score(0, 50, "x")).statusCode());
        assertEquals(404, api.call("GET", sheetPath(app) + "/visit", outsider, null).statusCode());
        assertEquals(404, api.call("GET", sheetPath(999_999_999L), outsider, null).statusCode());
        assertEquals(401, api.call("GET", sheetPath(app), null, null).statusCode());
        assertEquals(200, api.call("GET", sheetPath(app), ADMIN, ADMIN_PASSWORD, null).statusCode());
        assertThrows(EJBAccessException.class, () -> staff.call(() -> results.of(app)));
        // the result is the leader's and the administrator's: a member who does not lead gets nothing
        assertEquals(404, api.call("GET", sheetPath(app), outsider, null).statusCode());
    }

    @Test
    void theAdministratorMayOpenWithAnAssessmentMissingAndTheSheetWorksWithTheSubmittedOnes() throws Exception {
        var f = fixture();
        var team = f.teams().get(3);
        Long app = team.applicationId();
        var api = api();
        api.submitAssessment(app, team.leader(), 40, Map.of());
        api.submitAssessment(app, team.members().get(0), 80, Map.of());
        refused(api.call("POST", sheetPath(app) + "/open", team.leader(), "{\"override\":true}"), 422, "inte lämnat in");
        var opened = ApiClient.json(api.ok("POST", sheetPath(app) + "/open", ADMIN, ADMIN_PASSWORD, "{\"override\":true}"));
        assertEquals("OPEN", opened.getString("status"));
        var r1 = row(opened, "1");
        assertEquals(2, r1.getJsonArray("individual").size());
        assertEquals(60, r1.getInt("value"), "mean of 40 and 80 is a value of the 5-step scale");
        assertTrue(r1.getBoolean("flagged"), "40 apart");
        // administrators follow the work; the team writes it
        refused(api.call("PUT", sheetPath(app) + "/scores/1", ADMIN, ADMIN_PASSWORD,
                score(r1.getJsonNumber("version").longValue(), 50, "x")), 422, "medlemmar");
        assertEquals("OPEN", admin.call(() -> results.statusByApplication(f.cycleId())).get(app));
        var seen = ApiClient.json(api.ok("GET", sheetPath(app), ADMIN, ADMIN_PASSWORD, null));
        assertEquals(2, seen.getJsonArray("rows").getJsonObject(0).getJsonArray("individual").size());
        // a member who has not submitted sees the sheet (the team meets on it) without failing
        assertEquals("OPEN", sheet(app, team.members().get(1)).getString("status"));
    }

    @Test
    void theConsensusOpensOnlyOnceTheCycleIsInItsConsensusPhaseAndARefusalChangesNothing() throws Exception {
        var f = admin.call(() -> phasedScenario.build(PASSWORD, Phase.INDIVIDUAL_REVIEW));
        var team = f.teams().get(0);
        Long app = team.applicationId();
        var api = api();
        for (String member : team.everyone()) {
            api.submitAssessment(app, member, 50, Map.of());
        }
        refused(api.call("POST", sheetPath(app) + "/open", team.leader(), "{}"), 422, "konsensusfasen");
        refused(api.call("POST", sheetPath(app) + "/open", ADMIN, ADMIN_PASSWORD, "{\"override\":true}"), 422,
                "konsensusfasen");
        assertEquals("NOT_OPENED", sheet(app, team.leader()).getString("status"), "nothing opened");
        var own = ApiClient.json(api.ok("GET", "/assessments/applications/" + app + "/mine", team.leader(), null));
        assertEquals("SUBMITTED", own.getString("status"), "nothing locked");

        admin.call(() -> cycles.moveTo(f.cycleId(), Phase.CONSENSUS));
        assertEquals("OPEN", ApiClient.json(api.ok("POST", sheetPath(app) + "/open", team.leader(), "{}"))
                .getString("status"));
        // a late team in the jury phase still opens its consensus and writes its assessments
        var late = f.teams().get(1);
        admin.call(() -> cycles.moveTo(f.cycleId(), Phase.JURY));
        for (String member : late.everyone()) {
            api.submitAssessment(late.applicationId(), member, 60, Map.of());
        }
        assertEquals("OPEN", ApiClient.json(api.ok("POST", sheetPath(late.applicationId()) + "/open", late.leader(),
                "{}")).getString("status"));
    }

    /**
     * Regression (issue 12, break 5): after an examiner declared a conflict with an application of their team the
     * application was "not found" but its consensus sheet still showed every member's scores, and could be edited,
     * signed and closed. Now the conflict closes every route to the application's content for that person.
     */
    @Test
    void aDeclaredConflictClosesTheSheetTheVisitTheAssessmentsAndTheReportToThatExaminer() throws Exception {
        var f = admin.call(() -> phasedScenario.build(PASSWORD));
        var team = f.teams().get(0);
        Long app = team.applicationId();
        var api = api();
        String sheet = ConsensusSteps.open(api, team);
        String conflicted = team.members().get(0);
        String colleague = team.members().get(1);
        assertEquals(200, api.call("GET", sheet, conflicted, null).statusCode(), "on the team and free: reads");

        declareConflict(f.cycleId(), app, conflicted);
        var before = sheet(app, team.leader());
        var row = row(before, "1");
        long content = before.getJsonNumber("contentVersion").longValue();
        for (String path : List.of("/applications/" + app, sheet, sheet + "/visit",
                "/assessments/applications/" + app + "/mine", "/assessments/applications/" + app + "/submitted")) {
            var r = api.call("GET", path, conflicted, null);
            assertEquals(404, r.statusCode(), path + ": " + r.body());
            assertFalse(r.body().contains("Motivering"), path + " leaks the team's texts");
        }
        assertEquals(404, api.call("PUT", sheet + "/scores/1", conflicted,
                score(row.getJsonNumber("version").longValue(), 50, "Jävig ändring")).statusCode());
        assertEquals(404, api.call("PUT", sheet + "/themes", conflicted, "{\"expectedVersion\":"
                + before.getJsonNumber("version") + ",\"keyStrengths\":[\"x\"],\"keyImprovements\":[]}").statusCode());
        assertEquals(404, api.call("POST", sheet + "/signoff", conflicted, "{\"expectedVersion\":" + content + "}")
                .statusCode());
        var after = sheet(app, colleague);
        assertEquals(row.getJsonNumber("version").longValue(), row(after, "1").getJsonNumber("version").longValue(),
                "nothing changed");
        assertEquals(before.getJsonNumber("version").longValue(), after.getJsonNumber("version").longValue());
        assertTrue(after.getJsonArray("members").stream().noneMatch(m -> m.asJsonObject().containsKey("signedAt")
                && !m.asJsonObject().isNull("signedAt")), "no sign-off recorded");

        // a leader with a conflict neither closes nor reaches the report; the administrator still follows
        declareConflict(f.cycleId(), app, team.leader());
        assertEquals(404, api.call("GET", sheet, team.leader(), null).statusCode());
        assertEquals(404, api.call("POST", sheet + "/close", team.leader(), "{\"expectedVersion\":" + content + "}")
                .statusCode());
        assertEquals(404, api.call("POST", sheet + "/visit", team.leader(), null).statusCode());
        assertEquals(404, api.call("GET", "/feedback/reports/" + app, team.leader(), null).statusCode());
        assertEquals(404, api.call("POST", "/feedback/reports/" + app + "/draft", team.leader(), "{}").statusCode());
        assertEquals(200, api.call("GET", sheet, ADMIN, ADMIN_PASSWORD, null).statusCode());
        assertEquals(200, api.call("GET", sheet, colleague, null).statusCode(), "the free member still works");
    }

    /** Issue 12, item 7: a held site visit adjusts no score once the jury's phase has begun; refused, localized. */
    @Test
    void aSiteVisitAdjustsNoScoreOnceTheJuryPhaseHasBegun() throws Exception {
        var f = admin.call(() -> phasedScenario.build(PASSWORD));
        var team = f.teams().get(1);
        Long app = team.applicationId();
        String leader = team.leader();
        var api = api();
        String sheet = ConsensusSteps.open(api, team);
        ConsensusSteps.close(api, team, sheet);
        String visit = sheet + "/visit";
        long vv = ApiClient.json(api.ok("POST", visit, leader, null)).getJsonNumber("version").longValue();
        vv = ApiClient.json(api.ok("PUT", visit + "/plan", leader, "{\"expectedVersion\":" + vv + ",\"visitDate\":\""
                + LocalDate.now(ZoneId.of("Europe/Stockholm")) + "\",\"participants\":\"Teamet\",\"interviewees\":\"Rektor\"}"))
                .getJsonNumber("version").longValue();
        vv = ApiClient.json(api.ok("POST", visit + "/questions", leader, "{\"expectedVersion\":" + vv
                + ",\"criterionCode\":\"3\",\"question\":\"Hur följs det upp?\"}")).getJsonNumber("version").longValue();
        long questionId = ApiClient.json(api.ok("GET", visit, leader, null)).getJsonArray("questions").getJsonObject(0)
                .getJsonNumber("id").longValue();
        vv = ApiClient.json(api.ok("PUT", visit + "/questions/" + questionId, leader, "{\"expectedVersion\":" + vv
                + ",\"outcome\":\"VERIFIED\",\"note\":\"Som i ansökan.\"}")).getJsonNumber("version").longValue();
        api.ok("POST", visit + "/held", leader, "{\"expectedVersion\":" + vv + "}");
        assertTrue(ApiClient.json(api.ok("GET", visit, leader, null)).getBoolean("adjustmentsOpen"));

        admin.call(() -> cycles.moveTo(f.cycleId(), Phase.JURY));
        long rowVersion = row(sheet(app, leader), "3").getJsonNumber("version").longValue();
        String adjustment = "{\"expectedVersion\":" + rowVersion + ",\"value\":70,\"reason\":\"Besöket visade mer.\"}";
        refused(api.call("PUT", sheet + "/scores/3/adjustment", leader, adjustment), 422, "juryns fas");
        refused(api.call("PUT", sheet + "/scores/3/adjustment", ADMIN, ADMIN_PASSWORD, adjustment), 422, "juryns fas");
        var unchanged = row(sheet(app, leader), "3");
        assertEquals(rowVersion, unchanged.getJsonNumber("version").longValue(), "nothing changed");
        assertTrue(!unchanged.containsKey("adjustedValue") || unchanged.isNull("adjustedValue"));
        assertFalse(ApiClient.json(api.ok("GET", visit, leader, null)).getBoolean("adjustmentsOpen"),
                "the page no longer offers the form");
    }

    void declareConflict(Long cycleId, Long app, String email) {
        var declared = api().call("POST", "/conflicts/mine?cycleId=" + cycleId, email, "{\"actingAs\":\"EXAMINER\","
                + "\"applicationId\":" + app + ",\"reason\":\"OTHER\",\"explanation\":\"Min syster arbetar här\"}");
        assertEquals(201, declared.statusCode(), declared.body());
    }
}

package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * The team leader runs the consensus in a real browser: three examiners submitted (over REST), one criterion
 * 50 points apart; the leader opens the consensus, sees the flagged criterion first with the individual scores
 * side by side, records the agreed score; the consensus is closed (over REST) and the leader selects, plans and
 * holds the site visit and adjusts the flagged criterion, before and after shown. axe-core finds no WCAG 2.1
 * A/AA violation on the examiner's consensus list, the sheet before and after opening and after a save, and the
 * site-visit page before selection, planned and held.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsensusInTheBrowserIT {

    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final String PASSWORD = "Examinator-lösen 2013";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theLeaderOpensTheSheetSeesTheFlaggedCriterionFirstAndRecordsTheConsensus() {
        var api = new ApiClient(base.toString(), PASSWORD);
        JsonObject fixture = ApiClient.json(api.ok("POST", "/it/consensus-scenario?password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD, null));
        var team = fixture.getJsonArray("teams").getJsonObject(0);
        long app = team.getJsonNumber("applicationId").longValue();
        String leader = team.getString("leader");
        var members = team.getJsonArray("members");
        api.submitAssessment(app, leader, 50, Map.of());
        api.submitAssessment(app, members.getString(0), 60, Map.of("3", 20));
        api.submitAssessment(app, members.getString(1), 55, Map.of("3", 70));

        try (var browser = Browser.signedIn(base.toString(), leader, PASSWORD)) {
            browser.open("/consensus/mine.xhtml");
            assertEquals("Konsensus och platsbesök", browser.h1());
            assertEquals("", browser.accessibilityViolations(), "the examiner's consensus list");

            var sheet = new ConsensusSheetPage(browser).open(app);
            assertEquals("Konsensusunderlag", browser.h1());
            assertEquals("Inte öppnad", sheet.status());
            assertEquals("", browser.accessibilityViolations(), "the sheet before opening");

            sheet.openConsensus();
            assertTrue(sheet.messages().contains("Konsensus är öppnad"), sheet.messages());
            assertEquals("Öppen", sheet.status());
            var order = sheet.criteriaInOrder();
            assertEquals(9, order.size());
            assertTrue(order.get(0).startsWith("3 ") && order.get(0).contains("stor spridning"), order.get(0));
            assertTrue(order.stream().skip(1).noneMatch(c -> c.contains("stor spridning")), order.toString());
            var scores = sheet.individualScores(0);
            assertTrue(scores.containsAll(java.util.List.of("50", "20", "70")), scores.toString());
            assertEquals("", browser.accessibilityViolations(), "the opened sheet with a flagged criterion");

            sheet.record(0, "45", "Vi enades efter diskussion om uppföljningen.");
            assertTrue(sheet.messages().contains("Sparat"), sheet.messages());
            assertTrue(sheet.individualScores(0).contains("45"), sheet.individualScores(0).toString());
            assertEquals("", browser.accessibilityViolations(), "the sheet after a save");

            // the rest of the consensus over REST, then the site visit in the browser
            closeOverRest(api, app, leader, members.getString(0), members.getString(1));
            var visit = new SiteVisitPage(browser).open(app);
            assertEquals("Platsbesök", browser.h1());
            assertTrue(browser.text().contains("Ansökan är inte vald för platsbesök"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the site-visit page before selection");
            visit.select();
            assertTrue(visit.messages().contains("vald för platsbesök"), visit.messages());
            visit.plan(LocalDate.now(ZoneId.of("Europe/Stockholm")).toString(), "Hela teamet", "Rektor");
            assertTrue(visit.messages().contains("Sparat"), visit.messages());
            visit.ask("3", "Hur följs arbetssätten upp i hela verksamheten?");
            assertTrue(browser.text().contains("Hur följs arbetssätten upp"), browser.text());
            visit.recordOutcome(0, "NEW_FINDING", "Uppföljningen är mer systematisk än ansökan visar.");
            assertTrue(visit.messages().contains("Sparat"), visit.messages());
            assertEquals("", browser.accessibilityViolations(), "the planned site visit with a question");
            visit.markHeld();
            assertTrue(visit.messages().contains("genomfört"), visit.messages());
            visit.adjust("3", "60", "Besöket visade uppföljning i hela verksamheten.");
            assertTrue(visit.messages().contains("Sparat"), visit.messages());
            var row = visit.beforeAfter("3");
            assertTrue(row.get(0).startsWith("45"), row.toString());
            assertTrue(row.get(1).startsWith("60"), row.toString());
            assertEquals("Besöket visade uppföljning i hela verksamheten.", row.get(2));
            assertEquals("", browser.accessibilityViolations(), "the held site visit with an adjusted score");
        }
    }

    /**
     * Justifies every criterion with strengths and improvements, writes themes and the recommendation, everyone
     * signs, the leader closes.
     */
    static void closeOverRest(ApiClient api, long app, String leader, String m1, String m2) {
        String path = "/consensus/applications/" + app;
        var sheet = ApiClient.json(api.ok("GET", path, leader, null));
        for (var r : sheet.getJsonArray("rows").stream().map(v -> v.asJsonObject()).toList()) {
            if (!r.containsKey("strengths") || r.isNull("strengths")) {
                String justification = r.containsKey("justification") && !r.isNull("justification")
                        ? r.getString("justification") : "Enigt.";
                api.ok("PUT", path + "/scores/" + r.getString("code"), leader, Json.createObjectBuilder()
                        .add("expectedVersion", r.getJsonNumber("version").longValue()).add("value", r.getInt("value"))
                        .add("justification", justification).add("strengths", "Styrka " + r.getString("code"))
                        .add("improvements", "Förbättring " + r.getString("code")).build().toString());
            }
        }
        long version = ApiClient.json(api.ok("GET", path, leader, null)).getJsonNumber("version").longValue();
        version = ApiClient.json(api.ok("PUT", path + "/themes", leader, Json.createObjectBuilder()
                .add("expectedVersion", version)
                .add("keyStrengths", Json.createArrayBuilder(List.of("Åtaganden", "Brukarfokus", "Goda exempel")))
                .add("keyImprovements", Json.createArrayBuilder(List.of("Analys", "Jämförelser", "Uppföljning")))
                .build().toString())).getJsonNumber("version").longValue();
        api.ok("PUT", path + "/recommendation", leader, "{\"expectedVersion\":" + version + ",\"siteVisit\":true}");
        long content = ApiClient.json(api.ok("GET", path, leader, null)).getJsonNumber("contentVersion").longValue();
        for (String member : List.of(leader, m1, m2)) {
            api.ok("POST", path + "/signoff", member, "{\"expectedVersion\":" + content + "}");
        }
        api.ok("POST", path + "/close", leader, "{\"expectedVersion\":" + content + "}");
    }
}

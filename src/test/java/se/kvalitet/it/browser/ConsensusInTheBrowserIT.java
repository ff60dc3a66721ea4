package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * side by side, records the agreed score. axe-core finds no WCAG 2.1 A/AA violation on the sheet before and
 * after opening, after a save, on the site-visit page and on the examiner's consensus list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsensusInTheBrowserIT {

    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final String PASSWORD = "Examinator-lösen 2013";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theLeaderOpensTheSheetSeesTheFlaggedCriterionFirstAndRecordsTheConsensus() {
        var api = new ApiClient(base.toString(), PASSWORD);
        JsonObject fixture = ApiClient.json(api.ok("POST", "/it/consensus-scenario?firstYear=2013&lastYear=2014&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD, null));
        var team = fixture.getJsonArray("teams").getJsonObject(0);
        long app = team.getJsonNumber("applicationId").longValue();
        String leader = team.getString("leader");
        var members = team.getJsonArray("members");
        api.submitAssessment(app, leader, 50, Map.of());
        api.submitAssessment(app, members.getString(0), 60, Map.of("3", 20));
        api.submitAssessment(app, members.getString(1), 55, Map.of("3", 70));

        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn(leader, PASSWORD);
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

            browser.open("/consensus/visit.xhtml?application=" + app);
            assertEquals("Platsbesök", browser.h1());
            assertTrue(browser.text().contains("Ansökan är inte vald för platsbesök"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the site-visit page");
        }
    }
}

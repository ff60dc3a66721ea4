package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.ConsensusScenario;
import se.kvalitet.it.ConsensusSteps;
import se.kvalitet.it.Deployments;

/**
 * The feedback pages in a real browser: the team leader drafts the report from the closed consensus and follows
 * the progress overview of their teams; the administrator sees the cycle's reports, the overview (table and chart
 * with its text alternative) and reviews the draft. axe-core finds no WCAG 2.1 A/AA violation on any of them.
 * Cycle years 2018–2019 (engineer C's range; FeedbackIT uses 2015–2017).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackInTheBrowserIT {

    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final String PASSWORD = "Examinator-lösen 2018";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theLeaderDraftsAndTheAdministratorReviewsAndFollowsProgress() throws Exception {
        var fixture = scenario();
        long cycleId = fixture.getJsonNumber("cycleId").longValue();
        var first = fixture.getJsonArray("teams").getJsonObject(0);
        var team = new ConsensusScenario.TeamFixture(first.getJsonNumber("applicationId").longValue(),
                first.getString("leader"), first.getJsonArray("members").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        var api = new ApiClient(base.toString(), PASSWORD);
        ConsensusSteps.close(api, team, ConsensusSteps.open(api, team));

        try (var browser = Browser.signedIn(base.toString(), team.leader(), PASSWORD)) {
            browser.open("/feedback/report.xhtml?application=" + team.applicationId());
            assertEquals("Återkopplingsrapport", browser.h1());
            assertTrue(browser.text().contains("Avslutad"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the report page before the draft");
            browser.driver().findElement(By.id("work:draft")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Utkastet är sparat"), browser.text());
            assertTrue(browser.driver().findElement(By.id("status")).getText().contains("Utkast"));
            assertEquals("", browser.accessibilityViolations(), "the report page with a draft");

            browser.open("/feedback/overview.xhtml?cycle=" + cycleId);
            assertEquals("Lägesöversikt", browser.h1());
            assertEquals(1, browser.driver().findElements(By.cssSelector("#progress > tbody > tr")).size(),
                    "the leader sees the team they lead");
            assertEquals("", browser.accessibilityViolations(), "the leader's overview");
            new Shell(browser).signOut();

            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.open("/feedback/reports.xhtml?cycle=" + cycleId);
            assertEquals("Återkopplingsrapporter", browser.h1());
            assertTrue(browser.text().contains("Utkast"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the cycle's reports");

            browser.open("/feedback/overview.xhtml?cycle=" + cycleId);
            int rows = browser.driver().findElements(By.cssSelector("#progress > tbody > tr")).size();
            assertTrue(rows >= 4, "every team of the cycle: " + rows);
            String description = browser.driver().findElement(By.id("chart-desc")).getAttribute("textContent");
            assertTrue(description.contains("Konsensus avslutad: 1"), description);
            assertTrue(description.contains("Återkoppling i utkast: 1"), description);
            assertEquals("", browser.accessibilityViolations(), "the administrator's overview");

            browser.open("/feedback/report.xhtml?application=" + team.applicationId());
            browser.driver().findElement(By.id("work:review")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Återkopplingen är granskad"), browser.text());
            assertFalse(browser.driver().findElements(By.id("work:release")).isEmpty(), "release offered next");
            assertEquals("", browser.accessibilityViolations(), "the report page after review");
        }
    }

    /** Teams at individual review, built through the test-only endpoint as the demo administrator. */
    JsonObject scenario() throws Exception {
        return new ApiClient(base.toString()).scenario("consensus", PASSWORD);
    }
}

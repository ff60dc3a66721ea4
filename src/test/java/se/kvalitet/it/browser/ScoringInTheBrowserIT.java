package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.regex.Pattern;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * Two examiners of one team score an application in a real browser: the first scores every criterion (band and
 * points shown as they choose, autosaved), is refused on submit while a justification is missing, completes and
 * submits, and then sees the team's submitted assessments. The second, still blind, is told to submit first and
 * sees nothing of the first one's work; after submitting, both assessments are side by side. axe-core finds no
 * WCAG 2.1 A/AA violation on the list, the form, the refusal and the team's view.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScoringInTheBrowserIT {

    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final String PASSWORD = "Bedömning-lösen 2027";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void twoExaminersScoreBlindThenSeeEachOther() throws Exception {
        var fixture = scenario();
        var team = fixture.getJsonArray("teams").getJsonObject(0);
        long applicationId = team.getJsonNumber("applicationId").longValue();
        var emailById = new HashMap<Long, String>();
        var ids = fixture.getJsonObject("fixture").getJsonObject("examinerIds");
        var emails = fixture.getJsonObject("fixture").getJsonObject("emails");
        ids.keySet().forEach(k -> emailById.put(ids.getJsonNumber(k).longValue(), emails.getString(k)));
        List<String> members = team.getJsonArray("members").stream()
                .map(m -> emailById.get(m.asJsonObject().getJsonNumber("personId").longValue())).toList();
        String first = members.get(1);
        String second = members.get(2);
        for (String email : members) {
            confirm(applicationId, email);
        }

        try (var browser = Browser.signedIn(base.toString(), first, PASSWORD)) {
            browser.open("/scoring/mine.xhtml");
            assertEquals("Mina bedömningar", browser.h1());
            assertTrue(browser.text().contains("Inte påbörjad"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the examiner's list");

            var form = new AssessPage(browser).open(applicationId);
            assertEquals("Individuell bedömning", browser.h1());
            assertEquals(9, form.criteria());
            assertTrue(browser.text().contains("Svar på 1."), "the application's answer beside the form");
            assertEquals("", browser.accessibilityViolations(), "the empty form");

            form.score(0, "35 %");
            assertTrue(form.band(0).startsWith("30–45 %"), form.band(0));
            assertEquals("35.0", form.points(0), "35 % of 100 points");
            assertEquals("Utkast", form.status(), "the first change saved a draft");
            for (int row = 1; row < 9; row++) {
                form.score(row, "70 %");
            }
            for (int row = 0; row < 8; row++) {
                form.justify(row, "FÖRSTAS motivering " + row);
            }
            assertTrue(form.total().startsWith("665.0 /"), form.total());
            form.submit();
            assertTrue(browser.text().contains("motivering saknas för 9"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the form with a refusal");

            // nothing lost: a fresh load shows what was autosaved
            form.open(applicationId);
            assertEquals("35.0", form.points(0));
            form.justify(8, "FÖRSTAS motivering 8");
            form.submit();
            assertTrue(browser.path().startsWith("/scoring/team.xhtml"), browser.path());
            assertTrue(browser.text().contains("Bedömningen är inlämnad"), browser.text());
            assertEquals(2, browser.driver().findElements(By.cssSelector("#scores thead th")).size(), "one examiner so far");
            assertEquals("", browser.accessibilityViolations(), "the team's view");
            new Shell(browser).signOut();

            // the second examiner is still blind: the refusal and nothing of the first one's work
            browser.signIn(second, PASSWORD);
            browser.open("/scoring/team.xhtml?application=" + applicationId);
            assertTrue(browser.text().contains("först när du har lämnat in din egen"), browser.text());
            assertFalse(browser.driver().getPageSource().contains("FÖRSTAS"), "no teammate's text in the page");
            assertTrue(browser.driver().findElements(By.id("scores")).isEmpty());
            assertEquals("", browser.accessibilityViolations(), "the refusal");
            form.open(applicationId);
            assertFalse(browser.driver().getPageSource().contains("FÖRSTAS"), "the own form shows only one's own");
            for (int row = 0; row < 9; row++) {
                form.score(row, "50 %");
                form.justify(row, "ANDRAS motivering " + row);
            }
            form.submit();
            assertTrue(browser.path().startsWith("/scoring/team.xhtml"), browser.path());
            assertEquals(3, browser.driver().findElements(By.cssSelector("#scores thead th")).size(), "both side by side");
            assertTrue(browser.text().contains("FÖRSTAS motivering 0"), "after submitting, the team's texts");
            assertEquals("", browser.accessibilityViolations(), "the team's view with two");
            browser.open("/scoring/assess.xhtml?application=" + applicationId);
            assertTrue(browser.driver().findElements(By.id("assess:submit")).isEmpty(), "read-only once submitted");
        }
    }

    @Test
    void theTimerSavesWhatIsTypedWithoutLeavingTheFieldAndSigningOutSavesFirst() throws Exception {
        var fixture = scenario();
        var team = fixture.getJsonArray("teams").getJsonObject(1);
        long applicationId = team.getJsonNumber("applicationId").longValue();
        var emailById = new HashMap<Long, String>();
        var ids = fixture.getJsonObject("fixture").getJsonObject("examinerIds");
        var emails = fixture.getJsonObject("fixture").getJsonObject("emails");
        ids.keySet().forEach(k -> emailById.put(ids.getJsonNumber(k).longValue(), emails.getString(k)));
        String examiner = emailById.get(team.getJsonArray("members").getJsonObject(1).getJsonNumber("personId").longValue());
        confirm(applicationId, examiner);

        try (var browser = new Browser(base.toString())) {
            var d = browser.driver();
            browser.signIn(examiner, PASSWORD);
            var form = new AssessPage(browser).open(applicationId);
            assertEquals("", d.findElement(By.id("assess:saveStatus")).getText(), "nothing saved yet");
            assertTrue(browser.text().contains("var 20:e sekund"), "the page says how it saves: " + browser.text());

            // typing, and staying in the field: the timer saves it
            String typed = "TIMERN sparar medan jag skriver";
            var justification = d.findElement(By.id("assess:rows:0:justification"));
            justification.click();
            justification.sendKeys(typed);
            new WebDriverWait(d, Duration.ofSeconds(60), Duration.ofMillis(100)).until(ExpectedConditions.textMatches(
                    By.id("assess:saveStatus"), Pattern.compile("Sparat \\d{2}:\\d{2}")));
            assertEquals(justification, d.switchTo().activeElement(), "still in the field: no blur saved it");
            assertEquals("Utkast", form.status());
            assertEquals("", browser.accessibilityViolations(), "the form with its save status");
            form.open(applicationId);
            assertEquals(typed, d.findElement(By.id("assess:rows:0:justification")).getAttribute("value"),
                    "a reload shows what the timer saved");

            // typing and signing out at once: the page saves before it leaves
            String last = "SKRIVET precis innan utloggningen";
            var strengths = d.findElement(By.id("assess:rows:1:strengths"));
            strengths.click();
            strengths.sendKeys(last);
            new Shell(browser).signOut();
            browser.waitForH1("Logga in");
            browser.signIn(examiner, PASSWORD);
            form.open(applicationId);
            assertEquals(last, d.findElement(By.id("assess:rows:1:strengths")).getAttribute("value"),
                    "nothing lost on signing out");
            assertEquals(typed, d.findElement(By.id("assess:rows:0:justification")).getAttribute("value"));
        }
    }

    void confirm(long applicationId, String email) throws Exception {
        var response = new ApiClient(base.toString(), PASSWORD).call("POST", "/assignments/me/" + applicationId
                + "/no-conflict", email, null);
        assertEquals(204, response.statusCode(), response.body());
    }

    static JsonObject scenario;

    /** One scenario for the class (its teams are independent: each test takes its own). */
    synchronized JsonObject scenario() throws Exception {
        if (scenario == null) {
            scenario = buildScenario();
        }
        return scenario;
    }

    JsonObject buildScenario() throws Exception {
        return new ApiClient(base.toString()).scenario("scoring", PASSWORD);
    }
}

package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * Two cycles under way at once, as a city lives it: the demo's cycle this year is with the jury while another
 * cycle accepts applications (the application scenario, in a year of the test's own). The administrator finds the
 * cycle choice on Tilldelning, Team, Lägesöversikt, Återkopplingsrapporter and Ansökningar, chooses the open cycle,
 * finds it remembered on every other such page (with ?cycle= in the address), and chooses the demo's cycle back;
 * the start pages speak of each cycle the person has work in (the applicant is told the open cycle accepts
 * applications); the team leader reaches the report from their teams. axe-core finds nothing on any page.
 * The second test walks every role's own pages with both cycles under way: the applicant's, the examiner's (their
 * record and conflicts of either cycle), a team leader of a later cycle reaching their report draft, the juror's and
 * the chair's, the staff's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OverlappingCyclesInTheBrowserIT {

    static final String PASSWORD = "Kvalitet2026!";
    static final String ADMIN = "admin@kvalitet.demo";
    static final List<String> CYCLE_PAGES = List.of("/assignments/proposal.xhtml", "/assignments/teams.xhtml",
            "/feedback/overview.xhtml", "/feedback/reports.xhtml", "/applications/all.xhtml", "/examiners/register.xhtml",
            "/conflicts/cycle.xhtml", "/examiners/courses.xhtml", "/jury/workspace.xhtml", "/renewal/ranking.xhtml");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    ApiClient api() {
        return new ApiClient(base.toString(), PASSWORD);
    }

    /** A cycle accepting applications beside the demo's (years 2000–2100, a year taken earlier is skipped). */
    JsonObject openCycle() {
        return ApiClient.json(api().ok("POST", "/it/application-scenario?password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), ADMIN, null));
    }

    /** The demo's cycle this year, with the jury: id and name. */
    JsonObject demoCycle() {
        int year = Year.now().getValue();
        return ApiClient.jsonArray(api().ok("GET", "/cycles", ADMIN, null)).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getInt("year") == year).findFirst().orElseThrow();
    }

    @Test
    void everyRoleFindsBothCyclesAndTheAdministratorsChoiceIsRemembered() {
        var open = openCycle();
        long openId = open.getJsonNumber("cycleId").longValue();
        String openName = open.getString("cycleName");
        var demo = demoCycle();
        long demoId = demo.getJsonNumber("id").longValue();
        String demoName = demo.getString("name");
        assertEquals("JURY", demo.getString("phase"), "the demo's cycle is with the jury");
        try (var browser = new Browser(base.toString())) {
            var d = browser.driver();
            new SignInPage(browser).open().signIn(ADMIN, PASSWORD);
            browser.waitForH1("Välkommen");
            String cycles = d.findElement(By.id("cycles")).getText();
            assertTrue(cycles.contains(demoName + " – fas: Domarkommitté"), cycles);
            assertTrue(cycles.contains(openName + " – fas: Ansökan öppen"), "the administrator's start page has both: " + cycles);
            assertTrue(browser.text().contains("Utmärkelseåret " + open.getInt("year") + " är i fasen Ansökan öppen"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the administrator's start page");

            // every page that belongs to a cycle has the choice; the open cycle chosen once is remembered on the others
            browser.open("/applications/all.xhtml?cycle=" + demoId);
            choose(browser, openName, openId);
            assertEquals(openName, chosenLabel(browser).split(" – ")[0]);
            assertTrue(d.findElement(By.id("all:counts")).getText().contains("Inskickad"), "the open cycle's applications");
            assertEquals("", browser.accessibilityViolations(), "Ansökningar with the cycle choice");
            for (String page : CYCLE_PAGES) {
                browser.open(page);
                assertTrue(chosenLabel(browser).startsWith(openName), page + " opens on the remembered cycle: " + chosenLabel(browser));
                assertTrue(addresses(d.getCurrentUrl(), openId), page + " says so in its address: " + d.getCurrentUrl());
                assertEquals("", browser.accessibilityViolations(), page + " on the open cycle");
            }
            assertTrue(browser.text().contains(openName) || browser.h1().equals("Ansökningar"), browser.text());

            // and back to the demo's cycle, with the jury, from the choice on each page
            for (String page : CYCLE_PAGES) {
                browser.open(page);
                choose(browser, demoName, demoId);
                assertTrue(chosenLabel(browser).startsWith(demoName), page + ": " + chosenLabel(browser));
                assertEquals("", browser.accessibilityViolations(), page + " on the demo's cycle");
            }
            browser.open("/assignments/teams.xhtml");
            assertFalse(d.findElements(By.id("committed")).isEmpty(), "the demo's committed teams: " + browser.text());
            browser.open("/feedback/overview.xhtml");
            assertTrue(d.findElements(By.cssSelector("#progress > tbody > tr")).size() >= 4, "the demo's teams at every stage");
            new Shell(browser).signOut();

            // the applicant is told that the other cycle accepts applications
            new SignInPage(browser).open().signIn("sokande@kvalitet.demo", PASSWORD);
            browser.waitForH1("Välkommen");
            cycles = d.findElement(By.id("cycles")).getText();
            assertTrue(cycles.contains(openName), "the open cycle is announced: " + cycles);
            assertTrue(cycles.contains(demoName), "the unit's own application is in the demo's cycle: " + cycles);
            assertTrue(browser.text().contains("Ansökningsperioden för " + open.getInt("year") + " är öppen"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the applicant's start page");
            new Shell(browser).signOut();

            // the examiner: this year's late work and the open cycle's preparation
            new SignInPage(browser).open().signIn("examinator@kvalitet.demo", PASSWORD);
            browser.waitForH1("Välkommen");
            cycles = d.findElement(By.id("cycles")).getText();
            assertTrue(cycles.contains(demoName) && cycles.contains(openName), cycles);
            assertTrue(browser.text().contains("Juryn arbetar med " + Year.now().getValue()), browser.text());
            assertTrue(browser.text().contains("Anmäl jäv för " + open.getInt("year")), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the examiner's start page");
            new Shell(browser).signOut();

            // the team leader: both cycles, and the report of each team they lead from their teams
            new SignInPage(browser).open().signIn("lagledare@kvalitet.demo", PASSWORD);
            browser.waitForH1("Välkommen");
            cycles = d.findElement(By.id("cycles")).getText();
            assertTrue(cycles.contains(demoName) && cycles.contains(openName), cycles);
            assertEquals("", browser.accessibilityViolations(), "the leader's start page");
            browser.open("/consensus/mine.xhtml");
            var reports = d.findElements(By.cssSelector("a[id$=':report']"));
            assertFalse(reports.isEmpty(), "a report link per team the leader leads: " + browser.text());
            assertEquals("", browser.accessibilityViolations(), "the leader's teams");
            reports.get(0).click();
            browser.waitForH1("Återkopplingsrapport");
            assertTrue(browser.path().startsWith("/feedback/report.xhtml?application="), browser.path());
            browser.open("/feedback/overview.xhtml?cycle=" + demoId);
            assertTrue(chosenLabel(browser).startsWith(demoName), chosenLabel(browser));
            assertEquals("", browser.accessibilityViolations(), "the leader's overview with the cycle choice");
        } finally {
            // other tests' administrator pages open on the demo's cycle when they name none
            api().ok("PUT", "/cycles/chosen", ADMIN, "{\"cycleId\":" + demoId + "}");
        }
    }

    static final List<String> DEMO_PEOPLE = List.of("sokande@kvalitet.demo", "examinator@kvalitet.demo",
            "jury@kvalitet.demo", "ordforande@kvalitet.demo", "medarbetare@kvalitet.demo");

    @Test
    void everyRolesOwnPagesWithOneCycleWithTheJuryAndOneAcceptingApplications() {
        var open = openCycle();
        long openId = open.getJsonNumber("cycleId").longValue();
        String openName = open.getString("cycleName");
        var demo = demoCycle();
        long demoId = demo.getJsonNumber("id").longValue();
        String demoName = demo.getString("name");
        // a later cycle whose team has closed its consensus and drafted the report
        var api = api();
        var later = api.scenario("consensus", PASSWORD);
        var first = later.getJsonArray("teams").getJsonObject(0);
        var team = new se.kvalitet.it.ConsensusScenario.TeamFixture(first.getJsonNumber("applicationId").longValue(),
                first.getString("leader"), first.getJsonArray("members").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        se.kvalitet.it.ConsensusSteps.close(api, team, se.kvalitet.it.ConsensusSteps.open(api, team));
        api.ok("POST", "/feedback/reports/" + team.applicationId() + "/draft", team.leader(), "{}");
        String laterName = ApiClient.json(api.ok("GET", "/cycles/" + later.getJsonNumber("cycleId"), ADMIN, null)).getString("name");
        try (var browser = new Browser(base.toString())) {
            var d = browser.driver();

            // the applicant: their applications over the years and their feedback
            new SignInPage(browser).open().signIn("sokande@kvalitet.demo", PASSWORD);
            browser.waitForH1("Välkommen");
            for (String page : List.of("/applications/mine.xhtml", "/feedback/mine.xhtml", "/examples/consent.xhtml")) {
                browser.open(page);
                assertEquals("", browser.accessibilityViolations(), "the applicant's " + page);
            }
            new Shell(browser).signOut();

            // the examiner: this year's record and work, and conflicts declared for next year's open cycle
            new SignInPage(browser).open().signIn("examinator@kvalitet.demo", PASSWORD);
            browser.waitForH1("Välkommen");
            browser.open("/conflicts/mine.xhtml?cycle=" + openId);
            assertTrue(chosenLabel(browser).startsWith(openName), chosenLabel(browser));
            assertTrue(browser.text().contains(String.valueOf(open.getInt("year"))), "the open cycle's conflicts: " + browser.text());
            assertEquals("", browser.accessibilityViolations(), "the examiner's conflicts for the open cycle");
            for (String page : List.of("/examiners/mine.xhtml", "/conflicts/mine.xhtml", "/examiners/calibrations.xhtml")) {
                browser.open(page + "?cycle=" + demoId);
                assertTrue(chosenLabel(browser).startsWith(demoName), page + ": " + chosenLabel(browser));
                assertEquals("", browser.accessibilityViolations(), "the examiner's " + page);
            }
            assertTrue(browser.text().contains("Kalibreringsövningar"), browser.text());
            for (String page : List.of("/assignments/mine.xhtml", "/scoring/mine.xhtml", "/consensus/mine.xhtml")) {
                browser.open(page);
                assertEquals("", browser.accessibilityViolations(), "the examiner's " + page);
            }
            new Shell(browser).signOut();

            // the team leader of the later cycle: their cycle on the start page, and the report draft from their teams
            new SignInPage(browser).open().signIn(team.leader(), PASSWORD);
            browser.waitForH1("Välkommen");
            String cycles = d.findElement(By.id("cycles")).getText();
            assertTrue(cycles.contains(laterName), "the leader's cycle: " + cycles);
            assertEquals("", browser.accessibilityViolations(), "the later leader's start page");
            browser.open("/consensus/mine.xhtml");
            var report = d.findElements(By.cssSelector("a[id$=':report']")).stream()
                    .filter(a -> a.getAttribute("href").contains("application=" + team.applicationId())).toList();
            assertEquals(1, report.size(), "the report of the team whose consensus closed: " + browser.text());
            report.get(0).click();
            browser.waitForH1("Återkopplingsrapport");
            assertTrue(d.findElement(By.id("status")).getText().contains("Utkast"), "the draft of the later cycle: " + browser.text());
            assertEquals("", browser.accessibilityViolations(), "the later cycle's report draft");
            new Shell(browser).signOut();

            // the juror: the jury's cycle by default, the open one on the start page too
            new SignInPage(browser).open().signIn("jury@kvalitet.demo", PASSWORD);
            browser.waitForH1("Välkommen");
            cycles = d.findElement(By.id("cycles")).getText();
            assertTrue(cycles.contains(demoName), "the juror's start page: " + cycles);
            assertEquals("", browser.accessibilityViolations(), "the juror's start page");
            for (String page : List.of("/jury/workspace.xhtml", "/renewal/entries.xhtml", "/renewal/ranking.xhtml", "/conflicts/mine.xhtml")) {
                browser.open(page + "?cycle=" + demoId);
                assertTrue(chosenLabel(browser).startsWith(demoName), page + ": " + chosenLabel(browser));
                assertEquals("", browser.accessibilityViolations(), "the juror's " + page);
            }
            new Shell(browser).signOut();

            // the chair: the meeting of the jury's cycle
            new SignInPage(browser).open().signIn("ordforande@kvalitet.demo", PASSWORD);
            browser.waitForH1("Välkommen");
            assertTrue(d.findElement(By.id("cycles")).getText().contains(demoName));
            assertEquals("", browser.accessibilityViolations(), "the chair's start page");
            browser.open("/jury/workspace.xhtml?cycle=" + demoId);
            assertEquals("", browser.accessibilityViolations(), "the chair's workspace");
            browser.open("/jury/meeting.xhtml?cycle=" + demoId);
            assertEquals("", browser.accessibilityViolations(), "the chair's meeting");
            new Shell(browser).signOut();

            // staff: the start page and the library
            new SignInPage(browser).open().signIn("medarbetare@kvalitet.demo", PASSWORD);
            browser.waitForH1("Välkommen");
            assertEquals("", browser.accessibilityViolations(), "the staff's start page");
            browser.open("/examples/library.xhtml");
            assertEquals("", browser.accessibilityViolations(), "the library");
        } finally {
            // the demo's people open on the demo's cycle again when an address names none
            for (String person : DEMO_PEOPLE) {
                api.ok("PUT", "/cycles/chosen", person, "{\"cycleId\":" + demoId + "}");
            }
        }
    }

    /** The label the page's cycle choice shows. */
    /** The address names exactly this cycle ({@code cycle=2} is not {@code cycle=23}). */
    static boolean addresses(String url, long cycleId) {
        return java.util.regex.Pattern.compile("[?&]cycle=" + cycleId + "(&|#|$)").matcher(url).find();
    }

    static String chosenLabel(Browser browser) {
        return browser.driver().findElement(By.id("cycleChoice:cycle_label")).getText();
    }

    /**
     * Chooses a cycle in the page's PrimeFaces select, as a person does (open the list, click the cycle), and waits
     * for the page to load with it in the address. The list is opened again if a click landed while it was still
     * sliding open on a slow machine.
     */
    static void choose(Browser browser, String cycleName, long cycleId) {
        var d = browser.driver();
        var item = By.xpath("//div[@id='cycleChoice:cycle_panel']//li[starts-with(@data-label, '" + cycleName + " – ')]");
        for (int attempt = 0; attempt < 3 && !addresses(d.getCurrentUrl(), cycleId); attempt++) {
            d.findElement(By.id("cycleChoice:cycle")).click();
            new WebDriverWait(d, Duration.ofSeconds(20), Duration.ofMillis(100)).until(ExpectedConditions.visibilityOfElementLocated(item));
            browser.waitForPage();
            d.findElement(item).click();
            try {
                new WebDriverWait(d, Duration.ofSeconds(10), Duration.ofMillis(100)).until(x -> addresses(x.getCurrentUrl(), cycleId));
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // the panel was still opening: try again
            }
        }
        assertTrue(addresses(d.getCurrentUrl(), cycleId), d.getCurrentUrl());
        browser.waitForPage();
        try {
            new WebDriverWait(d, Duration.ofSeconds(20), Duration.ofMillis(100)).until(x -> chosenLabel(browser).startsWith(cycleName));
        } catch (org.openqa.selenium.TimeoutException wrong) {
            throw new AssertionError(d.getCurrentUrl() + " shows '" + chosenLabel(browser) + "', not " + cycleName, wrong);
        }
    }
}

package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * The whole assessment path of issue 5 in a real browser, every step by the person whose step it is: the two
 * examiners of a team confirm no conflict and score every criterion (50 points apart on criterion 3, above the
 * model's threshold of 30) and submit; the leader opens the consensus, sees criterion 3 flagged and listed first,
 * records the consensus scores, key themes and recommendation; both sign off and the leader closes; the leader
 * drafts the feedback report, the administrator reviews and releases it (the feedback date is today), and an
 * applicant of the unit downloads it as a PDF. axe-core finds no WCAG 2.1 A/AA violation on any page visited.
 * Cycle years 2027–2029.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentPathInTheBrowserIT {

    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final String PASSWORD = "Hela-vägen-lösen 2028";
    static final int CRITERIA = 9;
    static final int SPREAD_ROW = 2;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void twoExaminersScoreTheTeamAgreesTheReportReachesTheApplicant() throws Exception {
        var api = new ApiClient(base.toString(), PASSWORD);
        JsonObject fixture = ApiClient.json(api.ok("POST", "/it/path-scenario?password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD, null));
        long app = fixture.getJsonNumber("applicationId").longValue();
        long cycleId = fixture.getJsonNumber("cycleId").longValue();
        String leader = fixture.getString("leader");
        String member = fixture.getString("member");
        String applicant = fixture.getString("applicant");

        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open();
            assertClean(browser, "the sign-in page");

            // 1. individual assessment, each examiner on their own
            assess(browser, app, leader, "70 %", "20 %", "LEDAREN");
            assess(browser, app, member, "60 %", "70 %", "MEDLEMMEN");

            // 2. consensus: the leader opens, the flagged criterion first
            browser.signIn(leader, PASSWORD);
            browser.open("/consensus/mine.xhtml");
            assertClean(browser, "the leader's consensus list");
            var sheet = new ConsensusSheetPage(browser).open(app);
            assertEquals("Inte öppnad", sheet.status());
            assertClean(browser, "the sheet before opening");
            sheet.openConsensus();
            assertTrue(sheet.messages().contains("Konsensus är öppnad"), sheet.messages());
            List<String> order = sheet.criteriaInOrder();
            assertEquals(CRITERIA, order.size());
            assertTrue(order.get(0).startsWith("3 ") && order.get(0).contains("stor spridning"), order.get(0));
            assertTrue(order.stream().skip(1).noneMatch(c -> c.contains("stor spridning")), order.toString());
            assertTrue(sheet.individualScores(0).containsAll(List.of("20", "70", "50")),
                    "both scores side by side and a spread of 50: " + sheet.individualScores(0));
            assertClean(browser, "the opened sheet with a flagged criterion");

            for (int row = 0; row < CRITERIA; row++) {
                recordCriterion(browser, row, row == 0 ? "45" : null);
            }
            click(browser, "criteria:save"); // one save keeps every criterion
            assertTrue(sheet.messages().contains("Sparat"), sheet.messages());
            assertTrue(sheet.individualScores(0).contains("45"), sheet.individualScores(0).toString());
            type(browser, "themes:strengths", "Tydliga åtaganden\nBrukarna i fokus\nGoda exempel");
            type(browser, "themes:improvements", "Analys av resultat\nJämförelser med andra\nSystematisk uppföljning");
            click(browser, "themes:save");
            assertTrue(sheet.messages().contains("Sparat"), sheet.messages());
            browser.driver().findElement(By.cssSelector("input[name='recommendation:siteVisit'][value='false']")).click();
            type(browser, "recommendation:level", "Diplom");
            click(browser, "recommendation:save");
            assertTrue(sheet.messages().contains("Sparat"), sheet.messages());
            click(browser, "signing:signOff");
            assertTrue(sheet.messages().contains("Du har skrivit under"), sheet.messages());
            assertClean(browser, "the sheet filled in and signed by the leader");
            new Shell(browser).signOut();

            browser.signIn(member, PASSWORD);
            sheet.open(app);
            assertEquals("Öppen", sheet.status());
            click(browser, "signing:signOff");
            assertTrue(sheet.messages().contains("Du har skrivit under"), sheet.messages());
            assertClean(browser, "the sheet signed by the member");
            new Shell(browser).signOut();

            browser.signIn(leader, PASSWORD);
            sheet.open(app);
            click(browser, "signing:close");
            assertTrue(sheet.messages().contains("Konsensus är stängd"), sheet.messages());
            assertEquals("Stängd", sheet.status());
            assertClean(browser, "the closed sheet");

            // 3. the feedback report: drafted by the leader, reviewed and released by the administrator
            browser.open("/feedback/report.xhtml?application=" + app);
            assertEquals("Återkopplingsrapport", browser.h1());
            assertClean(browser, "the report page before the draft");
            click(browser, "work:draft");
            assertTrue(browser.text().contains("Utkastet är sparat"), browser.text());
            assertEquals("Utkast", browser.driver().findElement(By.id("status")).getText());
            assertClean(browser, "the report page with a draft");
            new Shell(browser).signOut();

            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.open("/feedback/reports.xhtml?cycle=" + cycleId);
            assertTrue(browser.text().contains("Utkast"), browser.text());
            assertClean(browser, "the cycle's reports");
            browser.open("/feedback/report.xhtml?application=" + app);
            click(browser, "work:review");
            assertTrue(browser.text().contains("Återkopplingen är granskad"), browser.text());
            assertClean(browser, "the report page after review");
            click(browser, "work:release");
            assertTrue(browser.text().contains("Återkopplingen är utlämnad"), browser.text());
            assertEquals("Utlämnad", browser.driver().findElement(By.id("status")).getText());
            assertClean(browser, "the released report");
            new Shell(browser).signOut();

            // 4. the applicant of the unit downloads it
            browser.signIn(applicant, PASSWORD);
            browser.open("/feedback/mine.xhtml");
            assertEquals("Återkoppling", browser.h1());
            assertClean(browser, "the applicant's feedback");
            var links = browser.driver().findElements(By.cssSelector("#reports a[href*='pdf']"));
            assertEquals(1, links.size(), browser.text());
            String report = assertPdf(browser, links.get(0).getAttribute("href"));
            assertTrue(report.contains("Tydliga åtaganden") && report.contains("Systematisk uppföljning"),
                    "the agreed key themes in the report: " + report);
            assertTrue(report.contains("Styrka i rad 0.") && report.contains("Förbättra rad 8."),
                    "the agreed strengths and improvements per criterion: " + report);
            browser.open("/feedback/report.xhtml?application=" + app);
            assertEquals("Utlämnad", browser.driver().findElement(By.id("status")).getText());
            assertClean(browser, "the applicant's report page");
            assertPdf(browser, browser.driver().findElement(By.id("download")).getAttribute("href"));
        }
    }

    /** Confirms no conflict, scores every criterion ({@code odd} on criterion 3), justifies it and submits. */
    void assess(Browser browser, long app, String email, String value, String odd, String who) {
        browser.signIn(email, PASSWORD);
        new MyTeamsPage(browser).open();
        assertClean(browser, "the examiner's teams");
        confirmFor(browser, app);
        browser.open("/scoring/mine.xhtml");
        assertEquals("Mina bedömningar", browser.h1());
        assertClean(browser, "the examiner's assessments");

        var form = new AssessPage(browser).open(app);
        assertEquals("Individuell bedömning", browser.h1());
        assertEquals(CRITERIA, form.criteria());
        assertClean(browser, "the empty scoring form");
        for (int i = 0; i < CRITERIA; i++) {
            form.score(i, i == SPREAD_ROW ? odd : value);
            form.justify(i, who + " motiverar kriterium " + (i + 1));
        }
        assertClean(browser, "the filled-in scoring form");
        form.submit();
        assertTrue(browser.path().startsWith("/scoring/team.xhtml"), browser.path() + "\n" + browser.text());
        assertTrue(browser.text().contains("Bedömningen är inlämnad"), browser.text());
        assertClean(browser, "the team's submitted assessments");
        new Shell(browser).signOut();
    }

    /** Presses "no conflict" on each of the examiner's teams (a leader may lead more than this one). */
    void confirmFor(Browser browser, long app) {
        By confirm = By.cssSelector("#mine\\:teams input[id$=':confirm']");
        for (int left = browser.driver().findElements(confirm).size(); left > 0; left--) {
            browser.driver().findElements(confirm).get(0).click();
            browser.waitForPage();
        }
        assertTrue(browser.driver().findElements(confirm).isEmpty(), browser.text());
        assertTrue(!browser.driver().findElements(By.cssSelector("#mine\\:teams a[href*='application=" + app + "']"))
                .isEmpty(), "confirmed, the application can be read: " + browser.text());
        assertClean(browser, "the examiner's teams after confirming");
    }

    /** Sets the n-th criterion form (flagged first): the score when given, else the prefilled median; texts. */
    void recordCriterion(Browser browser, int form, String value) {
        var row = browser.driver().findElements(By.cssSelector("#criteria .consensus-row")).get(form);
        if (value != null) {
            new Select(row.findElement(By.cssSelector("select[id$=':value']"))).selectByValue(value);
        }
        fill(row.findElement(By.cssSelector("textarea[id$=':justification']")), "Enigt om kriteriet, rad " + form + ".");
        fill(row.findElement(By.cssSelector("textarea[id$=':strengths']")), "Styrka i rad " + form + ".");
        fill(row.findElement(By.cssSelector("textarea[id$=':improvements']")), "Förbättra rad " + form + ".");
    }

    static void fill(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    static void type(Browser browser, String id, String text) {
        fill(browser.driver().findElement(By.id(id)), text);
    }

    static void click(Browser browser, String id) {
        browser.driver().findElement(By.id(id)).click();
        browser.waitForPage();
    }

    static void assertClean(Browser browser, String what) {
        assertEquals("", browser.accessibilityViolations(), what);
    }

    /**
     * Fetches the link inside the signed-in page (same origin, so with the session; its cookie is not offered to
     * the test), checks that a PDF comes back (status, content type, signature) and returns its text.
     */
    static String assertPdf(Browser browser, String href) throws Exception {
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "  return r.arrayBuffer().then(function (b) {"
                        + "    var bytes = new Uint8Array(b), s = '';"
                        + "    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }"
                        + "    done(r.status + '|' + r.headers.get('Content-Type') + '|' + btoa(s)); }); })"
                        + ".catch(function (e) { done('fetch failed: ' + e); });", href);
        String[] parts = String.valueOf(result).split("\\|", 3);
        String shown = String.valueOf(result).substring(0, Math.min(200, String.valueOf(result).length()));
        assertEquals(3, parts.length, shown);
        assertEquals("200", parts[0], shown);
        assertTrue(parts[1].startsWith("application/pdf"), shown);
        byte[] pdf = java.util.Base64.getDecoder().decode(parts[2]);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }
}

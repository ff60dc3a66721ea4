package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.ConsensusScenario;
import se.kvalitet.it.ConsensusSteps;
import se.kvalitet.it.Deployments;

/**
 * Nothing typed is lost, on every long-text form: the writer types in one field, pastes with the mouse into
 * another (the text inserted and 'paste' and 'input' fired, without a key event, as a mouse paste does), sees
 * that leaving now would ask first, leaves at once by a link, comes back and finds both texts. The forms: the
 * application, the individual assessment, the consensus sheet (two criteria and the key themes, one save),
 * the site visit (plan and a question's note), the feedback report's texts, the renewal prize's score and a good
 * example being prepared. An
 * over-long paste into an answer is kept in the field, not cut, with a visible message and a refused save.
 * axe-core finds no WCAG 2.1 A/AA violation on any of the forms. Years: the scenarios' own, from 2000–2100.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NothingLostInTheBrowserIT {

    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final String PASSWORD = "Inget försvinner 2000!";
    static final Pattern SAVED = Pattern.compile("Sparat \\d{2}:\\d{2}");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static JsonObject consensusFixture;

    ApiClient api() {
        return new ApiClient(base.toString(), PASSWORD);
    }

    /** One consensus scenario for the class: four teams, each test takes its own. */
    synchronized JsonObject consensusFixture() {
        if (consensusFixture == null) {
            consensusFixture = api().scenario("consensus", PASSWORD);
        }
        return consensusFixture;
    }

    ConsensusScenario.TeamFixture team(int index) {
        var team = consensusFixture().getJsonArray("teams").getJsonObject(index);
        return new ConsensusScenario.TeamFixture(team.getJsonNumber("applicationId").longValue(), team.getString("leader"),
                team.getJsonArray("members").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void theApplicationKeepsWhatIsTypedAndPastedWhenTheWriterLeavesAtOnce() {
        var fixture = api().scenario("application", PASSWORD);
        String edit = "/applications/edit.xhtml?id=" + fixture.getJsonNumber("draftId");
        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn(fixture.getString("applicant"), PASSWORD);
            browser.waitForH1("Välkommen");
            browser.open(edit);
            String typed = "SKRIVET strax innan jag gick.";
            String pasted = "INKLISTRAT med musen,\nutan en enda tangent.";
            type(browser, "application:criteria:0:answer", typed);
            paste(browser, "application:criteria:1:answer", pasted);
            assertTrue(wouldWarn(browser), "leaving with unsaved text asks first");
            leave(browser, "/applications/edit.xhtml");

            browser.open(edit);
            assertEquals(typed, value(browser, "application:criteria:0:answer"));
            assertEquals(pasted, value(browser, "application:criteria:1:answer"));
            assertTrue(text(browser, "application:saveStatus").startsWith("Sparat"), text(browser, "application:saveStatus"));
            assertFalse(wouldWarn(browser), "nothing unsaved: no question on leaving");
            assertEquals("", browser.accessibilityViolations(), "the application as saved");
        }
    }

    @Test
    void anOverLongPasteIsKeptWholeWithAMessageAndNotSaved() {
        var fixture = api().scenario("application", PASSWORD);
        long draft = fixture.getJsonNumber("draftId").longValue();
        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn(fixture.getString("applicant"), PASSWORD);
            browser.waitForH1("Välkommen");
            browser.open("/applications/edit.xhtml?id=" + draft);
            String id = "application:criteria:2:answer";
            var field = browser.driver().findElement(By.id(id));
            int max = Integer.parseInt(field.getAttribute("data-max-length"));
            String tooLong = "Ett mycket långt svar. ".repeat(max / 23 + 3);
            paste(browser, id, tooLong);

            var message = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "-limit")));
            assertEquals("alert", message.getAttribute("role"));
            assertTrue(message.getText().contains("Texten är " + tooLong.length() + " tecken, men högst " + max),
                    message.getText());
            assertTrue(message.getText().contains("har inte kortats"), message.getText());
            assertEquals(tooLong, value(browser, id), "nothing cut: the whole paste stays in the field");
            assertEquals("true", field.getAttribute("aria-invalid"));
            assertTrue(field.getAttribute("aria-describedby").contains(id + "-limit"), "the message describes the field");
            wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:saveStatus"), "Inte sparat"));
            assertTrue(browser.text().contains("Svaret på 3 är för långt: högst"), "the server refuses: " + browser.text());
            assertTrue(wouldWarn(browser), "the refused text is unsaved");
            assertEquals("", browser.accessibilityViolations(), "the over-long paste with its message");

            var stored = ApiClient.json(api().ok("GET", "/applications/" + draft, fixture.getString("applicant"), null));
            assertTrue(stored.getJsonArray("answers").stream().map(a -> a.asJsonObject())
                    .noneMatch(a -> a.containsKey("text") && !a.isNull("text") && a.getString("text").equals(tooLong)),
                    "the over-long text was not stored");

            // shortened, it saves and the message goes
            paste(browser, id, "Kort nog.");
            wait(browser).until(ExpectedConditions.textMatches(By.id("application:saveStatus"), SAVED));
            assertTrue(browser.driver().findElements(By.id(id + "-limit")).isEmpty(), "the message goes with the excess");
        }
    }

    @Test
    void theAssessmentKeepsWhatIsTypedAndPasted() {
        var team = team(0);
        String examiner = team.members().get(0);
        api().ok("POST", "/assignments/me/" + team.applicationId() + "/no-conflict", examiner, null);
        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn(examiner, PASSWORD);
            var form = new AssessPage(browser).open(team.applicationId());
            String typed = "BEDÖMNINGEN skriven i sista stund.";
            String pasted = "STYRKAN inklistrad med musen.";
            type(browser, "assess:rows:0:justification", typed);
            paste(browser, "assess:rows:1:strengths", pasted);
            assertTrue(wouldWarn(browser), "leaving with unsaved text asks first");
            leave(browser, "/scoring/assess.xhtml");

            form.open(team.applicationId());
            assertEquals(typed, value(browser, "assess:rows:0:justification"));
            assertEquals(pasted, value(browser, "assess:rows:1:strengths"));
            assertEquals("", browser.accessibilityViolations(), "the assessment as saved");
        }
    }

    @Test
    void theConsensusSheetKeepsEveryCriterionsTextWithOneSave() {
        var team = team(1);
        ConsensusSteps.open(api(), team);
        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn(team.leader(), PASSWORD);
            var sheet = new ConsensusSheetPage(browser).open(team.applicationId());
            assertTrue(browser.driver().findElements(By.cssSelector("#criteria .consensus-row input[type=submit]")).isEmpty(),
                    "no save per criterion: one save for all");
            String strengths = "STYRKA i första kriteriet.";
            String improvements = "FÖRBÄTTRING inklistrad i andra kriteriet.";
            String themes = "Tydliga åtaganden\nBrukarna i fokus";
            type(browser, rowField(browser, 0, "strengths"), strengths);
            paste(browser, rowField(browser, 1, "improvements"), improvements);
            paste(browser, "themes:strengths", themes);
            assertTrue(wouldWarn(browser), "leaving with unsaved text asks first");
            leave(browser, "/consensus/sheet.xhtml");

            sheet.open(team.applicationId());
            assertEquals(strengths, value(browser, rowField(browser, 0, "strengths")));
            assertEquals(improvements, value(browser, rowField(browser, 1, "improvements")), "the other criterion kept too");
            assertEquals(themes, value(browser, "themes:strengths"));
            assertEquals("Öppen", sheet.status());
            assertEquals("", browser.accessibilityViolations(), "the sheet as saved");

            // typed in two criteria, saved with the one button: both kept
            type(browser, rowField(browser, 2, "justification"), "MOTIVERING tre.");
            type(browser, rowField(browser, 3, "justification"), "MOTIVERING fyra.");
            sheet.save();
            assertTrue(sheet.messages().contains("Sparat"), sheet.messages());
            sheet.open(team.applicationId());
            assertEquals("MOTIVERING tre.", value(browser, rowField(browser, 2, "justification")));
            assertEquals("MOTIVERING fyra.", value(browser, rowField(browser, 3, "justification")));
        }
    }

    @Test
    void theSiteVisitKeepsThePlanAndTheNotes() {
        var team = team(2);
        ConsensusSteps.open(api(), team);
        ConsensusInTheBrowserIT.closeOverRest(api(), team.applicationId(), team.leader(), team.members().get(0),
                team.members().get(1));
        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn(team.leader(), PASSWORD);
            var visit = new SiteVisitPage(browser).open(team.applicationId());
            visit.select();
            type(browser, "plan:date", LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(3).toString());
            type(browser, "plan:participants", "HELA teamet");
            paste(browser, "plan:interviewees", "REKTOR och två lärare");
            assertTrue(wouldWarn(browser), "leaving with unsaved text asks first");
            leave(browser, "/consensus/visit.xhtml");

            visit.open(team.applicationId());
            assertEquals("HELA teamet", value(browser, "plan:participants"));
            assertEquals("REKTOR och två lärare", value(browser, "plan:interviewees"));
            assertEquals("", browser.accessibilityViolations(), "the plan as saved");

            visit.ask("1", "Hur följs målen upp?");
            visit.ask("2", "Hur når ni alla medarbetare?");
            paste(browser, noteField(browser, 0), "ANTECKNING ett, inklistrad.");
            type(browser, noteField(browser, 1), "ANTECKNING två.");
            leave(browser, "/consensus/visit.xhtml");
            visit.open(team.applicationId());
            assertEquals("ANTECKNING ett, inklistrad.", value(browser, noteField(browser, 0)));
            assertEquals("ANTECKNING två.", value(browser, noteField(browser, 1)), "every question's note kept");
            assertEquals("", browser.accessibilityViolations(), "the notes as saved");
        }
    }

    @Test
    void theFeedbackReportsTextsKeepWhatIsTypedAndPasted() {
        var team = team(3);
        var api = api();
        ConsensusSteps.close(api, team, ConsensusSteps.open(api, team));
        api.ok("POST", "/feedback/reports/" + team.applicationId() + "/draft", team.leader(), "{\"language\":\"sv\"}");
        String texts = "/feedback/texts.xhtml?application=" + team.applicationId();
        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn(team.leader(), PASSWORD);
            browser.waitForH1("Välkommen");
            browser.open(texts);
            assertTrue(value(browser, "texts:criteria:0:strengths").startsWith("Styrka i kriterium"),
                    "the consensus's text is the starting point");
            String typed = "STYRKAN omskriven av ledaren.";
            String pasted = "SAMMANFATTNINGEN inklistrad med musen.";
            type(browser, "texts:criteria:0:strengths", typed);
            paste(browser, "texts:summary", pasted);
            assertTrue(wouldWarn(browser), "leaving with unsaved text asks first");
            leave(browser, "/feedback/texts.xhtml");

            browser.open(texts);
            assertEquals(typed, value(browser, "texts:criteria:0:strengths"));
            assertEquals(pasted, value(browser, "texts:summary"));
            assertTrue(value(browser, "texts:criteria:0:improvements").startsWith("Förbättra kriterium"), "untouched: kept");
            assertFalse(wouldWarn(browser), "nothing unsaved: no question on leaving");
            assertEquals("", browser.accessibilityViolations(), "the report's texts as saved");
        }
        var stored = ApiClient.json(api.ok("GET", "/feedback/reports/" + team.applicationId() + "/texts", team.leader(), null));
        assertEquals("SAMMANFATTNINGEN inklistrad med musen.", stored.getString("summary"));
        assertTrue(stored.getJsonArray("criteria").getJsonObject(0).getBoolean("strengthsEdited"));
    }

    @Test
    void theRenewalScoreKeepsWhatIsTypedAndPasted() {
        var fixture = api().scenario("renewal", PASSWORD);
        String juror = fixture.getString("juror1");
        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn(juror, PASSWORD);
            browser.open("/renewal/entries.xhtml?cycle=" + fixture.getJsonNumber("cycleId"));
            browser.driver().findElement(By.id("entries:list:0:confirm")).click();
            browser.waitForPage();
            browser.driver().findElement(By.id("entries:list:0:score")).click();
            browser.waitForPage();
            String score = browser.path();
            assertTrue(score.startsWith("/renewal/score.xhtml"), score);
            type(browser, "score:rows:0:justification", "JURYNS motivering skriven.");
            paste(browser, "score:rows:1:justification", "JURYNS motivering inklistrad.");
            assertTrue(wouldWarn(browser), "leaving with unsaved text asks first");
            leave(browser, "/renewal/score.xhtml");

            browser.open(score);
            assertEquals("JURYNS motivering skriven.", value(browser, "score:rows:0:justification"));
            assertEquals("JURYNS motivering inklistrad.", value(browser, "score:rows:1:justification"));
            assertEquals("", browser.accessibilityViolations(), "the renewal score as saved");
        }
    }

    @Test
    void aGoodExampleBeingPreparedKeepsWhatIsTypedAndPasted() {
        var fixture = api().scenario("examples", PASSWORD);
        long winner = fixture.getJsonArray("applicationIds").getJsonNumber(0).longValue();
        var prepared = ApiClient.json(api().ok("POST", "/examples", ADMIN, ADMIN_PASSWORD,
                "{\"applicationId\":" + winner + ",\"chosen\":false}"));
        String edit = "/examples/admin/edit.xhtml?id=" + prepared.getJsonNumber("id");
        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn(ADMIN, ADMIN_PASSWORD);
            browser.open(edit);
            type(browser, "texts:whatWasDone", "GJORDE så här, skrivet.");
            paste(browser, "texts:results", "RESULTATEN, inklistrade.");
            assertTrue(wouldWarn(browser), "leaving with unsaved text asks first");
            leave(browser, "/examples/admin/edit.xhtml");

            browser.open(edit);
            assertEquals("GJORDE så här, skrivet.", value(browser, "texts:whatWasDone"));
            assertEquals("RESULTATEN, inklistrade.", value(browser, "texts:results"));
            assertEquals("", browser.accessibilityViolations(), "the good example as saved");
        }
    }

    // ---- typing, pasting, leaving

    static String rowField(Browser browser, int row, String field) {
        return browser.driver().findElements(By.cssSelector("#criteria .consensus-row")).get(row)
                .findElement(By.cssSelector("textarea[id$=':" + field + "']")).getAttribute("id");
    }

    static String noteField(Browser browser, int question) {
        return browser.driver().findElements(By.cssSelector("#questionList .visit-question")).get(question)
                .findElement(By.cssSelector("textarea[id$=':note']")).getAttribute("id");
    }

    /** Types with the keyboard, replacing what is there, and stays in the field. */
    static void type(Browser browser, String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.click();
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        field.sendKeys(text);
    }

    /**
     * Pastes with the mouse, replacing what is there: the text is inserted and 'paste' and 'input' are fired as a
     * browser does, and no key event at all (headless Chromium has no clipboard for the keyboard's paste).
     */
    static void paste(Browser browser, String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var f = arguments[0], t = arguments[1];"
                        + "f.focus(); f.select();"
                        + "var data = new DataTransfer(); data.setData('text/plain', t);"
                        + "f.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));"
                        + "f.value = t;"
                        + "f.dispatchEvent(new InputEvent('input', {inputType: 'insertFromPaste', data: t, bubbles: true}));",
                field, text);
    }

    /** Whether the page would ask before it is left (its beforeunload handler cancels the event). */
    static boolean wouldWarn(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
    }

    /** Leaves at once by the menu's first link (the start page) and waits until the page is gone. */
    static void leave(Browser browser, String from) {
        browser.driver().findElement(By.cssSelector("nav.site-nav a")).click();
        wait(browser).ignoring(StaleElementReferenceException.class).until(d -> !browser.path().startsWith(from));
        browser.waitForPage();
    }

    static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value").replace("\r\n", "\n");
    }

    static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30), Duration.ofMillis(100));
    }
}

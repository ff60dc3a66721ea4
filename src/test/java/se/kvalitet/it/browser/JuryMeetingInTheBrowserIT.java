package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * The jury meeting in two real browsers: the chair and a juror who works at one applying unit (so is recused from
 * it). The chair starts the meeting and moves on; the juror's page follows by itself (the stored meeting, polled),
 * lets the juror vote where not recused and shows only "recused" where they are; the chair records the decisions;
 * the minutes PDF is downloaded with the chair's session and its text checked. axe-core finds no WCAG 2.1 A/AA
 * violation on the meeting and workspace pages. Cycle years 2068–2069.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JuryMeetingInTheBrowserIT {

    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final String PASSWORD = "Jurylösenord 2068";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theChairLeadsTheMeetingAndTheJurorsPageFollows() throws Exception {
        var fixture = scenario();
        long cycleId = fixture.getJsonNumber("cycleId").longValue();
        String chair = fixture.getString("chair");
        String juror = fixture.getString("juror");
        String recusedUnit = fixture.getString("recusedUnit");
        int count = fixture.getJsonArray("applications").size();
        String meeting = "/jury/meeting.xhtml?cycle=" + cycleId;

        try (var chairs = new Browser(base.toString()); var jurors = new Browser(base.toString())) {
            chairs.signIn(chair, PASSWORD);
            chairs.open(meeting);
            assertEquals("Juryns möte", chairs.h1());
            chairs.driver().findElement(By.id("presence:attend")).click();
            chairs.waitForPage();
            chairs.driver().findElement(By.id("chairForm:start")).click();
            chairs.waitForPage();
            String first = now(chairs);
            assertTrue(first.contains("(1 av " + count + ")"), first);
            assertEquals("", chairs.accessibilityViolations(), "the chair's meeting page");

            jurors.signIn(juror, PASSWORD);
            jurors.open(meeting);
            jurors.driver().findElement(By.id("presence:attend")).click();
            jurors.waitForPage();
            assertEquals(first, now(jurors), "the juror sees what the chair discusses");
            // the proposed order puts the juror's recusal last, so the first application is the juror's to vote on
            jurors.driver().findElement(By.cssSelector("input[name='voteForm:vote'][value='WINNER']")).click();
            jurors.driver().findElement(By.id("voteForm:saveVote")).click();
            jurors.waitForPage();
            assertTrue(jurors.text().contains("Rösten är sparad"), jurors.text());
            assertEquals("", jurors.accessibilityViolations(), "the juror's meeting page");

            // the chair sees the vote (after the poll) and records the decision with its motivation
            waitForText(chairs, "Jävig Webbsson: Vinnare");
            chairs.driver().findElement(By.cssSelector("input[name='decisionForm:outcome'][value='WINNER']")).click();
            chairs.driver().findElement(By.id("decisionForm:saveDecision")).click();
            chairs.waitForPage();
            assertTrue(chairs.text().contains("motivering som kan publiceras"), "refused without motivation");
            chairs.driver().findElement(By.cssSelector("input[name='decisionForm:outcome'][value='WINNER']")).click();
            chairs.driver().findElement(By.id("decisionForm:motivation")).sendKeys("Ett föredöme i webbläsaren.");
            chairs.driver().findElement(By.id("decisionForm:saveDecision")).click();
            chairs.waitForPage();
            assertTrue(chairs.text().contains("Beslutet är antecknat"), chairs.text());
            // break 6: the juror's page still offers the vote it showed (the poll redraws only when the discussion
            // moves on); a changed vote now is refused with the reason, and the vote stands (the minutes below)
            jurors.driver().findElement(By.cssSelector("input[name='voteForm:vote'][value='NOT_AWARDED']")).click();
            jurors.driver().findElement(By.id("voteForm:saveVote")).click();
            jurors.waitForPage();
            assertTrue(jurors.text().contains("redan fattat"), jurors.text());
            assertEquals("", jurors.accessibilityViolations(), "the juror's meeting page with the refusal");

            // the chair moves on to the end; each step the juror's page follows without reloading
            for (int step = 2; step <= count; step++) {
                clickRedrawn(chairs, By.id("chairForm:next"));
                chairs.waitForPage();
                String position = "(" + step + " av " + count + ")";
                assertTrue(now(chairs).contains(position), now(chairs));
                new WebDriverWait(jurors.driver(), Duration.ofSeconds(20), Duration.ofMillis(100)).until(d -> now(jurors).contains(position));
                if (step < count) {
                    chairs.driver().findElement(By.cssSelector("input[name='decisionForm:outcome'][value='NOT_AWARDED']")).click();
                    chairs.driver().findElement(By.id("decisionForm:saveDecision")).click();
                    chairs.waitForPage();
                }
            }
            // the last one is the juror's recusal: their page says so, shows no scores and offers no vote
            assertTrue(now(chairs).contains(recusedUnit), now(chairs));
            waitForText(jurors, "Jävig – du ser varken innehåll eller poäng");
            assertTrue(jurors.driver().findElements(By.id("voteForm:saveVote")).isEmpty(), "no vote when recused");
            assertTrue(jurors.driver().findElements(By.cssSelector(".jury-total")).isEmpty(), "no scores when recused");
            assertEquals("", jurors.accessibilityViolations(), "the recused juror's meeting page");
            chairs.driver().findElement(By.cssSelector("input[name='decisionForm:outcome'][value='NOT_AWARDED']")).click();
            chairs.driver().findElement(By.id("decisionForm:saveDecision")).click();
            chairs.waitForPage();

            chairs.open("/jury/workspace.xhtml?cycle=" + cycleId);
            assertEquals("Domarkommittén", chairs.h1());
            assertEquals("", chairs.accessibilityViolations(), "the workspace");
            String href = chairs.driver().findElement(By.id("minutes")).getAttribute("href");
            String minutes = pdfText(href, chairs);
            assertTrue(minutes.contains("Protokoll från juryns möte"), minutes);
            assertTrue(minutes.contains("Ordförande Webbsson"), minutes);
            assertTrue(minutes.contains("Ett föredöme i webbläsaren."), minutes);
            assertTrue(minutes.contains("Jävig Webbsson: Vinnare"), minutes);
            assertTrue(minutes.contains("Jäviga (deltog inte)"), minutes);
        }
    }

    /** Clicks an element of the region the poll redraws every three seconds: again if it was redrawn in between. */
    private static void clickRedrawn(Browser browser, By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                browser.driver().findElement(by).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (attempt == 5) {
                    throw redrawn;
                }
            }
        }
    }

    /** The heading of the application under discussion; read again when the poll redrew it between find and read. */
    private static String now(Browser browser) {
        for (int attempt = 1; ; attempt++) {
            try {
                var found = browser.driver().findElements(By.id("nowHeading"));
                return found.isEmpty() ? "" : found.get(0).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (attempt == 5) {
                    throw redrawn;
                }
            }
        }
    }

    private static void waitForText(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(100)).until(d -> browser.text().contains(text));
    }

    /** Downloads with the browser's session (its cookies), as the link would. */
    private static String pdfText(String href, Browser browser) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        var request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        try (var document = Loader.loadPDF(response.body())) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
            return new PDFTextStripper().getText(document);
        }
    }

    JsonObject scenario() throws Exception {
        return new ApiClient(base.toString()).scenario("jury", PASSWORD);
    }
}

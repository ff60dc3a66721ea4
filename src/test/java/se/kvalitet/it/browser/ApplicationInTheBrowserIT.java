package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * An applicant writes an application in a real browser, in a cycle of the test's own with the application period
 * open ({@code ApplicationScenario}, years 2058–2059; the demo's cycle this year is with the jury): starts one (the
 * renewal prize: the unit already has its quality-award draft), types, sees it saved automatically, signs out and in again and
 * finds the text, completes it, saves, submits after confirming, and gets the receipt with a registration
 * number. axe-core finds no WCAG 2.1 A/AA violation on any of the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationInTheBrowserIT {

    static final String PASSWORD = "Kvalitet2026!";
    static final String ADMIN = "admin@kvalitet.demo";
    static final String SAVED = "Sparat \\d{2}:\\d{2}";
    static JsonObject fixture;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** The open cycle, its unit, applicant and quality-award draft: built once for the class. */
    synchronized JsonObject fixture() {
        if (fixture == null) {
            fixture = ApiClient.json(new ApiClient(base.toString(), PASSWORD).ok("POST",
                    "/it/application-scenario?password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), ADMIN, PASSWORD, null));
        }
        return fixture;
    }

    @Test
    void applicantWritesSavesComesBackAndSubmits() {
        try (var browser = new Browser(base.toString())) {
            writeAndSubmit(browser, fixture());
        }
    }

    static void writeAndSubmit(Browser browser, JsonObject fixture) {
        var d = browser.driver();
        String title = "Läsande familjer " + Long.toString(System.nanoTime() % 100000, 36);
        signIn(browser, fixture);

        // the unit's applications and starting a new one
        d.findElement(By.linkText("Våra ansökningar")).click();
        browser.waitForH1("Våra ansökningar");
        assertTrue(browser.text().contains("Kvalitetsutmärkelsen"), "the unit's quality-award draft is listed: " + browser.text());
        assertEquals("", browser.accessibilityViolations(), "our applications");
        if (!d.findElements(By.id("start:cycle")).isEmpty()) {
            // other tests have cycles accepting applications too: choose the scenario's
            new Select(d.findElement(By.id("start:cycle"))).selectByValue(
                    String.valueOf(fixture.getJsonNumber("cycleId").longValue()));
            browser.waitForPage();
            wait(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("start:openCycle"),
                    fixture.getString("cycleName")));
        }
        assertTrue(d.findElement(By.id("start:openCycle")).getText().contains(fixture.getString("cycleName")),
                d.findElement(By.id("start:openCycle")).getText());
        new Select(d.findElement(By.id("start:award"))).selectByValue("RENEWAL_PRIZE");
        wait(d).ignoring(StaleElementReferenceException.class)
                .until(x -> new Select(x.findElement(By.id("start:competitionClass"))).getOptions().size() > 1);
        browser.waitForPage();
        new Select(d.findElement(By.id("start:competitionClass"))).selectByIndex(1);
        d.findElement(By.id("start:startButton")).click();
        browser.waitForPage();
        assertTrue(browser.path().startsWith("/applications/edit.xhtml?id="), browser.path());
        String editPath = browser.path();
        assertTrue(browser.text().contains("Pris: Förnyelsepriset"), browser.text());
        assertTrue(browser.text().contains("0 av 6000 tecken"), "a live counter per text: " + browser.text());
        assertEquals("", browser.accessibilityViolations(), "a new application");

        // typing saves by itself after a pause, and the counter follows the text
        d.findElement(By.id("application:renewalTitle")).sendKeys(title);
        String background = "Vi läste för barn och föräldrar varje vecka.";
        d.findElement(By.id("application:texts:0:text")).sendKeys(background);
        assertEquals(background.length() + " av 6000 tecken",
                d.findElement(By.id("application:texts:0:textCount")).getText(), "the counter counts while typing");
        wait(d).until(ExpectedConditions.textMatches(By.id("application:saveStatus"), java.util.regex.Pattern.compile(SAVED)));
        browser.waitForPage();

        // the draft survives signing out
        new Shell(browser).signOut();
        browser.waitForH1("Logga in");
        signIn(browser, fixture);
        browser.open("/applications/mine.xhtml");
        d.findElements(By.cssSelector("#applications a[id$=':open']")).stream()
                .filter(a -> a.getAttribute("title").contains("Förnyelsepriset")).findFirst().orElseThrow().click();
        browser.waitForPage();
        assertEquals(editPath, browser.path(), "the renewal-prize draft is listed and opens");
        assertEquals(title, d.findElement(By.id("application:renewalTitle")).getAttribute("value"), "the title was kept");
        assertEquals(background, d.findElement(By.id("application:texts:0:text")).getAttribute("value"), "the text was kept");

        // complete it and save explicitly
        new Select(d.findElement(By.id("application:nomineeType"))).selectByValue("PROJECT");
        browser.waitForPage();
        List<String> texts = List.of("Nytt är att familjerna själva väljer böckerna.", "Fler barn lånar böcker varje månad.",
                "Tre andra bibliotek har börjat arbeta likadant.", "Arbetet ingår i bibliotekets ordinarie budget.",
                "Arbetet stöder målet om att alla barn ska kunna läsa.");
        for (int i = 0; i < texts.size(); i++) {
            d.findElement(By.id("application:texts:" + (i + 1) + ":text")).sendKeys(texts.get(i));
        }
        var since = d.findElement(By.id("application:inOperationSince_input"));
        since.sendKeys("2025-03-01");
        d.findElement(By.id("application:staffCount")).click(); // closes the date picker
        d.findElement(By.id("application:staffCount")).sendKeys("17");
        for (int i = 0; i < 4; i++) {
            new Select(d.findElement(By.id("application:questions:" + i + ":yesNo"))).selectByValue("true");
            browser.waitForPage();
        }
        d.findElement(By.id("application:save")).click();
        browser.waitForPage();
        wait(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("application"), "Ansökan är komplett."));
        assertTrue(d.findElement(By.id("application:saveStatus")).getText().matches(SAVED),
                d.findElement(By.id("application:saveStatus")).getText());
        assertEquals("", browser.accessibilityViolations(), "a complete draft");

        // attach a PDF (checked by its content) and find it in the list
        d.findElement(By.id("attachments:file")).sendKeys(samplePdf().toString());
        d.findElement(By.id("attachments:upload")).click();
        browser.waitForPage();
        wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("attachments:attachmentList")));
        var attachmentLink = d.findElement(By.cssSelector("#attachments\\:attachmentList a"));
        assertTrue(attachmentLink.getText().endsWith(".pdf"), attachmentLink.getText());
        var attachment = fetch(d, attachmentLink.getAttribute("href"));
        assertEquals(200, attachment.statusCode());
        assertTrue(new String(attachment.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), "the attachment downloads");
        assertEquals(title, d.findElement(By.id("application:renewalTitle")).getAttribute("value"), "uploading keeps the texts");
        assertEquals("", browser.accessibilityViolations(), "with an attachment");

        // submit after confirming: the receipt
        d.findElement(By.id("application:submit")).click();
        wait(d).until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")));
        assertEquals("", browser.accessibilityViolations(), "the confirmation");
        d.findElement(By.id("confirmYes")).click();
        browser.waitForH1("Kvitto");
        assertTrue(browser.path().startsWith("/applications/receipt.xhtml?id="), browser.path());
        String number = d.findElement(By.id("registrationNumber")).getText();
        assertTrue(number.matches(".*\\d{4}/\\d+.*"), "a registration number: " + number);
        assertTrue(d.findElement(By.id("submittedAt")).getText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                d.findElement(By.id("submittedAt")).getText());
        assertTrue(browser.text().contains("Ansökan är inskickad."), browser.text());
        assertEquals("", browser.accessibilityViolations(), "the receipt");
        var pdf = fetch(d, d.findElement(By.id("pdf")).getAttribute("href"));
        assertEquals(200, pdf.statusCode(), "the receipt PDF");
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), pdf.headers().toString());

        // the list shows it submitted with its number; the application itself can be read, not changed
        browser.open("/applications/mine.xhtml");
        assertTrue(browser.text().contains(number), browser.text());
        assertTrue(browser.text().contains("Inskickad"), browser.text());
        browser.open(editPath);
        assertTrue(browser.text().contains("Ansökan kan inte ändras längre."), browser.text());
        assertTrue(d.findElements(By.id("application:submit")).isEmpty(), "no second submission");
        assertEquals("", browser.accessibilityViolations(), "a submitted application");
    }

    @Test
    void administratorFollowsAllApplicationsAndReopensOne() {
        try (var browser = new Browser(base.toString())) {
            followAndReopen(browser, fixture());
        }
    }

    static void followAndReopen(Browser browser, JsonObject fixture) {
        var d = browser.driver();
        browser.signIn(ADMIN, PASSWORD);
        browser.waitForH1("Välkommen");
        d.findElement(By.linkText("Ansökningar")).click();
        browser.waitForH1("Ansökningar");
        // the scenario's cycle, named in the address (the page's cycle choice is a PrimeFaces select that loads
        // the page with ?cycle=; OverlappingCyclesInTheBrowserIT uses it)
        browser.open("/applications/all.xhtml?cycle=" + fixture.getJsonNumber("cycleId").longValue());
        browser.waitForH1("Ansökningar");
        String counts = d.findElement(By.id("all:counts")).getText();
        assertTrue(counts.contains("Inskickad") && counts.contains("Utkast") && counts.contains("Totalt"), counts);
        assertEquals("", browser.accessibilityViolations(), "all applications");

        // filter by status: only submitted ones remain
        new Select(d.findElement(By.id("all:filterStatus"))).selectByValue("SUBMITTED");
        d.findElement(By.id("all:applyFilter")).click();
        browser.waitForPage();
        var statuses = d.findElements(By.cssSelector("#all\\:applicationsTable tbody tr td:nth-child(6)"));
        assertTrue(!statuses.isEmpty(), "submitted applications are listed");
        statuses.forEach(cell -> assertEquals("Inskickad", cell.getText()));

        // sort by unit, descending after a second click
        d.findElement(By.cssSelector("#all\\:applicationsTable th[aria-label*='Enhet'], #all\\:applicationsTable th:nth-child(2)")).click();
        browser.waitForPage();
        assertEquals("", browser.accessibilityViolations(), "filtered and sorted");

        // reopen one with a reason
        var row = d.findElements(By.cssSelector("#all\\:applicationsTable tbody tr")).stream()
                .filter(r -> !r.getText().contains("Solrosen")).findFirst().orElseThrow();
        String number = row.findElement(By.cssSelector("td a")).getText();
        row.findElement(By.cssSelector("button[id$=':reopen']")).click();
        new WebDriverWait(d, Duration.ofSeconds(30), Duration.ofMillis(100)).until(ExpectedConditions.visibilityOfElementLocated(By.id("reopenForm:reason")));
        browser.waitForPage();
        assertEquals("", browser.accessibilityViolations(), "the reopen dialog");
        d.findElement(By.id("reopenForm:confirmReopen")).click();
        browser.waitForPage();
        assertTrue(browser.text().contains("Skriv varför ansökan öppnas igen."), "a reason is required");
        d.findElement(By.id("reopenForm:reason")).sendKeys("Enheten bad att få rätta en bilaga.");
        d.findElement(By.id("reopenForm:confirmReopen")).click();
        browser.waitForPage();
        new WebDriverWait(d, Duration.ofSeconds(30), Duration.ofMillis(100)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages"),
                "Ansökan " + number + " är öppnad igen."));
        assertEquals("", browser.accessibilityViolations(), "after reopening");
    }

    @Test
    void theClassFilterOffersTheClassesByNameAndKeepsTheOtherFilters() {
        try (var browser = new Browser(base.toString())) {
            var d = browser.driver();
            new SignInPage(browser).open().signIn(ADMIN, PASSWORD);
            browser.waitForH1("Välkommen");
            // the scenario's cycle, with its applications in the class Förskola
            browser.open("/applications/all.xhtml?cycle=" + fixture().getJsonNumber("cycleId").longValue());
            browser.waitForH1("Ansökningar");
            var labels = new Select(d.findElement(By.id("all:filterClass"))).getOptions().stream()
                    .map(o -> o.getText().strip()).toList();
            assertTrue(labels.contains("Förskola"), labels.toString());
            assertTrue(labels.stream().noneMatch(l -> l.contains("CompetitionClassView")), labels.toString());

            new Select(d.findElement(By.id("all:filterClass"))).selectByVisibleText("Förskola");
            new Select(d.findElement(By.id("all:filterAward"))).selectByValue("QUALITY_AWARD");
            d.findElement(By.id("all:applyFilter")).click();
            browser.waitForPage();
            var classes = d.findElements(By.cssSelector("#all\\:applicationsTable tbody tr td:nth-child(5)"));
            assertTrue(!classes.isEmpty(), "the class's applications are listed: " + browser.text());
            classes.forEach(cell -> assertEquals("Förskola", cell.getText()));
            assertEquals("Förskola", new Select(d.findElement(By.id("all:filterClass"))).getFirstSelectedOption().getText().strip(),
                    "the class filter stays chosen");
            assertEquals("QUALITY_AWARD", new Select(d.findElement(By.id("all:filterAward"))).getFirstSelectedOption()
                    .getAttribute("value"), "the other filters stay as chosen");
            assertEquals("", browser.accessibilityViolations(), "filtered by class");
        }
    }

    @Test
    void twoContactsSavingTheSameDraftDoNotOverwriteEachOther() {
        try (var first = new Browser(base.toString()); var second = new Browser(base.toString())) {
            conflictKeepsText(first, second, fixture());
        }
    }

    /** The unit's quality-award draft open twice: the later save is refused in words and its text stays. */
    static void conflictKeepsText(Browser first, Browser second, JsonObject fixture) {
        for (Browser browser : new Browser[]{first, second}) {
            signIn(browser, fixture);
            browser.open("/applications/mine.xhtml");
            browser.driver().findElements(By.cssSelector("#applications a[id$=':open']")).stream()
                    .filter(a -> a.getAttribute("title").contains("Kvalitetsutmärkelsen " + fixture.getInt("year")))
                    .findFirst().orElseThrow().click();
            browser.waitForPage();
        }
        String answerId = "application:criteria:2:answer";
        first.driver().findElement(By.id(answerId)).sendKeys("Först sparat. ");
        first.driver().findElement(By.id("application:save")).click();
        first.waitForPage();
        wait(first.driver()).until(ExpectedConditions.textMatches(By.id("application:saveStatus"), java.util.regex.Pattern.compile(SAVED)));

        String mine = "Min text som inte får försvinna.";
        second.driver().findElement(By.id(answerId)).sendKeys(mine);
        wait(second.driver()).until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:saveStatus"),
                "Inte sparat: någon annan har ändrat ansökan"));
        second.waitForPage();
        assertTrue(second.text().contains("Någon annan kontaktperson har sparat ansökan samtidigt som du."), second.text());
        assertTrue(second.driver().findElement(By.id(answerId)).getAttribute("value").endsWith(mine), "the text stays on the page");
        second.driver().findElement(By.id("application:save")).click();
        second.waitForPage();
        assertTrue(second.driver().findElement(By.id(answerId)).getAttribute("value").endsWith(mine), "still there after saving again");
        assertEquals("", second.accessibilityViolations(), "a conflict");

        // in English too
        new Shell(first).switchLanguage();
        assertTrue(first.text().contains("Answers per criterion"), first.text());
        assertEquals("", first.accessibilityViolations(), "writing in English");
    }

    private static void signIn(Browser browser, JsonObject fixture) {
        browser.signIn(fixture.getString("applicant"), PASSWORD);
        browser.waitForH1("Välkommen");
    }

    /** Downloads a link the way the signed-in browser would (its session cookie). */
    static java.net.http.HttpResponse<byte[]> fetch(WebDriver d, String href) {
        String cookies = d.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                    .header("Cookie", cookies).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A small, well-formed one-page PDF. */
    static java.nio.file.Path samplePdf() {
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        try {
            var file = java.nio.file.Files.createTempFile("verksamhetsplan", ".pdf");
            java.nio.file.Files.writeString(file, body, java.nio.charset.StandardCharsets.US_ASCII);
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static WebDriverWait wait(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30), Duration.ofMillis(100));
    }
}

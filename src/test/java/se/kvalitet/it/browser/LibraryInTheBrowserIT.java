package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * The good-examples library in a real browser, not signed in: search in Swedish (an inflected form finds the
 * record, highlighted), narrow by facets, open the record, follow its stable address. The internal record of the
 * same year never shows. axe-core finds no WCAG 2.1 A/AA violation on the pages. Cycle years 2078–2079.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryInTheBrowserIT {

    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final String PASSWORD = "Bibliotek-lösen 2078";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePublicSearchesFiltersAndOpensARecordWithoutSigningIn() throws Exception {
        var api = new ApiClient(base.toString(), PASSWORD);
        var fixture = ApiClient.json(api.ok("POST", "/it/examples-scenario?password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD, null));
        int year = fixture.getInt("year");
        long winnerApp = fixture.getJsonArray("applicationIds").getJsonNumber(0).longValue();
        long mentionApp = fixture.getJsonArray("applicationIds").getJsonNumber(1).longValue();
        String winnerUnit = fixture.getJsonArray("applicants").getString(0);
        String mentionUnit = fixture.getJsonArray("applicants").getString(1);

        long publicId = publish(api, winnerApp, winnerUnit, "Läsande förskolebarn",
                "Förskolornas utvecklingsarbete gav barnen fler böcker.", true);
        long internalId = publish(api, mentionApp, mentionUnit, "Interna barnboksveckan",
                "Barnen läser i veckan som bara personalen får se.", false);

        try (var browser = new Browser(base.toString())) {
            browser.open("/examples/library.xhtml");
            assertEquals("Goda exempel", browser.h1());
            assertTrue(browser.driver().findElements(By.id("signout")).isEmpty(), "nobody is signed in");
            assertEquals("", browser.accessibilityViolations(), "the library");

            var field = browser.driver().findElement(By.id("q"));
            field.sendKeys("barn");
            field.sendKeys(Keys.ENTER);
            browser.waitForPage();
            assertTrue(browser.path().contains("q=barn"), browser.path());
            // narrow to this test's year by its facet
            browser.driver().findElement(By.cssSelector("a.facet-link[data-facet='year'][data-value='" + year + "']")).click();
            browser.waitForPage();
            assertEquals(1, browser.driver().findElements(By.cssSelector(".hit")).size(), browser.text());
            assertTrue(browser.text().contains("Läsande förskolebarn"), browser.text());
            assertFalse(browser.text().contains("Interna barnboksveckan"), "the internal record is not for the public");
            assertEquals("barnen", browser.driver().findElement(By.cssSelector(".snippet mark")).getText().toLowerCase());
            assertEquals("", browser.accessibilityViolations(), "the search results with a facet chosen");

            // a second facet narrows further; a facet with nothing for it empties the list
            browser.driver().findElement(By.cssSelector("a.facet-link[data-facet='outcome'][data-value='WINNER']")).click();
            browser.waitForPage();
            assertEquals(1, browser.driver().findElements(By.cssSelector(".hit")).size());
            assertTrue(browser.path().contains("outcome=WINNER"), browser.path());

            browser.driver().findElement(By.cssSelector(".hit-link")).click();
            browser.waitForH1("Läsande förskolebarn");
            assertTrue(browser.path().startsWith("/examples/record.xhtml?id=" + publicId), browser.path());
            assertTrue(browser.text().contains("Förskolornas utvecklingsarbete"), browser.text());
            assertTrue(browser.text().contains("Juryns motivering"), browser.text());
            assertTrue(browser.text().contains("Ett föredöme i att låta barnen välja böcker."), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the record");

            String address = browser.driver().findElement(By.id("stableAddress")).getText();
            assertTrue(address.startsWith("/exempel/" + publicId + "-"), address);
            browser.open(address);
            assertEquals("Läsande förskolebarn", browser.h1());

            browser.open("/examples/record.xhtml?id=" + internalId);
            assertFalse(browser.text().contains("Interna barnboksveckan"), "not found for the public");
            browser.open("/examples/unit.xhtml?id=" + fixture.getJsonArray("unitIds").getJsonNumber(0));
            assertTrue(browser.text().contains("Läsande förskolebarn"), browser.text());
            assertTrue(browser.driver().findElements(By.id("historyPrivate")).size() == 1, "no history for the public");
            assertEquals("", browser.accessibilityViolations(), "the unit's page for the public");

            // the administrator prepares a record from the decision "not awarded" (chosen on purpose)
            long cycleId = fixture.getJsonNumber("cycleId").longValue();
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.open("/examples/admin/records.xhtml?cycle=" + cycleId);
            assertEquals("Publicera goda exempel", browser.h1());
            assertEquals("", browser.accessibilityViolations(), "the publishing desk");
            browser.driver().findElement(By.cssSelector("input[id$=':chosen']")).click();
            browser.driver().findElement(By.cssSelector("input[id$=':prepare']")).click();
            browser.waitForH1("Gott exempel");
            assertTrue(browser.text().contains("Det goda exemplet är förberett"), browser.text());
            String prepared = browser.driver().findElement(By.id("stableAddress")).getText();
            String editPath = "/examples/admin/edit.xhtml?id=" + prepared.replaceAll("^/exempel/(\\d+)-.*$", "$1");
            var summary = browser.driver().findElement(By.id("texts:summary"));
            summary.clear();
            summary.sendKeys("Ring 070-123 45 67 om ni vill veta mer.");
            browser.driver().findElement(By.id("texts:save")).click();
            browser.waitForPage();
            assertTrue(browser.driver().findElement(By.id("warnings")).getText().contains("Telefonnummer"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the record's editing page with a warning");
            browser.driver().findElement(By.id("publish:publishInternally")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("inte samtyckt till intern publicering"), browser.text());
            new Shell(browser).signOut();

            // the unit consents
            String notAwardedUnit = fixture.getJsonArray("applicants").getString(2);
            browser.signIn(notAwardedUnit, PASSWORD);
            browser.open("/examples/consent.xhtml");
            assertEquals("Samtycke till goda exempel", browser.h1());
            assertEquals("", browser.accessibilityViolations(), "the unit's consent page");
            browser.driver().findElement(By.cssSelector("input[id$='consent:giveInternal']")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Samtycket är lämnat"), browser.text());
            assertEquals("Lämnat", browser.driver().findElement(By.cssSelector("td.internal-state")).getText());
            new Shell(browser).signOut();

            // the administrator publishes internally, acknowledging the warning
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.open(editPath);
            assertEquals("Gott exempel", browser.h1(), editPath + " -> " + browser.path() + ": " + browser.text());
            browser.driver().findElement(By.id("publish:publishInternally")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("personuppgifter"), browser.text());
            browser.driver().findElement(By.id("publish:acknowledge")).click();
            browser.driver().findElement(By.id("publish:publishInternally")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Exemplet är publicerat internt"), browser.text());
            assertEquals("Publicerad internt", browser.driver().findElement(By.id("publication")).getText());
            assertEquals("", browser.accessibilityViolations(), "the record's editing page, published");
        }
    }

    /** Prepares, writes, gets the unit's consent for and publishes (publicly or internally) one record over REST. */
    static long publish(ApiClient api, long applicationId, String applicant, String title, String done, boolean publicly) {
        var record = ApiClient.json(api.ok("POST", "/examples", ADMIN, ADMIN_PASSWORD,
                "{\"applicationId\":" + applicationId + "}"));
        long id = record.getJsonNumber("id").longValue();
        var texts = Json.createObjectBuilder().add("title", title).add("summary", "Sammanfattning av " + title)
                .add("whatWasDone", done).add("motivation", "Ett föredöme i att låta barnen välja böcker.")
                .add("contactConsent", false);
        record = ApiClient.json(api.ok("PUT", "/examples/" + id, ADMIN, ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("texts", texts).add("expectedVersion", version(record)).build().toString()));
        record = ApiClient.json(api.ok("POST", "/examples/" + id + "/consent", applicant,
                "{\"audience\":\"INTERNAL\",\"given\":true,\"expectedVersion\":" + version(record) + "}"));
        if (publicly) {
            record = ApiClient.json(api.ok("POST", "/examples/" + id + "/consent", applicant,
                    "{\"audience\":\"PUBLIC\",\"given\":true,\"expectedVersion\":" + version(record) + "}"));
        }
        api.ok("POST", "/examples/" + id + "/publish", ADMIN, ADMIN_PASSWORD, "{\"audience\":\""
                + (publicly ? "PUBLIC" : "INTERNAL") + "\",\"acknowledgeWarnings\":true,\"expectedVersion\":"
                + version(record) + "}");
        return id;
    }

    static long version(JsonObject view) {
        return view.getJsonNumber("version").longValue();
    }
}

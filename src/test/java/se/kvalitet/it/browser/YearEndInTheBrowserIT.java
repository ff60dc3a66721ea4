package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import se.kvalitet.it.Deployments;

/**
 * The end of the year's pages in the browser, each axe-clean: the public winners page (not signed in) with the
 * demo's announced year; the ceremony on the cycle page; the renewal prize's
 * feedback page as the administrator drafts it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class YearEndInTheBrowserIT {

    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final String PASSWORD = "Årets slut i webbläsaren 1!";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePublicSeesTheAnnouncedWinnersWithoutSigningIn() {
        var years = ApiClient.jsonArray(new ApiClient(base.toString()).ok("GET", "/winners", null, null));
        assertTrue(!years.isEmpty(), "the demo's last year is announced");
        try (var browser = new Browser(base.toString())) {
            browser.open("/winners/year.xhtml");
            assertTrue(browser.h1().startsWith("Årets vinnare"), browser.h1());
            assertTrue(browser.driver().findElements(By.cssSelector("#winners tbody tr")).size() >= 1, browser.text());
            assertEquals("", browser.accessibilityViolations(), "the winners page");
        }
    }

    @Test
    void theAdministratorPlansTheCeremonyAndDraftsTheRenewalFeedback() {
        var api = new ApiClient(base.toString(), PASSWORD);
        long cycleId = ApiClient.json(api.ok("GET", "/cycles/current", ADMIN, ADMIN_PASSWORD, null)).getJsonNumber("id").longValue();
        try (var browser = Browser.signedIn(base.toString(), ADMIN, ADMIN_PASSWORD)) {
            browser.open("/cycles/cycle.xhtml?id=" + cycleId);
            assertTrue(browser.driver().findElements(By.id("ceremony:ceremonyPlace")).size() == 1, "the ceremony form");
            assertEquals("", browser.accessibilityViolations(), "the cycle page with the ceremony");

            var renewal = api.scenario("renewal", PASSWORD);
            long entry = renewal.getJsonNumber("entryB").longValue();
            browser.open("/renewal/feedback.xhtml?application=" + entry);
            assertTrue(browser.driver().findElements(By.id("drafting:draft")).size() == 1, browser.text());
            assertEquals("", browser.accessibilityViolations(), "the renewal feedback before the draft");
        }
    }
}

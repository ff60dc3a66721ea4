package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import se.kvalitet.it.Account;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * The administrator's pages in a real browser: open a cycle, see the planning page, walk through the
 * current cycle, the presets and a model, the organisation and the accounts; axe-core finds no WCAG 2.1
 * A/AA violation on any of them, in Swedish or in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationInTheBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void administratorOpensACycleAndEveryAdministrationPageIsAccessible() {
        try (var browser = Browser.signedIn(base.toString(), "admin@kvalitet.demo", "Kvalitet2026!")) {
            browser.waitForH1("Välkommen");

            browser.open("/cycles/cycles.xhtml");
            assertEquals("", browser.accessibilityViolations(), "cycle list");
            int year = ApiClient.json(new ApiClient(base.toString()).okAs(Account.ADMIN, "GET", "/it/fixtures/free-year", null))
                    .getInt("year");
            var d = browser.driver();
            d.findElement(By.id("open:year")).sendKeys(String.valueOf(year));
            d.findElement(By.id("open:name")).sendKeys("Webbtest " + year);
            d.findElement(By.id("open:submit")).click();
            browser.waitForPage();
            assertTrue(browser.path().startsWith("/cycles/cycle.xhtml"), "the new cycle's page: " + browser.path());
            assertTrue(browser.h1().contains(String.valueOf(year)), browser.h1());
            assertTrue(browser.text().contains("Planering"), "a new cycle is being planned");
            assertTrue(browser.text().contains("Villkor för ansökan"), "the new cycle shows its application terms");
            assertEquals("", browser.accessibilityViolations(), "a cycle in planning");

            browser.open("/cycles/cycles.xhtml");
            d.findElements(By.cssSelector("#cycles a")).stream()
                    .filter(a -> a.getText().equals(String.valueOf(java.time.Year.now().getValue())))
                    .findFirst().orElseThrow().click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Domarkommitté"), "the demo cycle is with the jury: " + browser.text());
            assertEquals("", browser.accessibilityViolations(), "the current cycle");
            var modelLink = d.findElements(By.cssSelector("a[href*='/criteria/model.xhtml']"));
            assertFalse(modelLink.isEmpty(), "the cycle links to its models");
            modelLink.get(0).click();
            browser.waitForPage();
            assertEquals("", browser.accessibilityViolations(), "a frozen model");

            browser.open("/criteria/presets.xhtml");
            assertTrue(browser.text().contains("Piteå"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "presets");

            for (String page : new String[]{"/organizations/units.xhtml", "/people/accounts.xhtml"}) {
                browser.open(page);
                assertFalse(browser.h1().isBlank(), page);
                assertEquals("", browser.accessibilityViolations(), page);
            }

            new Shell(browser).switchLanguage();
            for (String page : new String[]{"/cycles/cycles.xhtml", "/criteria/presets.xhtml", "/organizations/units.xhtml",
                    "/people/accounts.xhtml"}) {
                browser.open(page);
                assertEquals("en", new Shell(browser).language(), page);
                assertEquals("", browser.accessibilityViolations(), page + " in English");
            }
        }
    }
}

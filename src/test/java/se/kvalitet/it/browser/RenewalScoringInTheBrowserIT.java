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
import org.openqa.selenium.support.ui.Select;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * A jury member scores a renewal-prize entry in a real browser: confirms having no conflict on the list of entries,
 * reads the entry beside the form, is refused on submit while justifications are missing, completes and submits,
 * and then sees the entry ranked. axe-core finds no WCAG 2.1 A/AA violation on the list, the form, the refusal and
 * the ranking.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RenewalScoringInTheBrowserIT {

    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final String PASSWORD = "Jurylösen 2074!";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aJurorConfirmsScoresSubmitsAndSeesTheStandings() throws Exception {
        var fixture = scenario();
        long cycleId = fixture.getJsonNumber("cycleId").longValue();
        long entryA = fixture.getJsonNumber("entryA").longValue();
        String juror = fixture.getString("juror1");

        try (var browser = Browser.signedIn(base.toString(), juror, PASSWORD)) {
            browser.open("/renewal/entries.xhtml?cycle=" + cycleId);
            assertEquals("Förnyelsepriset: bidragen", browser.h1());
            assertTrue(browser.text().contains("Bekräfta att du inte har jäv"), browser.text());
            assertTrue(browser.driver().findElements(By.id("entries:list:0:score")).isEmpty(), "no form before confirming");
            assertEquals("", browser.accessibilityViolations(), "the list of entries");

            browser.driver().findElement(By.id("entries:list:0:confirm")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Du har bekräftat att du inte har jäv"), browser.text());
            browser.driver().findElement(By.id("entries:list:0:score")).click();
            browser.waitForPage();
            assertTrue(browser.path().startsWith("/renewal/score.xhtml"), browser.path());
            assertEquals("Förnyelsepriset: bedöm bidraget", browser.h1());
            assertTrue(browser.text().contains("Bakgrund: Läxhjälp på biblioteket"), "the entry's text beside the form");
            assertTrue(browser.text().contains("Det nya: Läxhjälp på biblioteket"), browser.text());
            assertEquals(6, browser.driver().findElements(By.cssSelector(".juror-form fieldset")).size());
            assertEquals("", browser.accessibilityViolations(), "the empty form");

            for (int row = 0; row < 6; row++) {
                new Select(browser.driver().findElement(By.id("score:rows:" + row + ":value"))).selectByIndex(4);
            }
            for (int row = 0; row < 5; row++) {
                var field = browser.driver().findElement(By.id("score:rows:" + row + ":justification"));
                field.clear();
                field.sendKeys("JURYNS motivering " + row);
            }
            browser.driver().findElement(By.id("score:submit")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Saknas: F6"), browser.text());
            assertEquals("Utkast", browser.driver().findElement(By.id("score:status")).getText(), "saved as a draft");
            assertEquals("", browser.accessibilityViolations(), "the form with a refusal");

            var last = browser.driver().findElement(By.id("score:rows:5:justification"));
            last.clear();
            last.sendKeys("JURYNS motivering 5");
            browser.driver().findElement(By.id("score:submit")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Din bedömning är inlämnad"), browser.text());
            assertEquals("Inlämnad", browser.driver().findElement(By.id("score:status")).getText());
            assertTrue(browser.driver().findElements(By.id("score:submit")).isEmpty(), "read-only once submitted");
            assertTrue(browser.text().contains("Ingen annan jurymedlem har lämnat in"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the submitted scoring");

            browser.driver().findElement(By.id("score:rankingLink")).click();
            browser.waitForPage();
            assertEquals("Förnyelsepriset: rangordning", browser.h1());
            var row = browser.driver().findElement(By.cssSelector("tr[data-application='" + entryA + "']"));
            assertEquals("1", row.findElement(By.cssSelector("td.rank")).getText(), row.getText());
            // level 4 of 1–5 on every criterion: three quarters of each weight, each rounded to one decimal as the scale does
            // (11.3 + 11.3 + 15.0 + 18.8 + 11.3 + 7.5)
            assertEquals("75.2", row.findElement(By.cssSelector("td.mean")).getText());
            assertFalse(browser.text().contains("JURYNS"), "justifications are not on the ranking");
            assertEquals("", browser.accessibilityViolations(), "the ranking");
        }
    }

    JsonObject scenario() throws Exception {
        return new ApiClient(base.toString()).scenario("renewal", PASSWORD);
    }
}

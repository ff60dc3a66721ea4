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
import se.kvalitet.it.Deployments;

/**
 * The examiner register and conflict pages in a real browser, for the administrator, an examiner and a juror:
 * each page shows, has its menu entry, and axe-core finds no WCAG 2.1 A/AA violation, in Swedish and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExaminersInTheBrowserIT {

    static final String PASSWORD = "Kvalitet2026!";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void administratorsPagesAreAccessible() {
        try (var browser = Browser.signedIn(base.toString(), "admin@kvalitet.demo", PASSWORD)) {
            browser.waitForH1("Välkommen");
            assertTrue(new Shell(browser).menu().contains("Examinatorer"), new Shell(browser).menu().toString());
            assertTrue(new Shell(browser).menu().contains("Jäv"));
            var d = browser.driver();

            browser.open("/examiners/register.xhtml");
            assertEquals("Examinatorsregister", browser.h1());
            assertEquals("", browser.accessibilityViolations(), "register");

            d.findElement(By.id("newRecord")).click();
            browser.waitForPage();
            assertTrue(browser.path().startsWith("/examiners/examiner.xhtml"), browser.path());
            assertEquals("", browser.accessibilityViolations(), "new examiner form");

            browser.open("/examiners/register.xhtml");
            d.findElement(By.id("importLink")).click();
            browser.waitForPage();
            assertTrue(browser.path().startsWith("/examiners/import.xhtml"), browser.path());
            assertEquals("", browser.accessibilityViolations(), "import");

            browser.open("/conflicts/cycle.xhtml");
            assertFalse(browser.h1().isBlank());
            assertEquals("", browser.accessibilityViolations(), "conflicts of the cycle");

            new Shell(browser).switchLanguage();
            for (String page : new String[]{"/examiners/register.xhtml", "/conflicts/cycle.xhtml"}) {
                browser.open(page);
                assertEquals("en", new Shell(browser).language(), page);
                assertEquals("", browser.accessibilityViolations(), page + " in English");
            }
        }
    }

    @Test
    void examinersAndJurorsPagesAreAccessible() {
        try (var browser = Browser.signedIn(base.toString(), "examinator@kvalitet.demo", PASSWORD)) {
            browser.waitForH1("Välkommen");
            assertTrue(new Shell(browser).menu().contains("Mitt examinatorsuppdrag"), new Shell(browser).menu().toString());
            browser.open("/examiners/mine.xhtml");
            assertEquals("Mitt examinatorsuppdrag", browser.h1());
            assertEquals("", browser.accessibilityViolations(), "my examiner record");
            browser.open("/conflicts/mine.xhtml");
            assertEquals("Mina jäv", browser.h1());
            assertEquals("", browser.accessibilityViolations(), "my conflicts");
            browser.open("/examiners/register.xhtml");
            assertTrue(browser.text().contains("Ingen behörighet") || browser.h1().contains("behörighet"), browser.text());
            new Shell(browser).signOut();

            browser.signIn("jury@kvalitet.demo", PASSWORD);
            browser.waitForH1("Välkommen");
            browser.open("/conflicts/mine.xhtml");
            assertEquals("Mina jäv", browser.h1());
            assertTrue(browser.text().contains("Jurymedlem"), "a juror declares as juror");
            assertEquals("", browser.accessibilityViolations(), "a juror's conflicts");
        }
    }
}

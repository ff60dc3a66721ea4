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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.it.Deployments;

/**
 * Golden paths in a real browser: every role signs in, sees its own start page, switches to English and
 * back, and signs out; every page visited passes axe-core's WCAG 2.1 A/AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolesInTheBrowserIT {

    static final String PASSWORD = "Kvalitet2026!";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} signs in and sees the start page")
    @CsvSource({
            "admin@kvalitet.demo, Administratör, Administrator",
            "sokande@kvalitet.demo, Sökande, Applicant",
            "examinator@kvalitet.demo, Examinator, Examiner",
            "jury@kvalitet.demo, Domarkommitté, Jury",
            "medarbetare@kvalitet.demo, Medarbetare, Staff"})
    void eachRoleSignsInSeesItsStartPageAndSwitchesLanguage(String email, String swedishRole, String englishRole) {
        try (var browser = new Browser(base.toString())) {
            browser.open("/");
            assertTrue(browser.path().startsWith("/signin.xhtml"), "signed-out visitors are sent to sign in: " + browser.path());
            assertEquals("Logga in", browser.h1());
            assertEquals("", browser.accessibilityViolations(), "sign-in page");

            new SignInPage(browser).signIn(email, PASSWORD);
            browser.waitForH1("Välkommen");
            assertTrue(browser.text().contains(swedishRole + ":"), "a task for the role " + swedishRole + ":\n" + browser.text());
            assertEquals("sv", new Shell(browser).language());
            assertEquals("", browser.accessibilityViolations(), "start page (sv) of " + email);

            var shell = new Shell(browser);
            shell.switchLanguage();
            browser.waitForH1("Welcome");
            assertEquals("en", shell.language());
            assertTrue(browser.text().contains(englishRole + ":"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "start page (en) of " + email);
            shell.switchLanguage();
            browser.waitForH1("Välkommen");

            shell.signOut();
            browser.waitForH1("Logga in");
            assertTrue(browser.text().contains("Du är utloggad."), browser.text());
            browser.open("/index.xhtml");
            assertTrue(browser.path().startsWith("/signin.xhtml"), "signed out for real: " + browser.path());
        }
    }

    @Test
    void wrongPasswordGetsAClearLocalizedErrorAndAnAccessiblePage() {
        try (var browser = new Browser(base.toString())) {
            var signIn = new SignInPage(browser).open();
            signIn.signIn("medarbetare@kvalitet.demo", "inte rätt lösenord");
            assertEquals("Logga in", browser.h1());
            assertTrue(signIn.messages().contains("Fel e-postadress eller lösenord."), signIn.messages());
            assertEquals("", browser.accessibilityViolations(), "sign-in page with an error");
            new Shell(browser).switchLanguage();
            signIn.signIn("medarbetare@kvalitet.demo", "still wrong");
            assertTrue(signIn.messages().contains("Wrong e-mail address or password."), signIn.messages());
        }
    }

    @Test
    void everyoneKeepsTheirOwnApiTokensOnAnAccessiblePage() {
        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn("sokande@kvalitet.demo", PASSWORD);
            browser.waitForH1("Välkommen");
            var d = browser.driver();
            d.findElement(org.openqa.selenium.By.id("headerForm:navTokens")).click();
            browser.waitForH1("Mina API-nycklar");
            assertEquals("", browser.accessibilityViolations(), "token page");

            String name = "Webbtest " + System.nanoTime();
            d.findElement(org.openqa.selenium.By.id("tokenForm:name")).sendKeys(name);
            d.findElement(org.openqa.selenium.By.id("tokenForm:create")).click();
            browser.waitForPage();
            String secret = d.findElement(org.openqa.selenium.By.id("tokenForm:newSecret")).getAttribute("value");
            assertTrue(secret.startsWith("kvt_"), "the secret is shown once: " + secret);
            assertTrue(browser.text().contains("Nyckeln \"" + name + "\" är skapad."), browser.text());
            assertEquals("", browser.accessibilityViolations(), "token page with a new secret");

            browser.open("/people/tokens.xhtml");
            assertFalse(d.getPageSource().contains(secret), "never shown again");
            d.findElements(org.openqa.selenium.By.cssSelector("#tokenForm\\:tokens tbody tr")).stream()
                    .filter(row -> row.getText().contains(name)).findFirst().orElseThrow()
                    .findElement(org.openqa.selenium.By.cssSelector("button")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Nyckeln \"" + name + "\" är återkallad"), browser.text());
            new Shell(browser).switchLanguage();
            browser.waitForH1("My API tokens");
            assertEquals("", browser.accessibilityViolations(), "token page (en)");
            new Shell(browser).switchLanguage();
            browser.waitForH1("Mina API-nycklar");
        }
    }

    @Test
    void publicPagesAreAccessibleInBothLanguages() {
        try (var browser = new Browser(base.toString())) {
            browser.open("/accessibility.xhtml");
            assertEquals("Tillgänglighetsredogörelse", browser.h1());
            assertEquals("", browser.accessibilityViolations(), "accessibility statement");
            browser.open("/no-such-page.xhtml");
            assertEquals("Sidan finns inte", browser.h1());
            assertEquals("", browser.accessibilityViolations(), "not-found page");
        }
    }
}

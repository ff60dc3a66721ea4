package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * An indicator in the answer to a results criterion, in the browser: the applicant adds a row (an ajax update of
 * the whole form), types the measure, unit, target, two years' values (one with a decimal comma) and a comparison;
 * the autosave saves them without a button; a third year's value pasted with the mouse and a fourth typed just
 * before leaving are saved on the way out, and after coming back every figure is there and the page shows the indicator as a table and a
 * line chart. The edit page passes axe-core
 * with the rows, the table and the chart on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicatorsInTheBrowserIT {

    static final String PASSWORD = "Indikatorer i år 2027!";
    static final java.util.regex.Pattern SAVED = java.util.regex.Pattern.compile("Sparat \\d{2}:\\d{2}");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anIndicatorTypedIntoAResultsCriterionIsKeptAndShownAsAChart() {
        var api = new ApiClient(base.toString(), PASSWORD);
        var fixture = api.scenario("application", PASSWORD);
        int year = fixture.getInt("year");
        String edit = "/applications/edit.xhtml?id=" + fixture.getJsonNumber("draftId");
        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn(fixture.getString("applicant"), PASSWORD);
            browser.waitForH1("Välkommen");
            browser.open(edit);
            assertTrue(browser.driver().findElements(By.cssSelector(".indicator-row")).isEmpty());
            browser.driver().findElement(By.cssSelector(".add-indicator")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".indicator-measure")));
            browser.waitForPage();

            type(browser, ".indicator-measure", "Nöjda vårdnadshavare");
            type(browser, ".indicator-unit", "procent");
            type(browser, ".indicator-target", "90");
            type(browser, ".indicator-value-" + (year - 2), "81");
            type(browser, ".indicator-value-" + (year - 1), "86,5");
            type(browser, ".indicator-comparison-label", "Riket");
            type(browser, ".indicator-comparison", "84");
            assertEquals("", browser.accessibilityViolations(), "the edit page with an indicator being written");
            // typed in a moment ago: the autosave saves it without a button (or the page says why not)
            try {
                wait(browser).until(ExpectedConditions.textMatches(By.id("application:saveStatus"), SAVED));
            } catch (org.openqa.selenium.TimeoutException notSaved) {
                throw new AssertionError("the indicator was not saved: " + browser.text(), notSaved);
            }
            // then a value pasted with the mouse and one typed, and the page left at once: saved before it goes
            NothingLostInTheBrowserIT.paste(browser, browser.driver().findElement(By.cssSelector(".indicator-value-" + (year - 3)))
                    .getAttribute("id"), "78");
            type(browser, ".indicator-value-" + year, "88");
            assertTrue(NothingLostInTheBrowserIT.wouldWarn(browser), "leaving with unsaved figures asks first");
            browser.driver().findElement(By.cssSelector("nav.site-nav a")).click();
            wait(browser).ignoring(StaleElementReferenceException.class)
                    .until(d -> !browser.path().startsWith("/applications/edit.xhtml"));
            browser.waitForPage();

            browser.open(edit);
            assertEquals("Nöjda vårdnadshavare", value(browser, ".indicator-measure"));
            assertEquals("78", value(browser, ".indicator-value-" + (year - 3)), "the pasted value");
            assertEquals("81", value(browser, ".indicator-value-" + (year - 2)));
            assertEquals("86,5", value(browser, ".indicator-value-" + (year - 1)));
            assertEquals("88", value(browser, ".indicator-value-" + year), "the value typed just before leaving");
            assertEquals("84", value(browser, ".indicator-comparison"));
            var chart = wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".indicator-chart canvas")));
            assertTrue(chart.getSize().getHeight() > 100, "the chart is drawn: " + chart.getSize());
            String table = browser.driver().findElement(By.cssSelector(".indicator-table")).getText();
            assertTrue(table.contains("Nöjda vårdnadshavare") && table.contains("86,5") && table.contains(String.valueOf(year - 1))
                    && table.contains("Riket 84"), table);
            assertFalse(browser.text().contains("inget tal"), "no refusal");
            assertEquals("", browser.accessibilityViolations(), "the edit page with the indicator's table and chart");
        }
    }

    /**
     * The unit saves an indicator (over the API, as its own applicant); the edit page shows the figures in the row's
     * fields, as a table and as a line chart, and passes axe-core.
     */
    @Test
    void aSavedIndicatorIsShownInItsFieldsAsATableAndAsAChart() {
        var api = new ApiClient(base.toString(), PASSWORD);
        var fixture = api.scenario("application", PASSWORD);
        int year = fixture.getInt("year");
        long draft = fixture.getJsonNumber("draftId").longValue();
        String applicant = fixture.getString("applicant");
        long version = ApiClient.json(api.ok("GET", "/applications/" + draft, applicant, null)).getJsonNumber("version").longValue();
        api.ok("PUT", "/applications/" + draft, applicant, "{\"expectedVersion\":" + version + ",\"indicators\":{\"2\":[{"
                + "\"measure\":\"Nöjda vårdnadshavare\",\"unitOfMeasure\":\"procent\",\"target\":90,\"comparisonLabel\":\"Riket\","
                + "\"comparison\":84,\"values\":[{\"year\":" + (year - 2) + ",\"value\":81},{\"year\":" + (year - 1)
                + ",\"value\":86.5}]}]}}");
        try (var browser = new Browser(base.toString())) {
            new SignInPage(browser).open().signIn(applicant, PASSWORD);
            browser.waitForH1("Välkommen");
            browser.open("/applications/edit.xhtml?id=" + draft);
            assertEquals("Nöjda vårdnadshavare", value(browser, ".indicator-measure"));
            assertEquals("86,5", value(browser, ".indicator-value-" + (year - 1)));
            var chart = wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".indicator-chart canvas")));
            assertTrue(chart.getSize().getHeight() > 100, "the chart is drawn: " + chart.getSize());
            assertTrue(chart.getAttribute("aria-label").contains("Nöjda vårdnadshavare"), chart.getAttribute("aria-label"));
            String table = browser.driver().findElement(By.cssSelector(".indicator-table")).getText();
            assertTrue(table.contains("Nöjda vårdnadshavare") && table.contains("86,5") && table.contains(String.valueOf(year - 1))
                    && table.contains("Riket 84"), table);
            assertEquals("", browser.accessibilityViolations(), "the edit page with the indicator's row, table and chart");
        }
    }

    static void type(Browser browser, String css, String text) {
        WebElement field = browser.driver().findElement(By.cssSelector(css));
        field.click();
        field.clear();
        field.sendKeys(text);
    }

    static String value(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).getAttribute("value");
    }

    static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30), Duration.ofMillis(100));
    }
}

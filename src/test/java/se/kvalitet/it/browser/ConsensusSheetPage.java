package se.kvalitet.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The consensus sheet of one application. */
public final class ConsensusSheetPage {

    private final Browser browser;

    public ConsensusSheetPage(Browser browser) {
        this.browser = browser;
    }

    public ConsensusSheetPage open(long applicationId) {
        browser.open("/consensus/sheet.xhtml?application=" + applicationId);
        return this;
    }

    public String status() {
        return browser.driver().findElement(By.id("status")).getText();
    }

    public void openConsensus() {
        browser.driver().findElement(By.id("opening:open")).click();
        browser.waitForPage();
    }

    /** The header cells of the side-by-side table's rows, in the order shown. */
    public List<String> criteriaInOrder() {
        return browser.driver().findElements(By.cssSelector("#individual tbody tr th")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> individualScores(int row) {
        return browser.driver().findElements(By.cssSelector("#individual tbody tr:nth-child(" + (row + 1) + ") td"))
                .stream().map(WebElement::getText).toList();
    }

    /** Sets the consensus score and justification of the n-th criterion form (flagged first) and saves the sheet. */
    public void record(int form, String value, String justification) {
        var row = browser.driver().findElements(By.cssSelector("#criteria .consensus-row")).get(form);
        new Select(row.findElement(By.cssSelector("select[id$=':value']"))).selectByValue(value);
        var text = row.findElement(By.cssSelector("textarea[id$=':justification']"));
        text.clear();
        text.sendKeys(justification);
        save();
    }

    /**
     * The one save of every criterion: a full-page submit, which waits for an autosave still under way, so the
     * old page going stale is what says it happened.
     */
    public void save() {
        var page = browser.driver().findElement(By.tagName("html"));
        browser.driver().findElement(By.id("criteria:save")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30), java.time.Duration.ofMillis(100))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        browser.waitForPage();
    }

    public String messages() {
        return browser.driver().findElement(By.cssSelector(".messages")).getText();
    }
}

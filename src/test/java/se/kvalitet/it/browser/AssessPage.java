package se.kvalitet.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The examiner's scoring form, /scoring/assess.xhtml. */
public final class AssessPage {

    private final Browser browser;

    public AssessPage(Browser browser) {
        this.browser = browser;
    }

    public AssessPage open(long applicationId) {
        browser.open("/scoring/assess.xhtml?application=" + applicationId);
        return this;
    }

    public int criteria() {
        return browser.driver().findElements(By.cssSelector("section.criterion")).size();
    }

    /** Chooses a value by its visible text (e.g. "70 %") and waits for the autosave. */
    public void score(int row, String value) {
        new Select(browser.driver().findElement(By.id("assess:rows:" + row + ":value"))).selectByVisibleText(value);
        browser.waitForPage();
    }

    /** Types a justification and leaves the field, which saves it. */
    public void justify(int row, String text) {
        var field = browser.driver().findElement(By.id("assess:rows:" + row + ":justification"));
        field.clear();
        field.sendKeys(text);
        browser.driver().findElement(By.id("assess:rows:" + row + ":strengths")).click();
        browser.waitForPage();
    }

    public String band(int row) {
        return browser.driver().findElement(By.id("assess:rows:" + row + ":band")).getText();
    }

    public String points(int row) {
        return browser.driver().findElement(By.id("assess:rows:" + row + ":points")).getText();
    }

    public String total() {
        return browser.driver().findElement(By.id("assess:total")).getText();
    }

    public String status() {
        return browser.driver().findElement(By.id("assess:status")).getText();
    }

    public void save() {
        browser.driver().findElement(By.id("assess:save")).click();
        browser.waitForPage();
    }

    public void submit() {
        browser.driver().findElement(By.id("assess:submit")).click();
        browser.waitForPage();
    }
}

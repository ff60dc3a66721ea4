package se.kvalitet.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The site-visit page of one application. */
public final class SiteVisitPage {

    private final Browser browser;

    public SiteVisitPage(Browser browser) {
        this.browser = browser;
    }

    public SiteVisitPage open(long applicationId) {
        browser.open("/consensus/visit.xhtml?application=" + applicationId);
        return this;
    }

    /** Presses a button that submits the page (after any autosave under way): waits for the new page. */
    private void click(String id) {
        var page = browser.driver().findElement(By.tagName("html"));
        browser.driver().findElement(By.id(id)).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30), java.time.Duration.ofMillis(100))
                .until(d -> gone(page));
        browser.waitForPage();
    }

    /** The old page is gone: stale, or (ChromeDriver's other answer while the new one loads) no longer its node. */
    private static boolean gone(org.openqa.selenium.WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException notInTheDocument) {
            return String.valueOf(notInTheDocument.getMessage()).contains("does not belong to the document");
        }
    }

    private void type(String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public void select() {
        click("selecting:select");
    }

    public void plan(String date, String participants, String interviewees) {
        type("plan:date", date);
        type("plan:participants", participants);
        type("plan:interviewees", interviewees);
        click("plan:save");
    }

    public void ask(String criterion, String question) {
        new Select(browser.driver().findElement(By.id("ask:criterion"))).selectByValue(criterion);
        type("ask:text", question);
        click("ask:add");
    }

    public void recordOutcome(int question, String outcome, String note) {
        var row = browser.driver().findElements(By.cssSelector("#questionList .visit-question")).get(question);
        new Select(row.findElement(By.cssSelector("select[id$=':outcome']"))).selectByValue(outcome);
        var text = row.findElement(By.cssSelector("textarea[id$=':note']"));
        text.clear();
        text.sendKeys(note);
        click("questionList:save");
    }

    public void markHeld() {
        click("holding:held");
    }

    public void adjust(String criterion, String value, String reason) {
        new Select(browser.driver().findElement(By.id("adjusting:criterion"))).selectByValue(criterion);
        type("adjusting:value", value);
        type("adjusting:reason", reason);
        click("adjusting:save");
    }

    /** The cells of the before/after table's row for a criterion: before, after, reason. */
    public List<String> beforeAfter(String criterion) {
        return browser.driver().findElements(By.cssSelector("#beforeAfter tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().startsWith(criterion + " "))
                .findFirst().orElseThrow().findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    public String messages() {
        return browser.driver().findElement(By.cssSelector(".messages")).getText();
    }
}

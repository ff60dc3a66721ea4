package se.kvalitet.it.browser;

import org.openqa.selenium.By;

/** The examiner's page of their teams. */
public final class MyTeamsPage {

    private final Browser browser;

    public MyTeamsPage(Browser browser) {
        this.browser = browser;
    }

    public MyTeamsPage open() {
        browser.open("/assignments/mine.xhtml");
        return this;
    }

    public int teamCount() {
        return browser.driver().findElements(By.cssSelector("#mine\\:teams > tbody > tr")).size();
    }

    public void confirmNoConflict(int row) {
        browser.driver().findElement(By.id("mine:teams:" + row + ":confirm")).click();
        browser.waitForPage();
    }

    public void read(int row) {
        browser.driver().findElement(By.id("mine:teams:" + row + ":read")).click();
        browser.waitForPage();
    }

    public boolean hasConflictLink(int row) {
        return !browser.driver().findElements(By.cssSelector("#mine\\:teams > tbody > tr:nth-child(" + (row + 1)
                + ") a.declare")).isEmpty();
    }
}

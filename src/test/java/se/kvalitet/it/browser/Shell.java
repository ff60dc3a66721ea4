package se.kvalitet.it.browser;

import org.openqa.selenium.By;

/** The parts of the layout every page shares: language switch, sign-out, main menu. */
public final class Shell {

    private final Browser browser;

    public Shell(Browser browser) {
        this.browser = browser;
    }

    public void switchLanguage() {
        String before = browser.driver().findElement(By.tagName("html")).getAttribute("lang");
        browser.driver().findElement(By.id("headerForm:language")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30), java.time.Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !before.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.waitForPage();
    }

    public String language() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    public void signOut() {
        browser.driver().findElement(By.id("headerForm:signout")).click();
        browser.waitForPage();
    }

    public java.util.List<String> menu() {
        return browser.driver().findElements(By.cssSelector("nav.site-nav a")).stream().map(a -> a.getText()).toList();
    }
}

package se.kvalitet.it.browser;

import org.openqa.selenium.By;

/** The sign-in form, as a person uses it. */
public final class SignInPage {

    private final Browser browser;

    public SignInPage(Browser browser) {
        this.browser = browser;
    }

    public SignInPage open() {
        browser.open("/signin.xhtml");
        return this;
    }

    public void signIn(String email, String password) {
        var d = browser.driver();
        d.findElement(By.id("signin:email")).clear();
        d.findElement(By.id("signin:email")).sendKeys(email);
        d.findElement(By.id("signin:password")).sendKeys(password);
        d.findElement(By.id("signin:submit")).click();
        browser.waitForPage();
    }

    public String messages() {
        return browser.driver().findElement(By.cssSelector(".messages")).getText();
    }
}

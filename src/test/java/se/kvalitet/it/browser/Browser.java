package se.kvalitet.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser session for a test: Debian's headless Chromium driven by Debian's ChromeDriver (nothing is
 * downloaded), with the axe-core accessibility engine at hand for every page. The Chromiums are shared by the
 * whole run: closing a session empties its browser and gives it to the next test (two sessions at once, as in a
 * jury meeting, are two browsers).
 */
public final class Browser implements AutoCloseable {

    private static final String AXE_SOURCE = readAxe();
    /** Chromiums not in use: a test takes one and gives it back clean, so a run starts few browsers. */
    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();
    private static final List<ChromeDriver> ALL = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                ALL.forEach(d -> {
                    try {
                        d.quit();
                    } catch (RuntimeException alreadyGone) {
                        // the JVM is ending; nothing to clean up beyond what quit does
                    }
                });
            }
        }));
    }

    private final ChromeDriver driver;
    private final String baseUrl;

    /** A browser session on the application with no cookies, no storage and nobody signed in. */
    public Browser(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        ChromeDriver idle;
        synchronized (IDLE) {
            idle = IDLE.poll();
        }
        driver = idle != null ? idle : start();
    }

    /** A session signed in as {@code email} through the real sign-in form, on the start page. */
    public static Browser signedIn(String baseUrl, String email, String password) {
        return new Browser(baseUrl).signIn(email, password);
    }

    /** Signs in as {@code email} through the real sign-in form (after a test has signed the last person out). */
    public Browser signIn(String email, String password) {
        new SignInPage(this).open().signIn(email, password);
        return this;
    }

    private static ChromeDriver start() {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--disable-quic", "--window-size=1280,1000", "--lang=sv-SE",
                    "--user-data-dir=" + Files.createTempDirectory("kvalitet-chromium").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        var started = new ChromeDriver(service, options);
        started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        synchronized (IDLE) {
            ALL.add(started);
        }
        return started;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
        waitForPage();
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the document has loaded and no PrimeFaces ajax request is running. */
    /**
     * Waits until the page is loaded, no Ajax request is pending and nothing is still fading in (a dialog's mask
     * half faded in would give axe-core wrong colours to measure on a slow machine).
     */
    public void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "complete".equals(js("return document.readyState"))
                && Boolean.TRUE.equals(js("return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()"))
                && Boolean.TRUE.equals(js("return (!window.jQuery || jQuery(':animated').length === 0)"
                        + " && (!document.getAnimations || document.getAnimations().every(a => a.playState !== 'running'))")));
    }

    public void waitForH1(String start) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(start) + ".*")));
        waitForPage();
    }

    /**
     * Runs axe-core with the WCAG 2.0/2.1 A and AA rules on the current page and returns its violations as
     * readable text, "" when there are none.
     */
    public String accessibilityViolations() {
        waitForPage();
        js(AXE_SOURCE);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(function (r) { done(r.violations.map(function (v) {"
                        + "  return v.id + ' (' + v.impact + '): ' + v.help + ' -> ' + v.nodes.slice(0, 5).map(function (n) {"
                        + "    return n.target.join(' '); }).join(' | '); }).join('\\n')); })"
                        + ".catch(function (e) { done('axe failed: ' + e); });");
        return String.valueOf(result);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /**
     * Gives the Chromium back for the next test, emptied: every cookie (so the session is gone), the site's
     * storage and any window but one. A browser that cannot be cleaned is quit instead.
     */
    @Override
    public void close() {
        try {
            var windows = new ArrayList<>(driver.getWindowHandles());
            for (int i = 1; i < windows.size(); i++) {
                driver.switchTo().window(windows.get(i)).close();
            }
            driver.switchTo().window(windows.get(0));
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
            synchronized (IDLE) {
                IDLE.push(driver);
            }
        } catch (RuntimeException broken) {
            synchronized (IDLE) {
                ALL.remove(driver);
            }
            driver.quit();
        }
    }

    private static String readAxe() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

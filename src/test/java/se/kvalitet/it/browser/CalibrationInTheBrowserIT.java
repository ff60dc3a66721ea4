package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.kvalitet.it.Account;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * Courses and calibration in the browser: the administrator records a course's attendance by ticking examiners;
 * an examiner scores a calibration exercise, submits and sees their deviation per criterion as a chart and a
 * table; the administrator sees everyone's deviations and closes the exercise, after which the examiner sees the
 * group's spread. axe-core finds nothing on any page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalibrationInTheBrowserIT {

    static final String PASSWORD = "Kalibrering-lösen 2084";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void attendanceIsTickedAndAnExaminerSeesTheirDeviationThenTheGroups() {
        var api = new ApiClient(base.toString());
        JsonObject fixture = api.scenario("calibration", PASSWORD);
        long cycleId = fixture.getJsonNumber("cycleId").longValue();
        String e1 = fixture.getJsonObject("emails").getString("e1");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1);
        var course = ApiClient.json(api.okAs(Account.ADMIN, "POST", "/examiner-courses?cycleId=" + cycleId,
                "{\"name\":\"Grundutbildning i webbläsaren\",\"kind\":\"BASIC\",\"heldOn\":\"" + yesterday + "\",\"required\":true}"));
        var exercise = ApiClient.json(api.okAs(Account.ADMIN, "POST", "/calibrations", "{\"cycleId\":" + cycleId
                + ",\"title\":\"Referensfallet\",\"caseText\":\"Skolan följer upp elevernas resultat varje termin.\","
                + "\"scaleMax\":100,\"criteria\":[{\"code\":\"1\",\"title\":\"Ledarskap\",\"referenceValue\":60},"
                + "{\"code\":\"2\",\"title\":\"Resultat\",\"referenceValue\":40}]}"));
        long exerciseId = exercise.getJsonNumber("id").longValue();

        try (var browser = Browser.signedIn(base.toString(), Account.ADMIN.email(), Account.ADMIN.password())) {
            var d = browser.driver();
            browser.open("/examiners/courses.xhtml?cycle=" + cycleId);
            assertEquals("Examinatorskurser", browser.h1());
            assertTrue(d.findElement(By.id("courses")).getText().contains("Grundutbildning i webbläsaren"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the courses");

            browser.open("/examiners/course.xhtml?id=" + course.getJsonNumber("id"));
            WebElement row = d.findElements(By.cssSelector("#attendance\\:examiners_data > tr")).stream()
                    .filter(r -> r.getText().contains("Examinator e1")).findFirst().orElseThrow();
            row.findElement(By.cssSelector("input[type=checkbox]")).click();
            d.findElement(By.id("attendance:record")).click();
            browser.waitForPage();
            assertTrue(d.findElement(By.id("attendedCount")).getText().startsWith("1 av 3"), d.findElement(By.id("attendedCount")).getText());
            assertEquals("", browser.accessibilityViolations(), "a course's attendance");

            browser.open("/examiners/calibrations.xhtml?cycle=" + cycleId);
            assertTrue(d.findElement(By.id("exercises")).getText().contains("Referensfallet"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the exercises with the new-exercise form");
        }

        try (var browser = Browser.signedIn(base.toString(), e1, PASSWORD)) {
            var d = browser.driver();
            browser.open("/examiners/mine.xhtml?cycle=" + cycleId);
            assertTrue(d.findElement(By.id("myCourses")).getText().contains("Grundutbildning i webbläsaren"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "my record with the year's courses");
            d.findElement(By.id("toCalibrations")).click();
            browser.waitForPage();
            d.findElement(By.linkText("Referensfallet")).click();
            browser.waitForH1("Kalibreringsövning");
            assertTrue(d.findElements(By.id("deviations")).isEmpty(), "no reference before submitting");
            assertEquals("", browser.accessibilityViolations(), "an exercise to score");
            List<WebElement> scores = d.findElements(By.cssSelector("input[id$=':score']"));
            assertEquals(2, scores.size());
            scores.get(0).sendKeys("75");
            scores.get(1).sendKeys("30");
            d.findElement(By.id("scoring:submit")).click();
            browser.waitForPage();
            assertTrue(d.findElements(By.id("deviationChart")).size() == 1, browser.text());
            assertEquals("+15", d.findElement(By.cssSelector("[id$='0:deviation']")).getText());
            assertEquals("-10", d.findElement(By.cssSelector("[id$='1:deviation']")).getText());
            assertTrue(browser.text().contains("Gruppens spridning visas när övningen är avslutad"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the deviation chart");
        }

        try (var browser = Browser.signedIn(base.toString(), Account.ADMIN.email(), Account.ADMIN.password())) {
            var d = browser.driver();
            browser.open("/examiners/calibration.xhtml?id=" + exerciseId);
            assertTrue(d.findElement(By.id("everyone")).getText().contains("Examinator e1"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "everyone's deviations");
            d.findElement(By.id("closeForm:close")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Avslutad"), browser.text());
        }

        try (var browser = Browser.signedIn(base.toString(), e1, PASSWORD)) {
            browser.open("/examiners/calibration.xhtml?id=" + exerciseId);
            assertTrue(browser.text().contains("Gruppens avvikelser"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the group's spread");
        }
    }
}

package se.kvalitet.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.it.ApiClient;
import se.kvalitet.it.Deployments;

/**
 * An administrator assigns examiners in a real browser: makes a proposal, tries to put an examiner with a
 * conflict on a team and is told why not, makes a sound replacement, commits; the committed teams are listed and
 * the form to replace a member of one refuses an incomplete change.
 * Then an examiner sees their teams, confirms having no conflict and reads the application. axe-core finds
 * no WCAG 2.1 A/AA violation on the proposal, teams, examiner's and reading pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentInTheBrowserIT {

    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final String EXAMINER_PASSWORD = "Examinator-lösen 2090";
    static final Pattern LOAD = Pattern.compile("^(.*) \\((\\d+) av (\\d+)\\).*$");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void administratorProposesAdjustsAndCommitsAndAnExaminerReads() throws Exception {
        var fixture = scenario();
        long cycleId = fixture.getJsonNumber("cycleId").longValue();
        long categoryId = fixture.getJsonNumber("categoryId").longValue();
        try (var browser = Browser.signedIn(base.toString(), ADMIN, ADMIN_PASSWORD)) {
            var page = new AssignmentProposalPage(browser).open(cycleId, categoryId);
            assertEquals("Tilldelning av examinatorer", browser.h1());
            assertEquals("", browser.accessibilityViolations(), "proposal page before a proposal");

            page.propose();
            assertTrue(page.messages().contains("Förslaget är klart"), page.messages());
            assertEquals(4, page.teamCount());
            assertEquals("", browser.accessibilityViolations(), "proposal page with a proposal");

            // the row of the application one examiner has a conflict with: the dropdown marks them
            int conflictRow = -1;
            for (int row = 0; row < 4 && conflictRow < 0; row++) {
                if (page.examinerOptions(row).stream().anyMatch(o -> o.contains("JÄV"))) {
                    conflictRow = row;
                }
            }
            assertTrue(conflictRow >= 0, "the conflicted examiner is marked");
            String conflicted = page.examinerOptions(conflictRow).stream().filter(o -> o.contains("JÄV")).findFirst().orElseThrow();
            page.replace(conflictRow, 2, conflicted);
            assertTrue(page.messages().contains("har jäv mot ansökan"), page.messages());

            // a sound replacement: someone with room, without conflict, not on that team
            boolean replaced = false;
            for (int row = 0; row < 4 && !replaced; row++) {
                List<String> team = page.memberOptions(row);
                for (String option : page.examinerOptions(row)) {
                    var m = LOAD.matcher(option);
                    if (m.matches() && !option.contains("JÄV") && Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(3))
                            && !team.contains(m.group(1))) {
                        page.replace(row, 2, option);
                        replaced = true;
                        break;
                    }
                }
            }
            assertTrue(replaced, "the fixture leaves room for a replacement");
            assertTrue(page.messages().contains("Teamet är ändrat"), page.messages());

            page.commit();
            assertTrue(page.messages().contains("Teamen är fastställda"), page.messages());

            browser.open("/assignments/teams.xhtml?cycle=" + cycleId);
            assertEquals(4, browser.driver().findElements(org.openqa.selenium.By.cssSelector("#committed > tbody > tr")).size());
            assertEquals("", browser.accessibilityViolations(), "committed teams");
            // replacing a member: the form for the first team; leaving out who takes the seat is refused
            browser.driver().findElement(org.openqa.selenium.By.cssSelector("#committed > tbody > tr a[id$='change']")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Byt medlem i teamet för"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "replacing a team member");
            browser.driver().findElement(org.openqa.selenium.By.id("replace:doReplace")).click();
            browser.waitForPage();
            assertTrue(browser.text().contains("Välj vem som ska ta platsen"), browser.text());
            assertTrue(browser.text().contains("Skriv varför medlemmen byts ut"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "replacing a team member, refused");
            new Shell(browser).signOut();

            // an examiner who leads at least one team (the first leader always does)
            String email = fixture.getJsonObject("emails").getString("leader1");
            browser.signIn(email, EXAMINER_PASSWORD);
            var mine = new MyTeamsPage(browser).open();
            assertTrue(mine.teamCount() > 0, browser.text());
            assertTrue(mine.hasConflictLink(0));
            assertEquals("", browser.accessibilityViolations(), "the examiner's teams");
            mine.confirmNoConflict(0);
            assertTrue(browser.text().contains("Ansökan är nu öppen för dig"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "the examiner's teams after confirming");
            mine.read(0);
            assertTrue(browser.path().startsWith("/assignments/application.xhtml"), browser.path());
            assertTrue(browser.text().contains("Svar på"), browser.text());
            assertEquals("", browser.accessibilityViolations(), "reading an application");
        }
    }

    /** Builds the cycle, applications and examiners through the test-only endpoint, as the demo administrator. */
    JsonObject scenario() throws Exception {
        return new ApiClient(base.toString()).scenario("assignment", EXAMINER_PASSWORD);
    }
}

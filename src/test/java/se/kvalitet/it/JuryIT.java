package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.jury.boundary.AnnouncedDecision;
import se.kvalitet.jury.boundary.JuryDecisions;
import se.kvalitet.jury.boundary.JuryWorkspaces;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * The jury through every route a juror has (REST over HTTP with real juror accounts: Payara cannot run-as JURY;
 * the administrator's boundary calls in-container): ranking with a consensus not yet closed, recusal (a juror of
 * one applying unit gets nothing of that application: no content, no scores, no vote, 404), blind mode (no names
 * anywhere until revealed, the minutes included), votes and decisions with the motivation rule, the announcement
 * that locks everything and releases the decision to the applicant, and last year's demo decisions. Cycle years
 * 2065–2067.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JuryIT {

    static final String PASSWORD = "Jurylösenord 2065";
    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    /** The cycle, its applications in fixture order, the chair, the recused juror and the unit names. */
    record Jury(Long cycleId, List<Long> applications, String chair, String recused, Long recusedFrom,
                Map<Long, String> unitNames, Long classId, List<Long> all, String firstLeader) {
    }

    static Jury jury;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject AsAdmin admin;
    @Inject ConsensusScenario scenario;
    @Inject Cycles cycles;
    @Inject Applications applications;
    @Inject Organizations organizations;
    @Inject People people;
    @Inject JuryDecisions decisions;
    @Inject JuryWorkspaces workspaces;

    @ArquillianResource
    URL base;

    ApiClient api() {
        return new ApiClient(base.toString(), PASSWORD);
    }

    /**
     * Four applications in one class: two closed consensuses, one open, one not opened. A chair without a unit and
     * a juror working at the unit of the fourth application (so recused from it by the organisation tree). The
     * cycle in the JURY phase.
     */
    synchronized Jury jury() throws Exception {
        if (jury != null) {
            return jury;
        }
        var f = admin.call(() -> scenario.build(PASSWORD));
        var api = api();
        var teams = f.teams();
        var byApp = teams.stream().collect(Collectors.toMap(ConsensusScenario.TeamFixture::applicationId, t -> t));
        List<Long> apps = teams.stream().map(ConsensusScenario.TeamFixture::applicationId).sorted().toList();
        // two closed, one open
        for (int i = 0; i < Math.min(3, apps.size()); i++) {
            var team = byApp.get(apps.get(i));
            String sheet = ConsensusSteps.open(api, team);
            if (i < 2) {
                ConsensusSteps.close(api, team, sheet);
            }
        }
        Long recusedFrom = apps.get(apps.size() - 1);
        String chair = "ordf-" + UUID.randomUUID() + "@kvalitet.test";
        String recused = "jurymedlem-" + UUID.randomUUID() + "@kvalitet.test";
        var names = admin.call(() -> {
            Long unitId = applications.view(recusedFrom).unitId();
            Long administrationId = organizations.unit(unitId).orElseThrow().administrationId();
            people.create(chair, "Ordförande Testsson", PASSWORD.toCharArray(), EnumSet.of(Role.JURY), null, null);
            people.create(recused, "Jävig Jurysson", PASSWORD.toCharArray(), EnumSet.of(Role.JURY), unitId,
                    administrationId);
            // the consensus scenario leaves its cycle in the consensus phase
            cycles.moveTo(f.cycleId(), Phase.JURY);
            return apps.stream().collect(Collectors.toMap(id -> id, id -> applications.view(id).unitName()));
        });
        Long classId = admin.call(() -> applications.view(apps.get(0)).competitionClassId());
        Long chairId = admin.call(() -> people.byEmail(chair).orElseThrow().getId());
        api.ok("PUT", "/jury/cycles/" + f.cycleId() + "/chair", ADMIN, ADMIN_PASSWORD, "{\"personId\":" + chairId + "}");
        String workspace = api.ok("GET", "/jury/cycles/" + f.cycleId() + "/workspace", ADMIN, ADMIN_PASSWORD, null);
        List<Long> all = ApiClient.json(workspace).getJsonArray("classes").stream()
                .flatMap(c -> c.asJsonObject().getJsonArray("rows").stream())
                .map(r -> r.asJsonObject().getJsonNumber("applicationId").longValue()).sorted().toList();
        jury = new Jury(f.cycleId(), apps, chair, recused, recusedFrom, names, classId, all,
                byApp.get(apps.get(0)).leader());
        return jury;
    }

    /** JSON-B leaves null fields out: absent or null. */
    static boolean none(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    static void refused(HttpResponse<String> response, int status, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(text), response.body());
    }

    JsonObject row(String workspaceBody, Long applicationId) {
        return ApiClient.json(workspaceBody).getJsonArray("classes").stream().map(v -> v.asJsonObject())
                .flatMap(c -> c.getJsonArray("rows").stream().map(v -> v.asJsonObject()))
                .filter(r -> r.getJsonNumber("applicationId").longValue() == applicationId).findFirst().orElseThrow();
    }

    String pdfText(String path, String email, String secret) throws Exception {
        var response = new ApiClient(base.toString(), secret).bytes(path, email, secret);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (var document = Loader.loadPDF(response.body())) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
            assertTrue(document.getDocumentCatalog().getLanguage().startsWith("sv"));
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @Order(1)
    void theWorkspaceRanksClosedConsensusesAndShowsTheOthersAsNotClosed() throws Exception {
        var j = jury();
        String body = api().ok("GET", "/jury/cycles/" + j.cycleId() + "/workspace", j.chair(), null);
        var first = row(body, j.applications().get(0));
        var second = row(body, j.applications().get(1));
        assertEquals("CLOSED", first.getString("consensusStatus"));
        assertFalse(none(first, "rank"));
        assertFalse(none(second, "rank"));
        assertTrue(first.getJsonArray("profile").size() > 0);
        assertEquals("Diplom", first.getString("proposedLevel"));
        assertEquals("OPEN", row(body, j.applications().get(2)).getString("consensusStatus"));
        assertTrue(none(row(body, j.applications().get(2)), "rank"));
        assertEquals(j.unitNames().get(j.applications().get(0)), first.getString("unitName"));
        assertTrue(ApiClient.json(body).getBoolean("chair"));
    }

    @Test
    @Order(2)
    void aRecusedJurorGetsNothingOfTheApplicationThroughAnyRoute() throws Exception {
        var j = jury();
        var api = api();
        Long conflicted = j.recusedFrom();
        Long free = j.applications().get(0);
        // the workspace marks the application recused, without scores, profile, votes or warnings
        String body = api.ok("GET", "/jury/cycles/" + j.cycleId() + "/workspace", j.recused(), null);
        var row = row(body, conflicted);
        assertTrue(row.getBoolean("recused"));
        assertTrue(none(row, "total"));
        assertTrue(none(row, "rank"));
        assertTrue(none(row, "consensusStatus"));
        assertEquals(0, row.getJsonArray("profile").size());
        assertEquals(0, row.getJsonArray("votes").size());
        assertFalse(row.getBoolean("mayVote"));
        assertFalse(row(body, free).getBoolean("recused"));
        // the application itself: 404, as if it did not exist
        refused(api.call("GET", "/jury/applications/" + conflicted, j.recused(), null), 404, "jävig");
        assertEquals(200, api.call("GET", "/jury/applications/" + free, j.recused(), null).statusCode());
        // the meeting: the proposed order groups the recusal, the recused juror sees only that they are recused
        var meeting = ApiClient.json(api.ok("POST", "/jury/cycles/" + j.cycleId() + "/meeting/start", j.chair(), null));
        assertTrue(meeting.getBoolean("started"));
        var agenda = meeting.getJsonArray("agenda");
        assertEquals(j.all().size(), agenda.size());
        assertEquals(conflicted.longValue(), agenda.getJsonObject(agenda.size() - 1).getJsonNumber("applicationId").longValue(),
                "the recusal last, after the applications nobody is recused from");
        // no vote (votes are cast on the application under discussion)
        api.ok("POST", "/jury/cycles/" + j.cycleId() + "/meeting/step", j.chair(), "{\"applicationId\":" + free + "}");
        refused(api.call("PUT", "/jury/applications/" + conflicted + "/vote", j.recused(), "{\"outcome\":\"WINNER\"}"),
                422, "jävig");
        assertEquals(204, api.call("PUT", "/jury/applications/" + free + "/vote", j.recused(),
                "{\"outcome\":\"HONOURABLE_MENTION\"}").statusCode());
        // the chair votes on it; the recused juror still sees no vote on it
        api.ok("POST", "/jury/cycles/" + j.cycleId() + "/meeting/step", j.chair(), "{\"applicationId\":" + conflicted + "}");
        assertEquals(204, api.call("PUT", "/jury/applications/" + conflicted + "/vote", j.chair(),
                "{\"outcome\":\"NOT_AWARDED\"}").statusCode());
        assertEquals(0, row(api.ok("GET", "/jury/cycles/" + j.cycleId() + "/workspace", j.recused(), null), conflicted)
                .getJsonArray("votes").size());
        assertEquals(1, row(api.ok("GET", "/jury/cycles/" + j.cycleId() + "/workspace", j.chair(), null), conflicted)
                .getJsonArray("votes").size());
        // break 6: the meeting has moved on, so a late vote on the application discussed before is refused (the
        // minutes in the announcement test show the earlier vote unchanged)
        refused(api.call("PUT", "/jury/applications/" + free + "/vote", j.recused(), "{\"outcome\":\"WINNER\"}"),
                422, "behandlar inte");
        var seen = ApiClient.json(api.ok("GET", "/jury/cycles/" + j.cycleId() + "/meeting", j.recused(), null))
                .getJsonObject("discussing");
        assertTrue(seen.getBoolean("recused"));
        assertTrue(none(seen, "total"));
        // a juror does not run the meeting
        refused(api.call("POST", "/jury/cycles/" + j.cycleId() + "/meeting/step", j.recused(), "{\"direction\":1}"),
                422, "ordförande");
        // attendance for the minutes
        assertEquals(204, api.call("PUT", "/jury/cycles/" + j.cycleId() + "/attendance", j.chair(), "{}").statusCode());
        assertEquals(204, api.call("PUT", "/jury/cycles/" + j.cycleId() + "/attendance", j.recused(), "{}").statusCode());
    }

    @Test
    @Order(3)
    void blindModeHidesTheNamesEverywhereUntilRevealed() throws Exception {
        var j = jury();
        var api = api();
        String name = j.unitNames().get(j.applications().get(0));
        String path = "/jury/cycles/" + j.cycleId();
        assertEquals(403, api.call("PUT", path + "/blind", j.chair(), "{\"blind\":true}").statusCode());
        assertEquals(204, api.call("PUT", path + "/blind", ADMIN, ADMIN_PASSWORD, "{\"blind\":true}").statusCode());
        // break 2: the codes are random (not the id), and routes take them; what jurors get carries no ids
        String firstCode = row(api.ok("GET", path + "/workspace", ADMIN, ADMIN_PASSWORD, null), j.applications().get(0))
                .getString("code");
        assertTrue(firstCode.matches("A-[A-Z0-9]{6}"), firstCode);
        assertFalse(firstCode.contains(String.valueOf(j.applications().get(0))), firstCode);
        List<String> numbers = admin.call(() -> j.all().stream().map(id -> applications.view(id).registrationNumber()).toList());
        for (String juror : List.of(j.chair(), j.recused())) {
            String workspace = api.ok("GET", path + "/workspace", juror, null);
            String meeting = api.ok("GET", path + "/meeting", juror, null);
            assertEquals(404, api.call("GET", "/jury/applications/" + j.applications().get(0), juror, null).statusCode(),
                    "an id names no application in blind mode, so none can be tied to a code");
            String one = api.ok("GET", "/jury/applications/" + firstCode, juror, null);
            for (String unit : j.unitNames().values()) {
                assertFalse(workspace.contains(unit), juror + " sees " + unit);
                assertFalse(meeting.contains(unit), juror + " sees " + unit);
                assertFalse(one.contains(unit), juror + " sees " + unit);
            }
            // nor whom a conflict keeps from which code: a colleague's workplace would name the unit
            for (var member : ApiClient.json(workspace).getJsonArray("jurors").stream().map(v -> v.asJsonObject()).toList()) {
                if (member.getString("fullName").equals("Jävig Jurysson") && juror.equals(j.chair())) {
                    assertEquals(0, member.getJsonArray("recusedFrom").size(), workspace);
                }
            }
            for (String body : List.of(workspace, meeting, one)) {
                assertFalse(body.contains("\"applicationId\""), juror + " gets ids: " + body);
                numbers.forEach(n -> assertFalse(body.contains(n), juror + " gets registration number " + n));
            }
            // the conflict choices would tie ids to units: none for a juror in blind mode
            assertEquals(0, ApiClient.jsonArray(api.ok("GET", "/conflicts/applications?cycleId=" + j.cycleId(), juror, null))
                    .size());
            assertTrue(ApiClient.json(workspace).getBoolean("namesHidden"));
            assertFalse(pdfText(path + "/minutes", juror, PASSWORD).contains(name), "the minutes before the reveal");
        }
        // the application itself names the unit: no juror reads it before the reveal
        Long first = j.applications().get(0);
        refused(api.call("POST", "/jury/applications/" + firstCode + "/no-conflict", j.chair(), null), 422, "blindläge");
        // the conflicts component's confirmation route follows the jury's rule (it opened the application before)
        refused(api.call("POST", "/conflicts/confirmations", j.chair(), "{\"applicationId\":" + first
                + ",\"actingAs\":\"JUROR\"}"), 422, "blindläge");
        assertEquals(404, api.call("GET", "/applications/" + first, j.chair(), null).statusCode());
        // the administrator, who runs the process, sees the names
        assertTrue(api.ok("GET", path + "/workspace", ADMIN, ADMIN_PASSWORD, null).contains(name));
        assertEquals(204, api.call("POST", path + "/reveal", ADMIN, ADMIN_PASSWORD, null).statusCode());
        assertTrue(api.ok("GET", path + "/workspace", j.chair(), null).contains(name));
        // after the reveal a juror reads an application once they have confirmed having no conflict with it
        assertEquals(404, api.call("GET", "/applications/" + first, j.chair(), null).statusCode(), "not confirmed yet");
        assertEquals(204, api.call("POST", "/jury/applications/" + first + "/no-conflict", j.chair(), null).statusCode());
        assertEquals(200, api.call("GET", "/applications/" + first, j.chair(), null).statusCode());
        assertEquals(404, api.call("POST", "/jury/applications/" + j.recusedFrom() + "/no-conflict", j.recused(), null)
                .statusCode(), "recused");
        assertEquals(404, api.call("GET", "/applications/" + j.recusedFrom(), j.chair(), null).statusCode(),
                "confirmed for one application, not for the others");
        refused(api.call("PUT", path + "/blind", ADMIN, ADMIN_PASSWORD, "{\"blind\":true}"), 422, "visade");
    }

    @Test
    @Order(4)
    void decisionsNeedMotivationsAreLockedAtTheAnnouncementAndOnlyThenReachTheApplicant() throws Exception {
        var j = jury();
        var api = api();
        Long winner = j.applications().get(0);
        String applicant = "sokande-" + UUID.randomUUID() + "@kvalitet.test";
        admin.call(() -> {
            Long unitId = applications.view(winner).unitId();
            return people.create(applicant, "Sökande Jurysson", PASSWORD.toCharArray(), EnumSet.of(Role.APPLICANT),
                    unitId, organizations.unit(unitId).orElseThrow().administrationId());
        });
        String decision = "/jury/applications/" + winner + "/decision";
        refused(api.call("PUT", decision, j.chair(), "{\"outcome\":\"WINNER\",\"motivation\":\" \"}"), 422, "motivering");
        refused(api.call("PUT", decision, j.recused(), "{\"outcome\":\"WINNER\",\"motivation\":\"Bra.\"}"), 422, "ordförande");
        api.ok("POST", "/jury/cycles/" + j.cycleId() + "/meeting/step", j.chair(), "{\"applicationId\":" + winner + "}");
        var decided = ApiClient.json(api.ok("PUT", decision, j.chair(),
                "{\"outcome\":\"WINNER\",\"motivation\":\"Ett föredöme för staden.\"}"));
        assertEquals("WINNER", decided.getString("decision"));
        // break 6: once the decision is recorded a vote on it is refused, and the earlier vote stands (the minutes)
        refused(api.call("PUT", "/jury/applications/" + winner + "/vote", j.recused(), "{\"outcome\":\"NOT_AWARDED\"}"),
                422, "redan fattat");
        // a stale change is refused
        refused(api.call("PUT", decision, j.chair(), "{\"outcome\":\"NOT_AWARDED\",\"expectedVersion\":99}"), 422, "");
        // the chair is not recused from the conflicted application, so the chair decides it too
        api.ok("PUT", "/jury/applications/" + j.recusedFrom() + "/decision", j.chair(), "{\"outcome\":\"NOT_AWARDED\"}");
        // not everything decided: no announcement
        refused(api.call("POST", "/jury/cycles/" + j.cycleId() + "/announce", ADMIN, ADMIN_PASSWORD, null), 422, "saknar beslut");
        // the rest of the class: no winner among them is not allowed while the class has one... it has one, so refused
        refused(api.call("POST", "/jury/cycles/" + j.cycleId() + "/classes/" + j.classId() + "/no-winner", j.chair(), null),
                422, "redan en vinnare");
        for (Long id : j.all()) {
            if (!id.equals(winner) && !id.equals(j.recusedFrom())) {
                api.ok("PUT", "/jury/applications/" + id + "/decision", j.chair(), "{\"outcome\":\"NOT_AWARDED\"}");
            }
        }
        // before the announcement nothing reaches the applicant
        assertEquals(0, ApiClient.jsonArray(api.ok("GET", "/jury/my-decisions", applicant, null)).size());
        assertTrue(admin.call(() -> decisions.announced(winner)).isEmpty());
        assertEquals(403, api.call("POST", "/jury/cycles/" + j.cycleId() + "/announce", j.chair(), null).statusCode());

        var count = ApiClient.json(api.ok("POST", "/jury/cycles/" + j.cycleId() + "/announce", ADMIN, ADMIN_PASSWORD, null));
        assertEquals(j.all().size(), count.getInt("count"));
        assertEquals("ANNOUNCED", admin.call(() -> cycles.applicationTerms(j.cycleId()).orElseThrow().phase()));
        assertEquals("DECIDED", admin.call(() -> applications.view(winner).status()));
        AnnouncedDecision announced = admin.call(() -> decisions.announced(winner)).orElseThrow();
        assertEquals("WINNER", announced.outcome());
        assertEquals("Ett föredöme för staden.", announced.motivation());
        assertEquals(j.all().size(), admin.call(() -> decisions.announcedIn(j.cycleId())).size());

        // locked for good, with the reason
        refused(api.call("PUT", decision, j.chair(), "{\"outcome\":\"NOT_AWARDED\",\"expectedVersion\":"
                + decided.getJsonNumber("decisionVersion") + "}"), 422, "tillkännagivna");
        refused(api.call("PUT", "/jury/applications/" + winner + "/vote", j.chair(), "{\"outcome\":\"NOT_AWARDED\"}"),
                422, "tillkännagivna");
        refused(api.call("POST", "/jury/cycles/" + j.cycleId() + "/announce", ADMIN, ADMIN_PASSWORD, null), 422, "tillkännagivna");

        // the applicant sees it now
        var mine = ApiClient.jsonArray(api.ok("GET", "/jury/my-decisions", applicant, null));
        assertEquals(1, mine.size());
        assertEquals("WINNER", mine.getJsonObject(0).getString("outcome"));
        assertEquals("Ett föredöme för staden.", mine.getJsonObject(0).getString("motivation"));
        // a recused juror learns the decision once announced, still nothing else
        var row = row(api.ok("GET", "/jury/cycles/" + j.cycleId() + "/workspace", j.recused(), null), j.recusedFrom());
        assertEquals("NOT_AWARDED", row.getString("decision"));
        assertTrue(none(row, "total"));

        // the feedback report carries the announced decision and its motivation
        api.ok("POST", "/feedback/reports/" + winner + "/draft", j.firstLeader(), "{\"language\":\"sv\"}");
        String report = pdfText("/feedback/reports/" + winner + "/report.pdf", j.firstLeader(), PASSWORD);
        assertTrue(report.contains("Vinnare"), report);
        assertTrue(report.contains("Ett föredöme för staden."), report);

        // the minutes: attendance, recusal, decisions, motivations, votes
        String minutes = pdfText("/jury/cycles/" + j.cycleId() + "/minutes", j.chair(), PASSWORD);
        assertTrue(minutes.contains("Protokoll från juryns möte"), minutes);
        assertTrue(minutes.contains("Ordförande Testsson"), minutes);
        assertTrue(minutes.contains("Jävig Jurysson"), minutes);
        assertTrue(minutes.contains("Jäviga"), minutes);
        assertTrue(minutes.contains("Vinnare"), minutes);
        assertTrue(minutes.contains("Ett föredöme för staden."), minutes);
        assertTrue(minutes.contains("Jävig Jurysson: Hedersomnämnande"), minutes);
    }

    @Test
    @Order(5)
    void lastYearsDemoCycleIsDecidedAndAnnounced() throws Exception {
        int year = LocalDate.now(CITY).getYear() - 1;
        var found = admin.call(() -> {
            Long cycleId = cycles.all().stream().filter(c -> c.getYear() == year).findFirst().orElseThrow().getId();
            var byUnit = new java.util.TreeMap<String, String>();
            for (var d : decisions.announcedIn(cycleId)) {
                byUnit.put(applications.view(d.applicationId()).unitName(), d.outcome()
                        + (d.motivation() == null ? "" : "+motivation"));
            }
            return byUnit;
        });
        assertEquals(Map.of("Björkhagens skola", "WINNER+motivation", "Förskolan Solrosen", "HONOURABLE_MENTION+motivation",
                "Solgläntans vård- och omsorgsboende", "NOT_AWARDED", "Stadsbiblioteket", "WINNER+motivation",
                "Familjeenheten Söder", "NOT_AWARDED"), found);
    }
}

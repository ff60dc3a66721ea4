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
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.applications.boundary.ApplicationRegister;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.cycles.boundary.CycleTermsForm;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * The end of the year through its routes and the access rules: the feedback report's edited texts (only the leader
 * and administrators, kept on a redraft unless replaced, in the PDF and the released copy, locked once released);
 * the quarantine after a win read from the jury's announced decisions (the applicant's view, the administrator's
 * list); the public winners page per announced year with the ceremony, naming a unit only with its consent, and the
 * diploma for the unit's people and administrators, for the public only with consent. Years from {@link Fixtures}.
 */
@ExtendWith(ArquillianExtension.class)
class YearEndIT {

    static final String PASSWORD = "Årets slut 2026!";
    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject AsAdmin admin;
    @Inject Fixtures fixtures;
    @Inject ConsensusScenario consensus;
    @Inject ExamplesScenario examples;
    @Inject ApplicationScenario applicationScenario;
    @Inject Cycles cycles;
    @Inject Applications applications;
    @Inject ApplicationRegister register;
    @Inject Organizations organizations;
    @Inject People people;
    @Inject RenewalScenario renewal;

    @ArquillianResource
    URL base;

    ApiClient api() {
        return new ApiClient(base.toString(), PASSWORD);
    }

    static String report(Long app) {
        return "/feedback/reports/" + app;
    }

    static long version(JsonObject view) {
        return view.getJsonNumber("version").longValue();
    }

    String applicantOf(Long applicationId) throws Exception {
        String email = "sokande-" + UUID.randomUUID() + "@kvalitet.test";
        admin.call(() -> {
            Long unitId = applications.view(applicationId).unitId();
            return people.create(email, "Sökande Årsslut", PASSWORD.toCharArray(), EnumSet.of(Role.APPLICANT), unitId,
                    organizations.unit(unitId).orElseThrow().administrationId());
        });
        return email;
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReportsTextsAreEditedFromTheConsensusKeptOnARedraftAndReleasedAsEdited() throws Exception {
        var f = admin.call(() -> consensus.build(PASSWORD));
        var team = f.teams().get(0);
        Long app = team.applicationId();
        var api = api();
        ConsensusSteps.close(api, team, ConsensusSteps.open(api, team));
        String leader = team.leader();
        String member = team.members().get(0);
        String applicant = applicantOf(app);

        // nothing to edit before the draft
        assertEquals(422, api.call("GET", report(app) + "/texts", leader, null).statusCode());
        var drafted = ApiClient.json(api.ok("POST", report(app) + "/draft", leader, "{\"language\":\"sv\"}"));
        var texts = ApiClient.json(api.ok("GET", report(app) + "/texts", leader, null));
        assertFalse(texts.getBoolean("edited"));
        var first = texts.getJsonArray("criteria").getJsonObject(0);
        String code = first.getString("code");
        assertEquals(first.getString("startingStrengths"), first.getString("strengths"), "the consensus's text to start");
        assertTrue(texts.getString("summary").contains("Tydliga åtaganden"), "the summary from the key themes: " + texts);

        // who may not: a member who does not lead, the unit's applicant, an administrator's stale version
        String body = "{\"summary\":\"En SAMMANFATTNING skriven av ledaren.\",\"criteria\":[{\"code\":\"" + code
                + "\",\"strengths\":\"En REDIGERAD styrka.\"}],\"expectedVersion\":" + version(texts) + "}";
        assertEquals(404, api.call("PUT", report(app) + "/texts", member, body).statusCode());
        assertEquals(404, api.call("GET", report(app) + "/texts", member, null).statusCode());
        assertEquals(403, api.call("PUT", report(app) + "/texts", applicant, body).statusCode());
        var edited = ApiClient.json(api.ok("PUT", report(app) + "/texts", leader, body));
        assertTrue(edited.getBoolean("edited"));
        var row = edited.getJsonArray("criteria").getJsonObject(0);
        assertEquals("En REDIGERAD styrka.", row.getString("strengths"));
        assertTrue(row.getBoolean("strengthsEdited"));
        assertFalse(row.getBoolean("improvementsEdited"), "the other text still follows the consensus");
        var stale = api.call("PUT", report(app) + "/texts", ADMIN, ADMIN_PASSWORD, body);
        assertEquals(422, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("ändrat"), stale.body());
        var tooLong = api.call("PUT", report(app) + "/texts", leader, "{\"summary\":\"" + "x".repeat(4001)
                + "\",\"expectedVersion\":" + version(edited) + "}");
        assertEquals(422, tooLong.statusCode(), tooLong.body());

        // a redraft keeps the edits; the PDF reads them
        var redrafted = ApiClient.json(api.ok("POST", report(app) + "/draft", leader, "{\"expectedVersion\":"
                + version(edited) + "}"));
        assertTrue(ApiClient.json(api.ok("GET", report(app) + "/texts", leader, null)).getBoolean("edited"), "kept");
        String preview = pdfText(api.bytes(report(app) + "/report.pdf", leader).body());
        assertTrue(preview.contains("En REDIGERAD styrka.") && preview.contains("En SAMMANFATTNING skriven av ledaren."),
                preview);
        // replacing them is explicit
        var replaced = ApiClient.json(api.ok("POST", report(app) + "/draft", leader, "{\"replaceEdits\":true,"
                + "\"expectedVersion\":" + version(redrafted) + "}"));
        var reset = ApiClient.json(api.ok("GET", report(app) + "/texts", leader, null));
        assertFalse(reset.getBoolean("edited"));
        assertEquals(first.getString("startingStrengths"), reset.getJsonArray("criteria").getJsonObject(0).getString("strengths"));

        // an edit after the review sends it back; the released copy carries the edited text; then locked
        var again = ApiClient.json(api.ok("PUT", report(app) + "/texts", leader, "{\"criteria\":[{\"code\":\"" + code
                + "\",\"improvements\":\"En REDIGERAD förbättring.\"}],\"expectedVersion\":" + version(reset) + "}"));
        var reviewed = ApiClient.json(api.ok("POST", report(app) + "/review", ADMIN, ADMIN_PASSWORD, "{\"expectedVersion\":"
                + version(again) + "}"));
        var afterReview = ApiClient.json(api.ok("PUT", report(app) + "/texts", ADMIN, ADMIN_PASSWORD, "{\"summary\":"
                + "\"Granskarens SAMMANFATTNING.\",\"expectedVersion\":" + version(reviewed) + "}"));
        assertEquals("DRAFTED", afterReview.getString("status"), "the review is void after an edit");
        reviewed = ApiClient.json(api.ok("POST", report(app) + "/review", ADMIN, ADMIN_PASSWORD, "{\"expectedVersion\":"
                + version(afterReview) + "}"));
        admin.call(() -> {
            fixtures.yearPassed(f.cycleId(), LocalDate.now(CITY));
            return null;
        });
        var released = ApiClient.json(api.ok("POST", report(app) + "/release", ADMIN, ADMIN_PASSWORD, "{\"expectedVersion\":"
                + version(reviewed) + "}"));
        String copy = pdfText(api.bytes(report(app) + "/report.pdf", applicant).body());
        assertTrue(copy.contains("En REDIGERAD förbättring.") && copy.contains("Granskarens SAMMANFATTNING."), copy);
        var locked = api.call("PUT", report(app) + "/texts", ADMIN, ADMIN_PASSWORD, "{\"summary\":\"Sent.\","
                + "\"expectedVersion\":" + version(released) + "}");
        assertEquals(422, locked.statusCode(), locked.body());
        assertTrue(locked.body().contains("redan utlämnad"), locked.body());
    }

    @Test
    void aUnitThatWonRecentlyIsWarnedFromTheRecordWhateverItAnswers() throws Exception {
        var won = admin.call(() -> examples.build(PASSWORD));
        Long winner = won.applicationIds().get(0);
        Long unitId = won.unitIds().get(0);
        admin.call(() -> {
            examples.announce(won.cycleId(), winner, "WINNER", "Juryns motivering.");
            examples.announce(won.cycleId(), won.applicationIds().get(1), "HONOURABLE_MENTION", "Hedersomnämnande.");
            return null;
        });
        var open = admin.call(() -> applicationScenario.build(PASSWORD));
        admin.call(() -> {
            var cycle = cycles.find(open.cycleId()).orElseThrow();
            var terms = CycleTermsForm.of(cycle);
            terms.setQuarantineYears(10); // reaches back to the winning year, however many cycles other tests opened
            cycles.updateApplicationTerms(open.cycleId(), terms, cycle.getVersion());
            return null;
        });
        Long classId = admin.call(() -> cycles.applicationTerms(open.cycleId()).orElseThrow().category("QUALITY_AWARD")
                .orElseThrow().classes().get(0).id());
        Long again = admin.call(() -> applications.startFor(unitId, open.cycleId(), "QUALITY_AWARD", classId));
        Long mentioned = admin.call(() -> applications.startFor(won.unitIds().get(1), open.cycleId(), "QUALITY_AWARD",
                classId));

        // the unit's applicant sees why, though it answered nothing about an earlier win
        var seen = ApiClient.json(api().ok("GET", "/applications/" + again, won.applicants().get(0), null));
        assertTrue(seen.toString().contains("applications.eligibility.warning.quarantineRecord"), seen.toString());
        assertTrue(seen.toString().contains(String.valueOf(won.year())), seen.toString());
        var other = ApiClient.json(api().ok("GET", "/applications/" + mentioned, won.applicants().get(1), null));
        assertFalse(other.toString().contains("quarantine"), "an honourable mention is no win: " + other);

        // the administrator's list names it
        var quarantined = admin.call(() -> register.quarantined(open.cycleId()));
        assertEquals(java.util.Set.of(again), quarantined.keySet());
        assertEquals(won.year(), quarantined.get(again).arguments().get(0));
    }

    @Test
    void theWinnersOfAnAnnouncedYearArePublicWithTheirDiplomasAsFarAsTheUnitConsented() throws Exception {
        var f = admin.call(() -> examples.build(PASSWORD));
        Long winner = f.applicationIds().get(0);
        admin.call(() -> {
            examples.announce(f.cycleId(), winner, "WINNER", "Barnens DELAKTIGHET genomsyrar allt.");
            examples.announce(f.cycleId(), f.applicationIds().get(1), "NOT_AWARDED", null);
            return null;
        });
        var api = api();
        String unitsApplicant = f.applicants().get(0);
        String otherApplicant = f.applicants().get(1);
        String unitName = admin.call(() -> applications.view(winner).unitName());

        // not before the announcement, for nobody
        assertEquals(404, api.call("GET", "/winners/" + f.year(), null, null).statusCode());
        assertEquals(404, api.bytes("/winners/diplomas/" + winner, unitsApplicant).statusCode());

        // the ceremony: administrators only; then announced
        var ceremony = ApiClient.json(api.ok("GET", "/cycles/" + f.cycleId() + "/ceremony", ADMIN, ADMIN_PASSWORD, null));
        String plan = "{\"on\":\"" + LocalDate.now(CITY).plusDays(20) + "\",\"place\":\"Stadshusets Blå hall\","
                + "\"expectedVersion\":" + ceremony.getJsonNumber("cycleVersion").longValue() + "}";
        assertEquals(403, api.call("PUT", "/cycles/" + f.cycleId() + "/ceremony", unitsApplicant, plan).statusCode());
        ceremony = ApiClient.json(api.ok("PUT", "/cycles/" + f.cycleId() + "/ceremony", ADMIN, ADMIN_PASSWORD, plan));
        assertEquals("Stadshusets Blå hall", ceremony.getString("place"));
        admin.call(() -> {
            for (Phase phase : new Phase[]{Phase.JURY, Phase.ANNOUNCED}) {
                if (cycles.find(f.cycleId()).orElseThrow().getPhase().compareTo(phase) < 0) {
                    cycles.moveTo(f.cycleId(), phase);
                }
            }
            return null;
        });

        // public, without a name: no consent yet; the diploma to the unit and administrators only
        var year = ApiClient.json(api.ok("GET", "/winners/" + f.year(), null, null));
        assertEquals("Stadshusets Blå hall", year.getString("ceremonyPlace"));
        assertEquals(1, year.getJsonArray("winners").size(), "only the winner: " + year);
        var row = year.getJsonArray("winners").getJsonObject(0);
        assertEquals("Barnens DELAKTIGHET genomsyrar allt.", row.getString("motivation"));
        assertTrue(!row.containsKey("unitName") || row.isNull("unitName"), "no name without consent: " + row);
        assertFalse(year.toString().contains(unitName), "the unit's name appears nowhere");
        assertFalse(row.getBoolean("diploma"));
        assertTrue(ApiClient.jsonArray(api.ok("GET", "/winners", null, null)).stream()
                .anyMatch(v -> v.toString().equals(String.valueOf(f.year()))));
        assertEquals(404, api.bytes("/winners/diplomas/" + winner, null).statusCode());
        assertEquals(404, api.bytes("/winners/diplomas/" + winner, otherApplicant).statusCode());
        assertEquals(404, api.bytes("/winners/diplomas/" + f.applicationIds().get(1), f.applicants().get(1)).statusCode(),
                "no diploma without a win");
        var own = api.bytes("/winners/diplomas/" + winner, unitsApplicant);
        assertEquals(200, own.statusCode());
        String diploma = pdfText(own.body());
        for (String expected : new String[]{"Diplom", unitName, String.valueOf(f.year()), "Barnens DELAKTIGHET",
                "Stadshusets Blå hall"}) {
            assertTrue(diploma.contains(expected), "missing " + expected + ": " + diploma);
        }
        assertEquals(200, api.bytes("/winners/diplomas/" + winner, ADMIN, ADMIN_PASSWORD).statusCode());

        // the unit consents to public publication: named, and the diploma is public
        var prepared = ApiClient.json(api.ok("POST", "/examples", ADMIN, ADMIN_PASSWORD,
                "{\"applicationId\":" + winner + ",\"chosen\":false}"));
        api.ok("POST", "/examples/" + prepared.getJsonNumber("id") + "/consent", unitsApplicant,
                "{\"audience\":\"PUBLIC\",\"given\":true,\"expectedVersion\":" + version(prepared) + "}");
        var named = ApiClient.json(api.ok("GET", "/winners/" + f.year(), null, null)).getJsonArray("winners").getJsonObject(0);
        assertEquals(unitName, named.getString("unitName"));
        assertTrue(named.getBoolean("diploma"));
        assertEquals(200, api.bytes("/winners/diplomas/" + winner, null).statusCode());

        // the ceremony is locked once the year moves on; corrected only with a reason
        admin.call(() -> cycles.moveTo(f.cycleId(), Phase.FEEDBACK));
        var current = ApiClient.json(api.ok("GET", "/cycles/" + f.cycleId() + "/ceremony", ADMIN, ADMIN_PASSWORD, null));
        assertTrue(current.getBoolean("locked"));
        String moved = "{\"on\":\"" + LocalDate.now(CITY).plusDays(21) + "\",\"place\":\"Stadshusets Blå hall\","
                + "\"expectedVersion\":" + current.getJsonNumber("cycleVersion").longValue();
        HttpResponse<String> refused = api.call("PUT", "/cycles/" + f.cycleId() + "/ceremony", ADMIN, ADMIN_PASSWORD, moved + "}");
        assertEquals(422, refused.statusCode(), refused.body());
        var corrected = ApiClient.json(api.ok("PUT", "/cycles/" + f.cycleId() + "/ceremony", ADMIN, ADMIN_PASSWORD,
                moved + ",\"correctionReason\":\"Salen var bokad.\"}"));
        assertEquals(LocalDate.now(CITY).plusDays(21).toString(), corrected.getString("on"));
    }

    /** A juror scores every criterion of the entry with a justification and submits. */
    void scoreAndSubmit(String juror, Long entry, int value, String justification) {
        var api = api();
        String path = "/renewal/entries/" + entry;
        api.ok("POST", path + "/no-conflict", juror, null);
        var scores = jakarta.json.Json.createArrayBuilder();
        for (int i = 1; i <= 6; i++) {
            scores.add(jakarta.json.Json.createObjectBuilder().add("criterionCode", "F" + i).add("value", value)
                    .add("justification", justification + " F" + i));
        }
        long version = ApiClient.json(api.ok("GET", path + "/mine", juror, null)).getJsonNumber("version").longValue();
        String saved = api.ok("PUT", path + "/mine", juror, jakarta.json.Json.createObjectBuilder()
                .add("expectedVersion", version).add("scores", scores).build().toString());
        api.ok("POST", path + "/mine/submit", juror, "{\"expectedVersion\":" + ApiClient.json(saved)
                .getJsonNumber("version").longValue() + "}");
    }

    @Test
    void renewalPrizeEntrantsGetTheJurysFeedbackOnlyOnceReleasedOnTheFeedbackDate() throws Exception {
        var f = admin.call(() -> renewal.build(PASSWORD, true));
        Long entry = f.entryB();
        var api = api();
        String unitsApplicant = applicantOf(entry);
        String otherApplicant = applicantOf(f.entryC());
        String path = "/renewal/feedback/" + entry;

        refused(api.call("POST", path + "/draft", ADMIN, ADMIN_PASSWORD, null), 422, "lämnat in");
        scoreAndSubmit(f.juror1(), entry, 4, "MODIGT nytänkande");
        scoreAndSubmit(f.juror2(), entry, 2, "Resultaten BEHÖVER följas upp");
        assertEquals(403, api.call("POST", path + "/draft", f.juror1(), null).statusCode(), "jurors score, they do not write feedback");
        var drafted = ApiClient.json(api.ok("POST", path + "/draft", ADMIN, ADMIN_PASSWORD, null));
        assertEquals("DRAFTED", drafted.getString("status"));
        var first = drafted.getJsonArray("criteria").getJsonObject(0);
        assertTrue(first.getString("text").contains("MODIGT nytänkande F1") && first.getString("text").contains("BEHÖVER"),
                "the jurors' justifications to start: " + first);
        assertTrue(first.getJsonNumber("mean").doubleValue() > 0, "the aggregated points: " + first);

        // before release: the unit's people get nothing, like anyone else
        assertEquals(404, api.call("GET", path, unitsApplicant, null).statusCode());
        assertEquals(404, api.bytes(path + "/feedback.pdf", unitsApplicant).statusCode());
        var edited = ApiClient.json(api.ok("PUT", path, ADMIN, ADMIN_PASSWORD, "{\"summary\":\"Juryns SAMMANFATTNING.\","
                + "\"texts\":{\"F1\":\"Redigerad ÅTERKOPPLING på F1.\"},\"expectedVersion\":" + version(drafted) + "}"));
        refused(api.call("PUT", path, ADMIN, ADMIN_PASSWORD, "{\"summary\":\"x\",\"expectedVersion\":" + version(drafted) + "}"),
                422, "");
        admin.call(() -> {
            fixtures.yearPassed(f.cycleId(), LocalDate.now(CITY).plusDays(1));
            return null;
        });
        refused(api.call("POST", path + "/release", ADMIN, ADMIN_PASSWORD, "{\"expectedVersion\":" + version(edited) + "}"),
                422, "tidigast");
        admin.call(() -> {
            fixtures.yearPassed(f.cycleId(), LocalDate.now(CITY));
            return null;
        });
        var released = ApiClient.json(api.ok("POST", path + "/release", ADMIN, ADMIN_PASSWORD, "{\"expectedVersion\":"
                + version(edited) + "}"));
        assertEquals("RELEASED", released.getString("status"));
        var list = ApiClient.jsonArray(api.ok("GET", "/renewal/feedback/cycles/" + f.cycleId(), ADMIN, ADMIN_PASSWORD, null));
        assertTrue(list.stream().anyMatch(v -> v.asJsonObject().getJsonNumber("applicationId").longValue() == entry
                && "RELEASED".equals(v.asJsonObject().getString("status"))), list.toString());
        assertEquals(403, api.call("GET", "/renewal/feedback/cycles/" + f.cycleId(), unitsApplicant, null).statusCode());

        // after: the unit's people read it and its PDF; another unit's people still nothing
        var seen = ApiClient.json(api.ok("GET", path, unitsApplicant, null));
        assertEquals("Juryns SAMMANFATTNING.", seen.getString("summary"));
        assertFalse(seen.getBoolean("mayEdit"));
        assertEquals(404, api.call("GET", path, otherApplicant, null).statusCode());
        assertEquals(404, api.bytes(path + "/feedback.pdf", otherApplicant).statusCode());
        String pdf = pdfText(api.bytes(path + "/feedback.pdf", unitsApplicant).body());
        assertTrue(pdf.contains("Redigerad ÅTERKOPPLING på F1.") && pdf.contains("Juryns SAMMANFATTNING."), pdf);
        refused(api.call("PUT", path, ADMIN, ADMIN_PASSWORD, "{\"summary\":\"Sent.\",\"expectedVersion\":"
                + version(released) + "}"), 422, "redan utlämnad");
    }

    static void refused(HttpResponse<String> response, int status, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(text), response.body());
    }
}

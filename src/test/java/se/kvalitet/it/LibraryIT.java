package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.examples.boundary.GoodExamples;
import se.kvalitet.examples.boundary.Library;
import se.kvalitet.examples.boundary.LibraryQuery;

/**
 * The good-examples library against the real database: records only from announced decisions, the unit's
 * consent per audience (withdrawal unpublishes at once), the personal-data warnings, Swedish search that finds
 * inflected forms and compounds through the index table, facets with right counts, the stable address, and the
 * public never reaching an internal or unpublished record by any route (search, record, file, page, address).
 * The unit's page shows its history only to the unit and administrators. Cycle years 2075–2077 (LibraryInTheBrowserIT has 2078–2079).
 */
@ExtendWith(ArquillianExtension.class)
class LibraryIT {

    static final String PASSWORD = "Bibliotek-lösen 2075";
    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
    static ExamplesScenario.Fixture fixture;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject Fixtures fixtures;

    @Inject AsAdmin admin;
    @Inject AsStaff staff;
    @Inject ExamplesScenario scenario;
    @Inject GoodExamples examples;
    @Inject Library library;

    @ArquillianResource
    URL base;

    ApiClient api() {
        return new ApiClient(base.toString(), PASSWORD);
    }

    synchronized ExamplesScenario.Fixture fixture() throws Exception {
        if (fixture == null) {
            var built = admin.call(() -> scenario.build(PASSWORD));
            // the first team closes its consensus: its record gets the criteria where the unit scored highest
            var team = built.consensus().teams().stream()
                    .filter(t -> t.applicationId().equals(built.applicationIds().get(0))).findFirst().orElseThrow();
            ConsensusSteps.close(api(), team, ConsensusSteps.open(api(), team));
            String[] outcomes = {"WINNER", "HONOURABLE_MENTION", "NOT_AWARDED"};
            for (int i = 0; i < outcomes.length; i++) {
                scenario.announce(built.cycleId(), built.applicationIds().get(i), outcomes[i],
                        "Juryns motivering för " + outcomes[i] + ".");
            }
            fixture = built;
        }
        return fixture;
    }

    String adminCall(String method, String path, String body) {
        return api().ok(method, path, ADMIN, ADMIN_PASSWORD, body);
    }

    HttpResponse<String> adminResponse(String method, String path, String body) {
        return api().call(method, path, ADMIN, ADMIN_PASSWORD, body);
    }

    JsonObject prepare(Long applicationId, boolean chosen) {
        return ApiClient.json(adminCall("POST", "/examples", "{\"applicationId\":" + applicationId + ",\"chosen\":" + chosen + "}"));
    }

    static long version(JsonObject view) {
        return view.getJsonNumber("version").longValue();
    }

    JsonObject consent(long id, String applicant, String audience, boolean given, long version) {
        return ApiClient.json(api().ok("POST", "/examples/" + id + "/consent", applicant, "{\"audience\":\"" + audience
                + "\",\"given\":" + given + ",\"expectedVersion\":" + version + "}"));
    }

    HttpResponse<String> publish(long id, String audience, boolean acknowledge, long version) {
        return adminResponse("POST", "/examples/" + id + "/publish", "{\"audience\":\"" + audience
                + "\",\"acknowledgeWarnings\":" + acknowledge + ",\"expectedVersion\":" + version + "}");
    }

    JsonObject edit(long id, long version, String title, String summary, String done, String results) {
        var texts = Json.createObjectBuilder().add("title", title).add("summary", summary).add("whatWasDone", done)
                .add("results", results).add("tags", "språk, läsning").add("contactConsent", false);
        return ApiClient.json(adminCall("PUT", "/examples/" + id, Json.createObjectBuilder().add("texts", texts)
                .add("expectedVersion", version).build().toString()));
    }

    /** A search as the public (no credentials), within this test's cycle year. */
    JsonObject publicSearch(String q, String... filters) {
        var path = new StringBuilder("/library?year=" + fixture.year());
        if (q != null) {
            path.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        for (String f : filters) {
            path.append('&').append(f.replace(" ", "+"));
        }
        var response = api().call("GET", path.toString(), null, null);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response.body());
    }

    /** The personal-data warnings of a record as "field KIND found". */
    static List<String> warnings(JsonObject record) {
        return record.getJsonArray("warnings").stream().map(w -> w.asJsonObject())
                .map(w -> w.getString("field") + " " + w.getString("kind") + " " + w.getString("found")).toList();
    }

    /** The text of a PDF as a reader gets it (ligatures as their letters). */
    static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }
    }

    /** A file of a record as the public gets it (no credentials). */
    HttpResponse<byte[]> publicFile(long recordId, long fileId) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/library/records/"
                + recordId + "/files/" + fileId)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonObject yearOf(JsonObject history, long applicationId) {
        return history.getJsonArray("years").stream().map(y -> y.asJsonObject())
                .filter(y -> y.getJsonNumber("applicationId").longValue() == applicationId).findFirst().orElseThrow();
    }

    /** Moves every date of the cycle into the past, with the feedback date on {@code feedbackOn}. */
    void feedbackOn(Long cycleId, LocalDate feedbackOn) throws Exception {
        admin.call(() -> {
            fixtures.yearPassed(cycleId, feedbackOn);
            return null;
        });
    }

    static List<Long> ids(JsonObject result) {
        return result.getJsonArray("hits").stream()
                .map(h -> h.asJsonObject().getJsonObject("example").getJsonNumber("id").longValue()).toList();
    }

    static long count(JsonObject result, String facet, String value) {
        return result.getJsonArray("facets").stream().map(f -> f.asJsonObject())
                .filter(f -> f.getString("name").equals(facet)).flatMap(f -> f.getJsonArray("values").stream())
                .map(v -> v.asJsonObject()).filter(v -> v.getString("value").equals(value))
                .mapToLong(v -> v.getJsonNumber("count").longValue()).sum();
    }

    int page(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).GET().build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void recordsComeOnlyFromAnnouncedDecisionsAndAWithdrawnConsentUnpublishesAtOnce() throws Exception {
        var f = fixture();
        Long noDecision = f.applicationIds().get(3);
        Long notAwarded = f.applicationIds().get(2);
        String applicant = f.applicants().get(2);
        var candidates = ApiClient.jsonArray(adminCall("GET", "/examples/candidates?cycleId=" + f.cycleId(), null));
        assertEquals(3, candidates.size());
        assertEquals("WINNER", candidates.getJsonObject(0).getString("outcome"));

        var refused = adminResponse("POST", "/examples", "{\"applicationId\":" + noDecision + "}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("inget tillkännagivet beslut"), refused.body());
        refused = adminResponse("POST", "/examples", "{\"applicationId\":" + notAwarded + "}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Ta med ändå"), refused.body());

        var record = prepare(notAwarded, true);
        long id = record.getJsonNumber("id").longValue();
        assertEquals("DRAFT", record.getString("publication"));
        assertEquals("Juryns motivering för NOT_AWARDED.", record.getString("motivation"));
        assertEquals(1, record.getJsonArray("attachments").size(), "the publication PDF, made from the record's texts");
        assertEquals(422, adminResponse("POST", "/examples", "{\"applicationId\":" + notAwarded + ",\"chosen\":true}").statusCode());

        // the contact's e-mail address in a text while the contact has not agreed to be named: a warning, in the
        // text and in the file that publishing would put before readers (issue 12: the check read only the texts
        // and let the contact's address through whatever the contact's consent)
        var texts = Json.createObjectBuilder().add("title", "Trygga övergångar").add("summary", "Kort om övergångarna.")
                .add("lessons", "Frågor till karin.larsson@example.se.").add("contactName", "Karin Larsson")
                .add("contactEmail", "karin.larsson@example.se").add("contactConsent", false);
        record = ApiClient.json(adminCall("PUT", "/examples/" + id, Json.createObjectBuilder().add("texts", texts)
                .add("expectedVersion", version(record)).build().toString()));
        String publicationFile = "file:" + record.getJsonArray("attachments").getJsonObject(0).getString("fileName");
        var found = warnings(record);
        assertTrue(found.contains("lessons EMAIL_ADDRESS karin.larsson@example.se"), found.toString());
        assertTrue(found.contains(publicationFile + " EMAIL_ADDRESS karin.larsson@example.se"), found.toString());

        // a personal identity number and a phone number in the text: warnings, publishing needs an acknowledgement
        record = edit(id, version(record), "Trygga övergångar", "Kort om övergångarna.",
                "Vi ringde 070-123 45 67 och skrev upp 121212-1212.", "Bättre övergångar.");
        var kinds = record.getJsonArray("warnings").stream().map(w -> w.asJsonObject())
                .filter(w -> !w.getString("field").startsWith("file:")).map(w -> w.getString("kind")).toList();
        assertEquals(List.of("PHONE_NUMBER", "PERSONAL_IDENTITY_NUMBER"), kinds);
        assertEquals(List.of(publicationFile + " PHONE_NUMBER 070-123 45 67", publicationFile
                + " PERSONAL_IDENTITY_NUMBER 121212-1212"), warnings(record).stream()
                .filter(w -> w.startsWith("file:")).toList(), "the file says what the texts say, and is checked too");
        var noConsent = publish(id, "PUBLIC", true, version(record));
        assertEquals(422, noConsent.statusCode());
        assertTrue(noConsent.body().contains("inte samtyckt till publicering för alla"), noConsent.body());

        // another unit's applicant cannot answer for this unit
        var stranger = api().call("POST", "/examples/" + id + "/consent", f.applicants().get(0),
                "{\"audience\":\"PUBLIC\",\"given\":true,\"expectedVersion\":" + version(record) + "}");
        assertEquals(404, stranger.statusCode(), stranger.body());

        record = consent(id, applicant, "PUBLIC", true, version(record));
        assertEquals("GIVEN", record.getString("publicConsent"));
        var unacknowledged = publish(id, "PUBLIC", false, version(record));
        assertEquals(422, unacknowledged.statusCode());
        assertTrue(unacknowledged.body().contains("personuppgifter"), unacknowledged.body());
        var stale = publish(id, "PUBLIC", true, version(record) - 1);
        assertEquals(422, stale.statusCode());
        record = ApiClient.json(publish(id, "PUBLIC", true, version(record)).body());
        assertEquals("PUBLIC", record.getString("publication"));
        assertTrue(ids(publicSearch("övergång")).contains(id));
        assertEquals(200, api().call("GET", "/library/records/" + id, null, null).statusCode());

        // the unit withdraws its public consent: gone from the public at once, and no internal consent either
        record = consent(id, applicant, "PUBLIC", false, version(record));
        assertEquals("DRAFT", record.getString("publication"));
        assertEquals("REFUSED", record.getString("publicConsent"));
        var decisions = record.getJsonArray("consents").stream().map(c -> c.asJsonObject().getString("decision")).toList();
        assertEquals(List.of("GIVEN", "WITHDRAWN"), decisions);
        assertFalse(ids(publicSearch("övergång")).contains(id));
        assertEquals(404, api().call("GET", "/library/records/" + id, null, null).statusCode());
        assertFalse(staff.call(() -> library.search(LibraryQuery.of("övergång")).hits().stream()
                .anyMatch(h -> h.example().id().equals(id))), "unpublished for staff too");
    }

    @Test
    void swedishSearchFindsInflectedFormsAndCompoundsRankedWithSnippetsAndFacets() throws Exception {
        var f = fixture();
        Long winner = f.applicationIds().get(0);
        String applicant = f.applicants().get(0);
        var record = prepare(winner, false);
        long id = record.getJsonNumber("id").longValue();
        String address = record.getString("address");
        assertTrue(address.startsWith("/exempel/" + id + "-"), address);
        assertFalse(record.getJsonArray("topCriteria").isEmpty(), "the closed consensus gives the strongest criteria");
        String topCriterion = record.getJsonArray("topCriteria").getJsonObject(0).getString("title");

        record = edit(id, version(record), "Läsglädje hela dagen", "Språk och läsning i vardagen.",
                "Förskolornas utvecklingsarbete med högläsning.", "Barnen lånar fler böcker.");
        record = consent(id, applicant, "INTERNAL", true, version(record));
        record = consent(id, applicant, "PUBLIC", true, version(record));
        record = ApiClient.json(publish(id, "PUBLIC", false, version(record)).body());
        assertEquals("PUBLIC", record.getString("publication"));

        for (String query : new String[]{"förskola", "utveckling", "barn", "förskolan utvecklingen", "böcker", "läsglädjen"}) {
            assertEquals(List.of(id), ids(publicSearch(query)), query);
        }
        assertEquals(List.of(), ids(publicSearch("förskola simhall")), "every word must match");
        var hit = publicSearch("barn").getJsonArray("hits").getJsonObject(0);
        assertTrue(hit.getString("snippet").contains("<mark>Barnen</mark>"), hit.toString());
        assertTrue(hit.getJsonNumber("score").doubleValue() > 0);

        // facets: counts over the results, combinable with the text
        var all = publicSearch(null);
        assertEquals(1, all.getInt("total"));
        assertEquals(1, count(all, "year", String.valueOf(f.year())));
        assertEquals(1, count(all, "outcome", "WINNER"));
        assertEquals(1, count(all, "award", "QUALITY_AWARD"));
        assertEquals(1, count(all, "class", "Förskola"));
        assertEquals(1, count(all, "area", "PRESCHOOL"));
        assertEquals(1, count(all, "criterion", topCriterion));
        assertEquals(List.of(id), ids(publicSearch("barn", "outcome=WINNER", "area=PRESCHOOL")));
        assertEquals(List.of(), ids(publicSearch("barn", "outcome=HONOURABLE_MENTION")));
        assertEquals(List.of(id), ids(publicSearch(null, "criterion=" + URLEncoder.encode(topCriterion, StandardCharsets.UTF_8))));

        // editing the title changes the index at once and never the address
        record = edit(id, version(record), "Bokprat som förändrade allt", "Språk och läsning i vardagen.",
                "Förskolornas utvecklingsarbete med högläsning.", "Barnen lånar fler böcker.");
        assertEquals(address, record.getString("address"));
        assertEquals(List.of(id), ids(publicSearch("bokpratet")));
        assertEquals(List.of(), ids(publicSearch("läsglädje")));
        assertEquals(200, page(address));
        assertEquals(200, page("/examples/record.xhtml?id=" + id));
        assertEquals(200, page("/examples/library.xhtml?q=barn"));
        var pdf = publicFile(id, record.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(200, pdf.statusCode());
        String text = pdfText(pdf.body());
        assertTrue(text.contains("Bokprat som förändrade allt") && text.contains("Barnen lånar fler böcker."), text);
        assertNoEligibilityAnswers(text);
    }

    /** What the application's PDF says of the unit's eligibility, which publication never includes. */
    static void assertNoEligibilityAnswers(String text) {
        for (String eligibility : new String[]{"Behörighet", "Chef med ansvar", "Verksamhetsplan med mål",
                "Antal medarbetare", "anmält till nämnden", "Budget i balans", "Registreringsnummer"}) {
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains(eligibility.toLowerCase(java.util.Locale.ROOT)),
                    eligibility + " in " + text);
        }
    }

    @Test
    void theDemosPublicExampleServesThePublicOnlyItsPublicationFile() throws Exception {
        // Björkhagens skola's winning application, public in the demo: its only file is made from the record's
        // texts (issue 12: it was the application's PDF, with the eligibility answers and the contact's address)
        var search = ApiClient.json(api().call("GET", "/library?q=" + URLEncoder.encode("Elevernas egna mål",
                StandardCharsets.UTF_8), null, null).body());
        long id = search.getJsonArray("hits").stream().map(h -> h.asJsonObject().getJsonObject("example"))
                .filter(e -> e.getString("unitName").equals("Björkhagens skola")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        var record = ApiClient.json(api().ok("GET", "/library/records/" + id, null, null));
        var asAdministrator = ApiClient.json(adminCall("GET", "/examples/" + id, null));
        String contactEmail = asAdministrator.containsKey("contactEmail") && !asAdministrator.isNull("contactEmail")
                ? asAdministrator.getString("contactEmail") : null;
        assertFalse(asAdministrator.getBoolean("contactConsent"), "the demo's contact has not agreed to be named");
        var files = record.getJsonArray("attachments");
        assertEquals(1, files.size(), files.toString());
        assertTrue(files.getJsonObject(0).getString("fileName").startsWith("gott-exempel-" + id), files.toString());
        var pdf = publicFile(id, files.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(200, pdf.statusCode());
        String text = pdfText(pdf.body());
        assertTrue(text.contains(record.getString("title")), text);
        assertNoEligibilityAnswers(text);
        assertFalse(text.contains("@"), "no e-mail address at all: " + text);
        if (contactEmail != null) {
            assertFalse(text.contains(contactEmail), text);
        }
    }

    @Test
    void thePublicNeverReachesAnInternalOrUnpublishedRecordByAnyRoute() throws Exception {
        var f = fixture();
        Long mention = f.applicationIds().get(1);
        String applicant = f.applicants().get(1);
        var record = prepare(mention, false);
        long id = record.getJsonNumber("id").longValue();
        record = edit(id, version(record), "Internt kvarteret", "Kvartersråd", "Kvartersråden träffas varje vecka.", "Färre klagomål.");
        record = consent(id, applicant, "INTERNAL", true, version(record));
        record = consent(id, applicant, "PUBLIC", false, version(record));
        var refused = publish(id, "PUBLIC", false, version(record));
        assertEquals(422, refused.statusCode());
        record = ApiClient.json(publish(id, "INTERNAL", false, version(record)).body());
        assertEquals("INTERNAL", record.getString("publication"));
        long fileId = record.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();

        // staff (signed in) find it, over the boundary and over REST
        assertTrue(staff.call(() -> library.search(LibraryQuery.of("kvartersrådet")).hits().stream()
                .anyMatch(h -> h.example().id().equals(id))));
        assertEquals(200, api().call("GET", "/library/records/" + id, ADMIN, ADMIN_PASSWORD, null).statusCode());
        assertTrue(ApiClient.json(api().ok("GET", "/library?q=kvartersr%C3%A5d", ADMIN, ADMIN_PASSWORD, null))
                .getJsonArray("hits").size() >= 1);

        // the public: nowhere
        assertEquals(List.of(), ids(publicSearch("kvartersråd")));
        assertEquals(0, count(publicSearch(null), "outcome", "HONOURABLE_MENTION"));
        assertEquals(404, api().call("GET", "/library/records/" + id, null, null).statusCode());
        assertEquals(404, api().call("GET", "/library/records/" + id + "/files/" + fileId, null, null).statusCode());
        assertEquals(401, api().call("GET", "/examples/" + id, null, null).statusCode());
        assertEquals(404, page("/examples/record.xhtml?id=" + id));
        assertEquals(404, page(record.getString("address")));
        var unit = ApiClient.json(api().ok("GET", "/library/units/" + f.unitIds().get(1), ADMIN, ADMIN_PASSWORD, null));
        assertTrue(unit.getBoolean("full"));
        var publicUnit = api().call("GET", "/library/units/" + f.unitIds().get(1), null, null);
        assertTrue(publicUnit.statusCode() == 404 || !publicUnit.body().contains("Internt kvarteret"), publicUnit.body());
        // an applicant of another unit (not staff) reads public records only
        assertEquals(404, api().call("GET", "/library/records/" + id, f.applicants().get(0), null).statusCode());

        // unpublished: gone for staff as well
        adminCall("POST", "/examples/" + id + "/unpublish", "{\"expectedVersion\":" + version(record) + "}");
        assertFalse(staff.call(() -> library.search(LibraryQuery.of("kvartersråd")).hits().stream()
                .anyMatch(h -> h.example().id().equals(id))));
        assertEquals(200, api().call("GET", "/library/records/" + id, ADMIN, ADMIN_PASSWORD, null).statusCode(),
                "administrators still reach the draft (to work on it)");
        assertEquals(404, api().call("GET", "/library/records/" + id, null, null).statusCode());
    }

    @Test
    void theUnitPageShowsTheHistoryAndImprovementAreasOnlyToTheUnitAndAdministrators() throws Exception {
        var f = fixture();
        Long unitId = f.unitIds().get(0);
        String own = f.applicants().get(0);
        // before the cycle's feedback date the unit sees its year and the announced decision, not the consensus
        // (issue 12: the page read the closed consensus through an administrator-privileged reader)
        feedbackOn(f.cycleId(), LocalDate.now(CITY).plusDays(1));
        var early = yearOf(ApiClient.json(api().ok("GET", "/library/units/" + unitId, own, null)), f.applicationIds().get(0));
        assertEquals("WINNER", early.getString("outcome"));
        assertTrue(!early.containsKey("totalPoints") || early.isNull("totalPoints"), early.toString());
        assertEquals(0, early.getJsonArray("areas").size(), early.toString());
        assertFalse(yearOf(ApiClient.json(adminCall("GET", "/library/units/" + unitId, null)), f.applicationIds().get(0))
                .getJsonArray("areas").isEmpty(), "administrators see the closed consensus at any time");

        feedbackOn(f.cycleId(), LocalDate.now(CITY));
        var history = ApiClient.json(api().ok("GET", "/library/units/" + unitId, own, null));
        assertTrue(history.getBoolean("full"));
        var unreleased = history.getJsonArray("years").stream().map(y -> y.asJsonObject())
                .filter(y -> y.getJsonNumber("applicationId").longValue() == f.applicationIds().get(0)).findFirst().orElseThrow();
        assertEquals("WINNER", unreleased.getString("outcome"));
        // the unit sees the consensus result only once its feedback report is released on the feedback date
        assertTrue(!unreleased.containsKey("totalPoints") || unreleased.isNull("totalPoints"), unreleased.toString());
        assertEquals(0, unreleased.getJsonArray("areas").size());
        releaseReport(f.cycleId(), f.applicationIds().get(0));
        history = ApiClient.json(api().ok("GET", "/library/units/" + unitId, own, null));
        var year = history.getJsonArray("years").stream().map(y -> y.asJsonObject())
                .filter(y -> y.getJsonNumber("applicationId").longValue() == f.applicationIds().get(0)).findFirst().orElseThrow();
        assertEquals("WINNER", year.getString("outcome"));
        assertTrue(year.getJsonNumber("totalPoints").doubleValue() > 0);
        var area = year.getJsonArray("areas").getJsonObject(0);
        assertTrue(area.getString("improvements").startsWith("Förbättra kriterium"), area.toString());
        assertEquals("NONE", area.getString("trend"));

        // the unit marks the area addressed; another unit's applicant may neither write nor see it
        String code = area.getString("code");
        String body = "{\"applicationId\":" + f.applicationIds().get(0) + ",\"criterionCode\":\"" + code
                + "\",\"note\":\"Vi har infört veckovisa uppföljningar.\",\"addressed\":true}";
        assertEquals(404, api().call("PUT", "/examples/units/" + unitId + "/follow-ups", f.applicants().get(1), body).statusCode());
        api().ok("PUT", "/examples/units/" + unitId + "/follow-ups", own, body);
        assertEquals(422, api().call("PUT", "/examples/units/" + unitId + "/follow-ups", own, body).statusCode(),
                "a second first note is stale");
        history = ApiClient.json(api().ok("GET", "/library/units/" + unitId, own, null));
        var addressed = history.getJsonArray("years").stream().flatMap(y -> y.asJsonObject().getJsonArray("areas").stream())
                .map(a -> a.asJsonObject()).filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow();
        assertTrue(addressed.getBoolean("addressed"));
        assertEquals("Vi har infört veckovisa uppföljningar.", addressed.getString("note"));

        var other = ApiClient.json(api().ok("GET", "/library/units/" + unitId, f.applicants().get(1), null));
        assertFalse(other.getBoolean("full"));
        assertEquals(0, other.getJsonArray("years").size());
        var administrator = ApiClient.json(adminCall("GET", "/library/units/" + unitId, null));
        assertTrue(administrator.getBoolean("full"));
        assertNotEquals(0, administrator.getJsonArray("years").size());
    }

    /** The administrator drafts, reviews and releases the application's report, the feedback date set to today. */
    void releaseReport(Long cycleId, Long applicationId) throws Exception {
        feedbackOn(cycleId, LocalDate.now(ZoneId.of("Europe/Stockholm")));
        String report = "/feedback/reports/" + applicationId;
        var drafted = ApiClient.json(adminCall("POST", report + "/draft", "{\"language\":\"sv\"}"));
        var reviewed = ApiClient.json(adminCall("POST", report + "/review", "{\"expectedVersion\":" + version(drafted) + "}"));
        adminCall("POST", report + "/release", "{\"expectedVersion\":" + version(reviewed) + "}");
    }
}

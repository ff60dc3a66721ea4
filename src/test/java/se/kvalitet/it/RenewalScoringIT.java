package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.renewal.boundary.RenewalSettings;
import se.kvalitet.renewal.boundary.RenewalStanding;
import se.kvalitet.renewal.boundary.RenewalStandings;

/**
 * The jury's scoring of the renewal prize with real jurors over HTTP (Payara cannot run as JURY): applications open
 * to a juror only after they confirmed no conflict and the period closed; a conflicted juror reads and scores
 * nothing; a juror who has not submitted gets no other juror's scores whatever the route (REST, the ranking page);
 * stale saves and bad values are refused with nothing changed; the administrator sees everything and sets the prize
 * money. Cycle years 2070–2074.
 */
@ExtendWith(ArquillianExtension.class)
class RenewalScoringIT {

    static final String PASSWORD = "Jurylösen 2070!";
    static final String ADMIN = "admin@kvalitet.demo";
    static final String ADMIN_PASSWORD = "Kvalitet2026!";
    static RenewalScenario.Fixture fixture;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject AsAdmin admin;
    @Inject RenewalScenario scenario;
    @Inject RenewalStandings standings;
    @Inject RenewalSettings settings;
    @Inject Cycles cycles;

    @ArquillianResource
    URL base;

    ApiClient api() {
        return new ApiClient(base.toString(), PASSWORD);
    }

    synchronized RenewalScenario.Fixture fixture() throws Exception {
        if (fixture == null) {
            fixture = admin.call(() -> scenario.build(PASSWORD, true));
        }
        return fixture;
    }

    static String entry(Long id) {
        return "/renewal/entries/" + id;
    }

    static void refused(HttpResponse<String> response, int status, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(text), response.body());
    }

    /** Every criterion valued {@code value} with a justification, as a save request. */
    static String all(long expectedVersion, int value) {
        var scores = Json.createArrayBuilder();
        for (int i = 1; i <= 6; i++) {
            scores.add(Json.createObjectBuilder().add("criterionCode", "F" + i).add("value", value)
                    .add("justification", "Motivering F" + i));
        }
        return Json.createObjectBuilder().add("expectedVersion", expectedVersion).add("scores", scores).build().toString();
    }

    /** JSON-B leaves null fields out. */
    static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    /** The application's PDF as the person asks for it (not as JSON); the status code. */
    int pdf(Long applicationId, String email) throws Exception {
        return new ApiClient(base.toString(), PASSWORD).bytes("/applications/" + applicationId + "/receipt.pdf", email)
                .statusCode();
    }

    static long version(String body) {
        return ApiClient.json(body).getJsonNumber("version").longValue();
    }

    JsonObject row(String email, String password, Long cycleId, Long applicationId) {
        var ranking = ApiClient.json(api().ok("GET", "/renewal/cycles/" + cycleId + "/standings", email, password, null));
        return ranking.getJsonArray("rows").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("applicationId").longValue() == applicationId).findFirst().orElseThrow();
    }

    /** The juror confirms, scores every criterion with {@code value} and submits; returns the submitted sheet. */
    String scoreAndSubmit(String juror, Long app, int value) {
        var api = api();
        api.ok("POST", entry(app) + "/no-conflict", juror, null);
        String saved = api.ok("PUT", entry(app) + "/mine", juror, all(version(api.ok("GET", entry(app) + "/mine", juror, null)), value));
        return api.ok("POST", entry(app) + "/mine/submit", juror, "{\"expectedVersion\":" + version(saved) + "}");
    }

    @Test
    void jurorsReadAnApplicationOnlyAfterConfirmingNoConflictOnceThePeriodClosed() throws Exception {
        var f = fixture();
        var api = api();
        // before confirming: not found, page data and attachments alike
        assertEquals(404, api.call("GET", "/applications/" + f.entryA(), f.juror1(), null).statusCode());
        assertEquals(404, api.call("GET", "/applications/" + f.entryA() + "/attachments", f.juror1(), null).statusCode());
        assertEquals(404, pdf(f.entryA(), f.juror1()));
        refused(api.call("GET", entry(f.entryA()) + "/mine", f.juror1(), null), 422, "jäv");

        // the entry list shows where the juror stands
        var list = ApiClient.jsonArray(api.ok("GET", "/renewal/cycles/" + f.cycleId() + "/entries", f.juror1(), null));
        assertEquals(3, list.size(), "submitted entries only, the draft is nobody's business");
        assertFalse(list.stream().anyMatch(e -> e.asJsonObject().getJsonNumber("applicationId").longValue() == f.draftD()));

        api.ok("POST", entry(f.entryA()) + "/no-conflict", f.juror1(), null);
        var application = ApiClient.json(api.ok("GET", "/applications/" + f.entryA(), f.juror1(), null));
        assertEquals("Läxhjälp på biblioteket", application.getJsonObject("renewal").getString("title"));
        assertEquals(200, api.call("GET", "/applications/" + f.entryA() + "/attachments", f.juror1(), null).statusCode());
        assertEquals(200, pdf(f.entryA(), f.juror1()),
                "the page, the attachments and the PDF agree");
        // reading is not writing
        assertTrue(api.call("PUT", "/applications/" + f.entryA(), f.juror1(),
                "{\"expectedVersion\":" + application.getJsonNumber("version").longValue() + "}").statusCode() >= 403);
        // another juror who has not confirmed still reads nothing
        assertEquals(404, api.call("GET", "/applications/" + f.entryA(), f.juror2(), null).statusCode());
        // a draft is no entry: nothing to confirm, nothing to read
        assertEquals(404, api.call("POST", entry(f.draftD()) + "/no-conflict", f.juror1(), null).statusCode());
        assertEquals(404, api.call("GET", "/applications/" + f.draftD(), f.juror1(), null).statusCode());

        // a confirmation made while the application period is still open opens nothing until it closes
        var open = admin.call(() -> scenario.openCycle());
        admin.call(() -> {
            scenario.confirmedAsJuror(open.cycleId(), f.juror1Id(), open.entry());
            return null;
        });
        assertEquals(404, api.call("GET", "/applications/" + open.entry(), f.juror1(), null).statusCode());
        assertEquals(0, ApiClient.jsonArray(api.ok("GET", "/renewal/cycles/" + open.cycleId() + "/entries", f.juror1(), null)).size());
        admin.call(() -> cycles.moveTo(open.cycleId(), Phase.APPLICATION_CLOSED, null, "Testet stänger perioden före sista dagen."));
        assertEquals(200, api.call("GET", "/applications/" + open.entry(), f.juror1(), null).statusCode());
    }

    @Test
    void aConflictedJurorCanNeitherReadNorScore() throws Exception {
        var f = fixture();
        var api = api();
        String j = f.conflicted();
        refused(api.call("POST", entry(f.entryA()) + "/no-conflict", j, null), 422, "jäv");
        assertEquals(404, api.call("GET", "/applications/" + f.entryA(), j, null).statusCode());
        refused(api.call("GET", entry(f.entryA()) + "/mine", j, null), 422, "jäv");
        refused(api.call("PUT", entry(f.entryA()) + "/mine", j, all(0, 4)), 422, "jäv");
        refused(api.call("POST", entry(f.entryA()) + "/mine/submit", j, "{\"expectedVersion\":0}"), 422, "jäv");
        refused(api.call("GET", entry(f.entryA()) + "/scores", j, null), 422, "jäv");
        var mine = ApiClient.jsonArray(api.ok("GET", "/renewal/cycles/" + f.cycleId() + "/entries", j, null)).stream()
                .map(v -> v.asJsonObject()).filter(e -> e.getJsonNumber("applicationId").longValue() == f.entryA())
                .findFirst().orElseThrow();
        assertTrue(mine.getBoolean("recused"));
        // another juror's submitted scores of the entry never reach the recused one, nor the figures
        scoreAndSubmit(f.juror2(), f.entryA(), 4);
        var row = row(j, PASSWORD, f.cycleId(), f.entryA());
        assertTrue(row.getBoolean("recused"));
        assertFalse(row.getBoolean("visible"));
        assertTrue(absent(row, "mean") && absent(row, "rank"));
        // the conflict does not reach the other entries: the same juror scores B
        scoreAndSubmit(j, f.entryB(), 3);
    }

    @Test
    void aJurorWhoHasNotSubmittedGetsNoOtherJurorsScoresWhateverTheRoute() throws Exception {
        var f = fixture();
        var api = api();
        Long b = f.entryB();
        api.ok("POST", entry(b) + "/no-conflict", f.juror1(), null);
        String draft = api.ok("PUT", entry(b) + "/mine", f.juror1(), all(version(api.ok("GET", entry(b) + "/mine", f.juror1(), null)), 5));
        assertEquals("DRAFT", ApiClient.json(draft).getString("status"));
        assertEquals("100.0", ApiClient.json(draft).getJsonNumber("total").bigDecimalValue().toPlainString());

        scoreAndSubmit(f.juror2(), b, 3);
        // juror 2 submitted, but a draft of juror 1 is nobody's business
        var seenBy2 = ApiClient.jsonArray(api.ok("GET", entry(b) + "/scores", f.juror2(), null));
        assertTrue(seenBy2.stream().noneMatch(s -> s.asJsonObject().getString("status").equals("DRAFT")));

        // juror 1 has only a draft: no scores, no figures, by REST or on the ranking page
        refused(api.call("GET", entry(b) + "/scores", f.juror1(), null), 422, "lämnat in din egen");
        var hidden = row(f.juror1(), PASSWORD, f.cycleId(), b);
        assertFalse(hidden.getBoolean("visible"));
        assertTrue(absent(hidden, "mean") && absent(hidden, "rank") && absent(hidden, "spread"));
        assertEquals(0, hidden.getJsonArray("criterionMeans").size());
        assertTrue(hidden.getInt("submitted") >= 1, "how many have submitted is open, never what");
        var web = new WebSession(base.toString());
        web.signIn(f.juror1(), PASSWORD);
        String page = web.get("/renewal/ranking.xhtml?cycle=" + f.cycleId()).body();
        assertTrue(page.contains("Dold tills du lämnat in"), page);
        assertFalse(page.contains(">50.0<") || page.contains(">62.5<") || page.contains(">75.0<"), page);
        String form = web.get("/renewal/score.xhtml?entry=" + b).body();
        assertFalse(form.contains("De andra jurymedlemmarnas bedömningar"), "no other juror's scoring on the form");

        // the administrator sees everything, through the boundary too
        var forAdmin = admin.call(() -> standings.standings(f.cycleId())).stream()
                .filter(s -> s.applicationId() == b).findFirst().orElseThrow();
        assertTrue(forAdmin.visible());
        assertNotNull(forAdmin.mean());

        // once juror 1 submits, they see juror 2's scores and the figures
        api.ok("POST", entry(b) + "/mine/submit", f.juror1(), "{\"expectedVersion\":" + version(draft) + "}");
        var others = ApiClient.jsonArray(api.ok("GET", entry(b) + "/scores", f.juror1(), null));
        assertTrue(others.stream().anyMatch(s -> s.asJsonObject().getJsonNumber("total").bigDecimalValue()
                .compareTo(new BigDecimal("50.0")) == 0), others.toString());
        var shown = row(f.juror1(), PASSWORD, f.cycleId(), b);
        assertTrue(shown.getBoolean("visible"));
        assertNotNull(shown.getJsonNumber("mean"));
        assertNotNull(shown.getJsonNumber("rank"));
        assertEquals(6, shown.getJsonArray("criterionMeans").size());
    }

    @Test
    void staleSavesAndBadValuesAreRefusedWithNothingChanged() throws Exception {
        var f = fixture();
        var api = api();
        Long c = f.entryC();
        String j = f.juror1();
        api.ok("POST", entry(c) + "/no-conflict", j, null);
        String first = api.ok("PUT", entry(c) + "/mine", j, "{\"expectedVersion\":0,\"scores\":[{\"criterionCode\":\"F1\","
                + "\"value\":4,\"justification\":\"Tydlig koppling\"}]}");
        long v = version(first);

        // another window still holds version 0: refused, the first save stands
        refused(api.call("PUT", entry(c) + "/mine", j, "{\"expectedVersion\":0,\"scores\":[{\"criterionCode\":\"F1\","
                + "\"value\":2,\"justification\":\"Skrivet över\"}]}"), 422, "ändrats");
        // a value off the scale, an unknown criterion, a missing version: refused, nothing written
        refused(api.call("PUT", entry(c) + "/mine", j, "{\"expectedVersion\":" + v + ",\"scores\":[{\"criterionCode\":\"F2\","
                + "\"value\":3,\"justification\":\"Bra\"},{\"criterionCode\":\"F1\",\"value\":9}]}"), 422, "skalan");
        refused(api.call("PUT", entry(c) + "/mine", j, "{\"expectedVersion\":" + v + ",\"scores\":[{\"criterionCode\":\"K9\","
                + "\"value\":3}]}"), 422, "K9");
        assertEquals(400, api.call("PUT", entry(c) + "/mine", j, "{\"scores\":[]}").statusCode());
        var mine = ApiClient.json(api.ok("GET", entry(c) + "/mine", j, null));
        assertEquals(v, mine.getJsonNumber("version").longValue());
        var f1 = mine.getJsonArray("scores").getJsonObject(0);
        assertEquals(4, f1.getInt("value"));
        assertEquals("Tydlig koppling", f1.getString("justification"));
        assertTrue(absent(mine.getJsonArray("scores").getJsonObject(1), "value"), "F2 of the refused save was not kept");

        // submitting an incomplete scoring is refused; it stays a draft
        refused(api.call("POST", entry(c) + "/mine/submit", j, "{\"expectedVersion\":" + v + "}"), 422, "F2, F3, F4, F5, F6");
        assertEquals("DRAFT", ApiClient.json(api.ok("GET", entry(c) + "/mine", j, null)).getString("status"));
        String complete = api.ok("PUT", entry(c) + "/mine", j, all(v, 2));
        String submitted = api.ok("POST", entry(c) + "/mine/submit", j, "{\"expectedVersion\":" + version(complete) + "}");
        assertEquals("SUBMITTED", ApiClient.json(submitted).getString("status"));
        // read-only after submitting
        refused(api.call("PUT", entry(c) + "/mine", j, all(version(submitted), 5)), 422, "inlämnad");
        // the administrator follows but does not score, and reads the submitted scorings
        assertEquals(403, api.call("PUT", entry(c) + "/mine", ADMIN, ADMIN_PASSWORD, all(0, 5)).statusCode());
        assertEquals(1, ApiClient.jsonArray(api.ok("GET", entry(c) + "/scores", ADMIN, ADMIN_PASSWORD, null)).size());
        // somebody who is neither juror nor administrator is refused outright
        assertEquals(403, api.call("GET", "/renewal/cycles/" + f.cycleId() + "/standings", "sokande@kvalitet.demo",
                ADMIN_PASSWORD, null).statusCode());
    }

    @Test
    void thePrizeMoneyIsWholeKronorAndShownWithTheStandings() throws Exception {
        var f = fixture();
        var setting = admin.call(() -> settings.prize(f.cycleId())).orElseThrow();
        for (var bad : Map.of("50 000,50", "renewal.prize.wholeKronor", "-5", "renewal.prize.negative",
                "femtio", "renewal.prize.notANumber").entrySet()) {
            var refusal = assertThrows(RuleViolation.class,
                    () -> admin.call(() -> settings.setPrizeAmount(f.cycleId(), bad.getKey(), setting.version())));
            assertEquals(bad.getValue(), refusal.getMessageKey());
        }
        var saved = admin.call(() -> settings.setPrizeAmount(f.cycleId(), "75 000 kr", setting.version()));
        assertEquals(75_000, saved.amount());
        // a stale version changes nothing
        assertThrows(Exception.class, () -> admin.call(() -> settings.setPrizeAmount(f.cycleId(), "1", setting.version())));
        assertEquals(75_000, admin.call(() -> settings.prize(f.cycleId())).orElseThrow().amount());
        var ranking = ApiClient.json(api().ok("GET", "/renewal/cycles/" + f.cycleId() + "/standings", f.juror2(), null));
        assertEquals(75_000, ranking.getInt("prizeAmount"));
        // a juror may not set it
        var web = new WebSession(base.toString());
        web.signIn(f.juror2(), PASSWORD);
        assertEquals(200, web.get("/renewal/ranking.xhtml?cycle=" + f.cycleId()).statusCode());
        assertEquals(403, web.get("/renewal/settings.xhtml?cycle=" + f.cycleId()).statusCode());
    }

    @Test
    void theStandingsRankEntriesByTheMeanOfTheSubmittedTotals() throws Exception {
        var f = fixture();
        java.util.List<RenewalStanding> all = admin.call(() -> standings.standings(f.cycleId()));
        assertEquals(3, all.size());
        assertTrue(all.stream().allMatch(RenewalStanding::visible));
        all.stream().filter(s -> s.mean() != null).forEach(s -> assertNotNull(s.rank()));
        all.stream().filter(s -> s.mean() == null).forEach(s -> assertEquals(null, s.rank()));
        var openapi = new WebSession(java.net.URI.create(base.toString()).resolve("/").toString()).get("/openapi").body();
        for (String path : new String[]{"/api/v1/renewal/cycles/{cycleId}/entries", "/api/v1/renewal/entries/{applicationId}/mine",
                "/api/v1/renewal/entries/{applicationId}/mine/submit", "/api/v1/renewal/cycles/{cycleId}/standings"}) {
            assertTrue(openapi.contains(path + ":"), path + " documented");
        }
    }

    /**
     * Issue 12, break 2 and item 7, in a cycle of its own (blind mode is the cycle's): a recused juror sees no gap in
     * the ranks where the hidden entry stands; in blind jury mode jurors get the entries' random codes only, never an
     * id, unit, title or registration number, routes take the code (an id answers 404), and reading is refused
     * whichever route asks for it.
     */
    @Test
    void blindJuryModeGivesJurorsTheCodesOnlyAndARecusedJurorSeesNoGapInTheRanks() throws Exception {
        var f = admin.call(() -> scenario.build(PASSWORD, true));
        var api = api();
        // juror 2 puts A first; the conflicted juror, recused from A, scores B and C
        scoreAndSubmit(f.juror2(), f.entryA(), 5);
        scoreAndSubmit(f.juror2(), f.entryB(), 3);
        scoreAndSubmit(f.juror2(), f.entryC(), 2);
        scoreAndSubmit(f.conflicted(), f.entryB(), 3);
        scoreAndSubmit(f.conflicted(), f.entryC(), 2);
        assertEquals(1, row(f.juror2(), PASSWORD, f.cycleId(), f.entryA()).getInt("rank"));
        assertEquals(2, row(f.juror2(), PASSWORD, f.cycleId(), f.entryB()).getInt("rank"));
        assertEquals(1, row(f.conflicted(), PASSWORD, f.cycleId(), f.entryB()).getInt("rank"),
                "no gap where the entry hidden from the recused juror stands");
        assertEquals(2, row(f.conflicted(), PASSWORD, f.cycleId(), f.entryC()).getInt("rank"));

        var seenByAdmin = ApiClient.jsonArray(api.ok("GET", "/renewal/cycles/" + f.cycleId() + "/entries", ADMIN,
                ADMIN_PASSWORD, null)).stream().map(v -> v.asJsonObject()).toList();
        var secrets = new java.util.ArrayList<String>();
        var codes = new java.util.HashMap<Long, String>();
        for (var e : seenByAdmin) {
            secrets.add(e.getString("unitName"));
            secrets.add(e.getString("title"));
            secrets.add(e.getString("registrationNumber"));
            codes.put(e.getJsonNumber("applicationId").longValue(), e.getString("code"));
        }
        assertTrue(codes.values().stream().allMatch(c -> c.matches("A-[A-Z0-9]{6}")), codes.toString());
        assertEquals(204, api.call("PUT", "/jury/cycles/" + f.cycleId() + "/blind", ADMIN, ADMIN_PASSWORD,
                "{\"blind\":true}").statusCode());
        for (String juror : java.util.List.of(f.juror1(), f.juror2(), f.conflicted())) {
            String entries = api.ok("GET", "/renewal/cycles/" + f.cycleId() + "/entries", juror, null);
            String ranking = api.ok("GET", "/renewal/cycles/" + f.cycleId() + "/standings", juror, null);
            for (String body : java.util.List.of(entries, ranking)) {
                assertFalse(body.contains("\"applicationId\""), juror + " gets ids: " + body);
                secrets.forEach(secret -> assertFalse(body.contains(secret), juror + " gets " + secret + ": " + body));
                codes.values().forEach(code -> assertTrue(body.contains(code), body));
            }
        }
        String others = api.ok("GET", "/renewal/entries/" + codes.get(f.entryB()) + "/scores", f.juror2(), null);
        assertFalse(others.contains("\"applicationId\""), others);
        // an id names nothing in blind mode; the code does, and reading stays refused on every route
        assertEquals(404, api.call("POST", entry(f.entryA()) + "/no-conflict", f.juror1(), null).statusCode());
        refused(api.call("POST", "/renewal/entries/" + codes.get(f.entryA()) + "/no-conflict", f.juror1(), null),
                422, "blindläge");
        refused(api.call("POST", "/conflicts/confirmations", f.juror1(), "{\"applicationId\":" + f.entryA()
                + ",\"actingAs\":\"JUROR\"}"), 422, "blindläge");
        assertEquals(404, api.call("GET", "/applications/" + f.entryA(), f.juror1(), null).statusCode());
        // a juror who confirmed before blind mode was set does not score (the form shows the entry) until the reveal
        refused(api.call("GET", "/renewal/entries/" + codes.get(f.entryB()) + "/mine", f.juror2(), null), 422, "blindläge");
        assertEquals(204, api.call("POST", "/jury/cycles/" + f.cycleId() + "/reveal", ADMIN, ADMIN_PASSWORD, null)
                .statusCode());
        assertTrue(api.ok("GET", "/renewal/cycles/" + f.cycleId() + "/entries", f.juror1(), null)
                .contains(seenByAdmin.get(0).getString("unitName")));
    }
}

package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.EligibilityDraft;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.entity.AdministrationKind;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * The applicant's side of the year over REST, through the access rules: a later deadline for one application
 * (granted by an administrator with a reason, used by the unit after the cycle's deadline, revocable only while
 * unused; other units and other roles get nothing), starting from last year's application (answers by code, the
 * lost criterion listed, eligibility asked again, only the chosen attachment, only the unit's own earlier
 * application), and indicator tables in results criteria (validated with the row named, in the PDF).
 */
@ExtendWith(ArquillianExtension.class)
class ApplicantsYearIT {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
    static final String PASSWORD = "Sökande-året 2027!";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject Fixtures fixtures;
    @Inject AsAdmin admin;
    @Inject Applications applications;
    @Inject Cycles cycles;
    @Inject EvaluationModels models;
    @Inject Organizations organizations;
    @Inject People people;
    @Inject DomainEvents events;

    @ArquillianResource
    URL base;

    record Cycle(Long cycleId, int year, Long classId, Long administrationId) {
    }

    /** A cycle of its own with the quality award (Stockholm's model, without {@code dropCode} if given), open. */
    Cycle openCycle(String dropCode) throws Exception {
        return admin.call(() -> {
            var opened = fixtures.cycle(Fixtures.unique("Sökandeåret"));
            Long cycleId = opened.cycleId();
            cycles.addCategory(cycleId, Award.QUALITY_AWARD);
            cycles.addClass(cycleId, Award.QUALITY_AWARD, "Förskola");
            cycles.adoptPreset(cycleId, Award.QUALITY_AWARD, "stockholm-kvalitet");
            var terms = cycles.applicationTerms(cycleId).orElseThrow();
            if (dropCode != null) {
                Long modelId = terms.category("QUALITY_AWARD").orElseThrow().evaluationModelId();
                var model = models.view(modelId).orElseThrow();
                var dropped = model.criteria().stream().filter(c -> c.code().equals(dropCode)).findFirst().orElseThrow();
                models.removeCriterion(modelId, dropped.id(), model.version());
            }
            var cycle = cycles.find(cycleId).orElseThrow();
            LocalDate today = LocalDate.now(CITY);
            cycle.getDates().setApplicationOpensOn(today.minusDays(10));
            cycle.getDates().setApplicationClosesAt(today.plusDays(30).atTime(LocalTime.of(16, 0)).atZone(CITY).toInstant());
            cycle.getDates().setReviewStartsOn(today.plusDays(40));
            cycles.save(cycle);
            cycles.moveTo(cycleId, Phase.APPLICATION_OPEN);
            var board = organizations.createBoard(Fixtures.unique("Nämnd"));
            var adm = organizations.createAdministration(board.getId(), Fixtures.unique("Förvaltning"),
                    AdministrationKind.ADMINISTRATION);
            return new Cycle(cycleId, opened.year(), terms.category("QUALITY_AWARD").orElseThrow().classes().get(0).id(),
                    adm.getId());
        });
    }

    record Unit(Long id, String applicant) {
    }

    Unit unit(Cycle c) throws Exception {
        return admin.call(() -> {
            var unit = organizations.createUnit(c.administrationId(), Fixtures.unique("Förskolan Lönnen"),
                    OperatorType.MUNICIPAL, ServiceArea.PRESCHOOL, 20);
            String email = Fixtures.unique("sokande").toLowerCase().replaceAll("[^a-z0-9-]", "-") + "@kvalitet.test";
            people.create(email, "Sökande Lönn", PASSWORD.toCharArray(), EnumSet.of(Role.APPLICANT), unit.getId(),
                    c.administrationId());
            return new Unit(unit.getId(), email);
        });
    }

    /** The unit's applicant starts a draft over REST and writes every answer; returns its JSON. */
    JsonObject draft(Cycle c, Unit u) {
        var view = json(api().ok("POST", "/applications", u.applicant(), "{\"cycleId\":" + c.cycleId()
                + ",\"award\":\"QUALITY_AWARD\",\"competitionClassId\":" + c.classId() + "}"));
        var answers = Json.createObjectBuilder();
        view.getJsonArray("answers").getValuesAs(JsonObject.class)
                .forEach(a -> answers.add(a.getString("code"), "Förra årets svar på " + a.getString("code") + "."));
        return json(api().ok("PUT", "/applications/" + view.getJsonNumber("id"), u.applicant(),
                Json.createObjectBuilder().add("expectedVersion", view.getJsonNumber("version"))
                        .add("answers", answers).add("eligibility", Json.createReader(new java.io.StringReader(ELIGIBLE))
                                .readObject()).build().toString()));
    }

    static final String ELIGIBLE = "{\"managerResponsibility\":true,\"businessPlan\":true,\"staffCount\":20,"
            + "\"reportedToBoard\":true,\"budgetBalanced\":true}";

    ApiClient api() {
        return new ApiClient(base.toString(), PASSWORD);
    }

    static JsonObject json(String body) {
        return ApiClient.json(body);
    }

    static long version(JsonObject view) {
        return view.getJsonNumber("version").longValue();
    }

    // ---- a later deadline for one application

    @Test
    void anAdministratorGivesOneApplicationMoreTimeAndOnlyThatUnitWritesOn() throws Exception {
        var c = openCycle(null);
        var a = unit(c);
        var b = unit(c);
        var draftA = draft(c, a);
        var draftB = draft(c, b);
        long idA = draftA.getJsonNumber("id").longValue();
        long idB = draftB.getJsonNumber("id").longValue();
        // the cycle's deadline has passed (the period is still formally open)
        Instant closed = Instant.now().minusSeconds(60);
        admin.call(() -> {
            var cycle = cycles.find(c.cycleId()).orElseThrow();
            cycle.getDates().setApplicationClosesAt(closed);
            return cycles.save(cycle);
        });
        Instant until = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String grant = "{\"until\":\"" + until + "\",\"reason\":\"Förskolechefen var sjuk sista veckan.\",\"expectedVersion\":"
                + version(draftA) + "}";

        // applicants may not grant themselves time; another unit does not even see the application
        assertEquals(403, api().call("PUT", "/applications/" + idA + "/deadline-extension", a.applicant(), grant).statusCode());
        assertEquals(404, api().call("GET", "/applications/" + idA, b.applicant(), null).statusCode());
        // the limits, in words
        var noReason = api().callAs(Account.ADMIN, "PUT", "/applications/" + idA + "/deadline-extension",
                "{\"until\":\"" + until + "\",\"reason\":\" \",\"expectedVersion\":" + version(draftA) + "}");
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("Ange skälet"), noReason.body());
        Instant afterReview = LocalDate.now(CITY).plusDays(40).atTime(LocalTime.NOON).atZone(CITY).toInstant();
        var tooLate = api().callAs(Account.ADMIN, "PUT", "/applications/" + idA + "/deadline-extension",
                "{\"until\":\"" + afterReview + "\",\"reason\":\"Sjukdom\",\"expectedVersion\":" + version(draftA) + "}");
        assertEquals(422, tooLate.statusCode(), tooLate.body());
        assertTrue(tooLate.body().contains("före den dag granskningen börjar"), tooLate.body());
        var stale = api().callAs(Account.ADMIN, "PUT", "/applications/" + idA + "/deadline-extension",
                grant.replace("\"expectedVersion\":" + version(draftA), "\"expectedVersion\":" + (version(draftA) - 1)));
        assertEquals(409, stale.statusCode(), stale.body());

        var granted = json(api().okAs(Account.ADMIN, "PUT", "/applications/" + idA + "/deadline-extension", grant));
        assertEquals(until, Instant.parse(granted.getString("deadline")), "the application's own deadline");
        assertEquals(closed.truncatedTo(ChronoUnit.SECONDS),
                Instant.parse(granted.getString("applicationClosesAt")).truncatedTo(ChronoUnit.SECONDS), "the cycle's stays");
        assertTrue(granted.getBoolean("editable"));
        assertEquals("Förskolechefen var sjuk sista veckan.", granted.getJsonObject("extension").getString("reason"));

        // the unit writes on and submits after the cycle's deadline; the other unit is refused
        var mine = json(api().ok("GET", "/applications/" + idA, a.applicant(), null));
        assertTrue(mine.getBoolean("editable"));
        var other = api().call("PUT", "/applications/" + idB, b.applicant(), "{\"expectedVersion\":" + version(draftB)
                + ",\"answers\":{\"1\":\"för sent\"}}");
        assertEquals(422, other.statusCode(), other.body());
        assertTrue(other.body().contains("har passerat"), other.body());
        var written = json(api().ok("PUT", "/applications/" + idA, a.applicant(), "{\"expectedVersion\":" + version(mine)
                + ",\"answers\":{\"1\":\"Skrivet under den förlängda tiden.\"}}"));
        assertNotNull(written.getJsonObject("extension").getString("usedAt", null), "used from the first write after the deadline");

        // used: no longer revocable
        var revoke = api().callAs(Account.ADMIN, "DELETE", "/applications/" + idA + "/deadline-extension?expectedVersion="
                + version(written), null);
        assertEquals(422, revoke.statusCode(), revoke.body());
        assertTrue(revoke.body().contains("kan inte längre dras tillbaka"), revoke.body());
        // the unit's start page and edit page name its own deadline; the administrator's page shows the extension
        var unitPages = new WebSession(base.toString());
        assertEquals(302, unitPages.signIn(a.applicant(), PASSWORD).statusCode());
        String start = unitPages.get("/index.xhtml").body();
        assertTrue(start.contains("har fått förlängd tid") && start.contains("Förskolechefen var sjuk sista veckan."), start);
        String edit = unitPages.get("/applications/edit.xhtml?id=" + idA).body();
        assertTrue(edit.contains("Er sista dag för den här ansökan"), edit);
        assertFalse(edit.contains("extension-heading"), "only administrators grant time");
        var adminPages = new WebSession(base.toString());
        assertEquals(302, adminPages.signIn(Account.ADMIN.email(), Account.ADMIN.password()).statusCode());
        String adminEdit = adminPages.get("/applications/edit.xhtml?id=" + idA).body();
        assertTrue(adminEdit.contains("Förlängd tid för den här ansökan") && adminEdit.contains("kan inte dras tillbaka"),
                adminEdit);

        var receipt = json(api().ok("POST", "/applications/" + idA + "/submit", a.applicant(),
                "{\"expectedVersion\":" + version(written) + "}"));
        assertTrue(receipt.getString("registrationNumber").startsWith("KS " + c.year() + "/"), receipt.toString());

        // an unused extension is taken back, and the unit is closed again
        var bGranted = json(api().okAs(Account.ADMIN, "PUT", "/applications/" + idB + "/deadline-extension",
                "{\"until\":\"" + until + "\",\"reason\":\"Tekniskt fel\",\"expectedVersion\":" + version(draftB) + "}"));
        assertTrue(bGranted.getBoolean("editable"));
        var bRevoked = json(api().okAs(Account.ADMIN, "DELETE", "/applications/" + idB + "/deadline-extension?expectedVersion="
                + version(bGranted), null));
        assertFalse(bRevoked.getBoolean("editable"));
        assertFalse(bRevoked.containsKey("extension") && !bRevoked.isNull("extension"), bRevoked.toString());

        var typesA = admin.call(() -> events.of("Application", idA)).stream().map(e -> e.getEventType()).toList();
        assertTrue(typesA.contains("ApplicationDeadlineExtended"), typesA.toString());
        var typesB = admin.call(() -> events.of("Application", idB)).stream().map(e -> e.getEventType()).toList();
        assertTrue(typesB.containsAll(List.of("ApplicationDeadlineExtended", "ApplicationDeadlineExtensionRevoked")),
                typesB.toString());
    }

    // ---- starting from last year's application, with indicators

    @Test
    void aUnitStartsFromLastYearsApplicationWithItsIndicatorsAndTheAttachmentItChose() throws Exception {
        var earlier = openCycle(null);
        var later = openCycle("9");
        assertTrue(later.year() > earlier.year());
        var a = unit(earlier);
        var b = unit(earlier);
        var last = draft(earlier, a);
        long lastId = last.getJsonNumber("id").longValue();

        // indicators belong to results criteria; refusals name the criterion and the row
        var onProcess = api().call("PUT", "/applications/" + lastId, a.applicant(), "{\"expectedVersion\":" + version(last)
                + ",\"indicators\":{\"1\":[" + indicator("Nöjdhet", earlier.year() - 1) + "]}}");
        assertEquals(422, onProcess.statusCode(), onProcess.body());
        assertTrue(onProcess.body().contains("inget resultatkriterium"), onProcess.body());
        var badYear = api().call("PUT", "/applications/" + lastId, a.applicant(), "{\"expectedVersion\":" + version(last)
                + ",\"indicators\":{\"2\":[" + indicator("Nöjdhet", earlier.year() - 1) + "," + indicator("Frånvaro", earlier.year() + 1)
                + "]}}");
        assertEquals(422, badYear.statusCode(), badYear.body());
        assertTrue(badYear.body().contains("Indikator 2 i kriterium 2"), badYear.body());
        var withIndicators = json(api().ok("PUT", "/applications/" + lastId, a.applicant(), "{\"expectedVersion\":"
                + version(last) + ",\"indicators\":{\"2\":[" + indicator("Nöjda vårdnadshavare", earlier.year() - 1) + "]}}"));
        var set = withIndicators.getJsonArray("indicators").getJsonObject(0);
        assertEquals("2", set.getString("criterionCode"));
        assertEquals(2, set.getJsonArray("indicators").getJsonObject(0).getJsonArray("values").size());

        var kept = api().upload("/applications/" + lastId + "/attachments?fileName=Verksamhetsplan.pdf", a.applicant(),
                "application/octet-stream", PDF);
        assertEquals(201, kept.statusCode(), kept.body());
        long keptId = json(kept.body()).getJsonNumber("id").longValue();
        assertEquals(201, api().upload("/applications/" + lastId + "/attachments?fileName=Budget.pdf", a.applicant(),
                "application/octet-stream", PDF).statusCode());
        var receipt = json(api().ok("POST", "/applications/" + lastId + "/submit", a.applicant(),
                "{\"expectedVersion\":" + version(withIndicators) + "}"));

        // the indicator table is in last year's PDF
        var pdf = api().bytes("/applications/" + lastId + "/receipt.pdf", a.applicant());
        assertEquals(200, pdf.statusCode());
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Nöjda vårdnadshavare (procent)") && text.contains("86,5"), text);
        }

        // the unit sees its earlier application as a starting point; another unit does not
        var points = ApiClient.jsonArray(api().ok("GET", "/applications/starting-points?cycleId=" + later.cycleId(),
                a.applicant(), null));
        assertEquals(1, points.size(), points.toString());
        assertEquals(lastId, points.getJsonObject(0).getJsonNumber("applicationId").longValue());
        assertEquals(2, points.getJsonObject(0).getJsonArray("attachments").size());
        assertEquals("[]", api().ok("GET", "/applications/starting-points?cycleId=" + later.cycleId(), b.applicant(), null));
        String start = "{\"cycleId\":" + later.cycleId() + ",\"award\":\"QUALITY_AWARD\",\"competitionClassId\":"
                + later.classId() + ",\"startFromId\":" + lastId + ",\"attachmentIds\":[" + keptId + "]}";
        assertEquals(404, api().call("POST", "/applications", b.applicant(), start).statusCode(),
                "another unit's application is not there to start from");
        var backwards = api().call("POST", "/applications", a.applicant(), "{\"cycleId\":" + earlier.cycleId()
                + ",\"award\":\"QUALITY_AWARD\",\"competitionClassId\":" + earlier.classId() + ",\"startFromId\":" + lastId + "}");
        assertEquals(422, backwards.statusCode(), backwards.body());

        var created = api().call("POST", "/applications", a.applicant(), start);
        assertEquals(201, created.statusCode(), created.body());
        var fresh = json(created.body());
        long freshId = fresh.getJsonNumber("id").longValue();
        assertEquals("DRAFT", fresh.getString("status"));
        Map<String, String> answers = new LinkedHashMap<>();
        fresh.getJsonArray("answers").getValuesAs(JsonObject.class).forEach(x -> answers.put(x.getString("code"),
                x.isNull("text") ? null : x.getString("text")));
        assertEquals(8, answers.size(), "this year's model has no criterion 9");
        answers.forEach((code, text) -> assertEquals("Förra årets svar på " + code + ".", text));
        var left = fresh.getJsonArray("notCarriedOver");
        assertEquals(1, left.size(), left.toString());
        assertEquals("9", left.getJsonObject(0).getString("code"));
        assertEquals("NO_CRITERION", left.getJsonObject(0).getString("reason"));
        assertEquals("Förra årets svar på 9.", left.getJsonObject(0).getString("text"));
        var eligibility = fresh.getJsonObject("eligibility");
        assertTrue(!eligibility.containsKey("staffCount") || eligibility.isNull("staffCount"), "eligibility is asked again");
        assertEquals("Nöjda vårdnadshavare", fresh.getJsonArray("indicators").getJsonObject(0).getJsonArray("indicators")
                .getJsonObject(0).getString("measure"));
        var files = ApiClient.jsonArray(api().ok("GET", "/applications/" + freshId + "/attachments", a.applicant(), null));
        assertEquals(1, files.size());
        assertEquals("Verksamhetsplan.pdf", files.getJsonObject(0).getString("fileName"));
        // last year's application is untouched
        var before = json(api().ok("GET", "/applications/" + lastId, a.applicant(), null));
        assertEquals("SUBMITTED", before.getString("status"));
        assertEquals(receipt.getString("registrationNumber"), before.getString("registrationNumber"));
        var types = admin.call(() -> events.of("Application", freshId)).stream().map(e -> e.getEventType()).toList();
        assertTrue(types.contains("ApplicationStartedFrom"), types.toString());
    }

    static String indicator(String measure, int lastYear) {
        return "{\"measure\":\"" + measure + "\",\"unitOfMeasure\":\"procent\",\"target\":90,\"comparisonLabel\":\"Riket\","
                + "\"comparison\":84,\"values\":[{\"year\":" + (lastYear - 1) + ",\"value\":81},{\"year\":" + lastYear
                + ",\"value\":86.5}]}";
    }

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
}

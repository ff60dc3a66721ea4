package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Examiner courses and calibration exercises over REST, through their access rules: administrators define courses,
 * record attendance (a required course makes the examiner trained, on the course's version) and set up exercises;
 * an examiner of the exercise's cycle scores alone, sees the reference and their own deviation only after
 * submitting and the group's spread only once the exercise is closed, never anyone else's scores; an examiner of
 * another year and an applicant get nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalibrationsIT {

    static final String PASSWORD = "Kalibrering-lösen 2083";
    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    record Scene(JsonObject fixture, ApiClient api) {
        long cycleId() { return fixture.getJsonNumber("cycleId").longValue(); }
        Account who(String key) { return Account.of(fixture.getJsonObject("emails").getString(key), PASSWORD); }
        long record(String key) { return fixture.getJsonObject("records").getJsonNumber(key).longValue(); }
    }

    /** JSON-B leaves null properties out. */
    static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    Scene scene() {
        var api = new ApiClient(base.toString());
        return new Scene(api.scenario("calibration", PASSWORD), api);
    }

    @Test
    void attendingTheRequiredCourseTrainsTheExaminerAndOnlyAdministratorsKeepCourses() {
        var s = scene();
        var api = s.api();
        LocalDate yesterday = LocalDate.now(CITY).minusDays(1);
        String courses = "/examiner-courses?cycleId=" + s.cycleId();
        var basic = ApiClient.json(api.okAs(Account.ADMIN, "POST", courses, "{\"name\":\"Grundutbildning\",\"kind\":\"BASIC\","
                + "\"heldOn\":\"" + yesterday.minusDays(1) + "\",\"endsOn\":\"" + yesterday + "\",\"place\":\"Stadshuset\",\"required\":true}"));
        var refresher = ApiClient.json(api.okAs(Account.ADMIN, "POST", courses, "{\"name\":\"Repetition\",\"kind\":\"REFRESHER\","
                + "\"heldOn\":\"" + yesterday + "\",\"required\":false}"));
        var later = ApiClient.json(api.okAs(Account.ADMIN, "POST", courses, "{\"name\":\"Kalibreringsdag\",\"kind\":\"CALIBRATION\","
                + "\"heldOn\":\"" + yesterday.plusDays(30) + "\",\"required\":false}"));
        assertEquals(422, api.callAs(Account.ADMIN, "POST", courses, "{\"name\":\"Baklänges\",\"kind\":\"BASIC\",\"heldOn\":\""
                + yesterday + "\",\"endsOn\":\"" + yesterday.minusDays(3) + "\"}").statusCode(), "ends before it starts");
        assertEquals(3, ApiClient.jsonArray(api.okAs(Account.ADMIN, "GET", courses, null)).size());
        assertEquals(403, api.callAs(s.who("e1"), "GET", courses, null).statusCode(), "examiners do not keep courses");
        assertEquals(403, api.callAs(Account.APPLICANT, "GET", "/examiner-courses/mine?cycleId=" + s.cycleId(), null).statusCode());

        long basicId = basic.getJsonNumber("id").longValue();
        String attend = "/examiner-courses/" + basicId + "/attendance";
        String both = "{\"expectedVersion\":" + basic.getJsonNumber("version") + ",\"examinerIds\":[" + s.record("e1") + "," + s.record("e2") + "]}";
        var attended = ApiClient.json(api.okAs(Account.ADMIN, "POST", attend, both));
        assertEquals(2, attended.getJsonArray("attendedBy").size());
        assertEquals(422, api.callAs(Account.ADMIN, "POST", attend, both).statusCode(), "the version seen is stale now");
        assertEquals(404, api.callAs(Account.ADMIN, "POST", attend, "{\"expectedVersion\":" + attended.getJsonNumber("version")
                + ",\"examinerIds\":[" + s.record("elsewhere") + "]}").statusCode(), "a record of another cycle");
        var notYet = api.callAs(Account.ADMIN, "POST", "/examiner-courses/" + later.getJsonNumber("id") + "/attendance",
                "{\"expectedVersion\":" + later.getJsonNumber("version") + ",\"examinerIds\":[" + s.record("e3") + "]}");
        assertEquals(422, notYet.statusCode(), notYet.body());
        assertTrue(notYet.body().contains("examiners.course.notYetHeld"), "not held yet: " + notYet.body());
        var e1 = ApiClient.json(api.okAs(Account.ADMIN, "GET", "/examiners/" + s.record("e1"), null));
        assertEquals(yesterday.minusDays(1).toString(), e1.getString("trainedOn"), "trained on the required course's first day");
        assertFalse(e1.getJsonArray("notReadyReasons").toString().contains("untrained"), e1.toString());

        // a course that is not required changes no training date
        ApiClient.json(api.okAs(Account.ADMIN, "POST", "/examiner-courses/" + refresher.getJsonNumber("id") + "/attendance",
                "{\"expectedVersion\":" + refresher.getJsonNumber("version") + ",\"examinerIds\":[" + s.record("e3") + "]}"));
        var e3 = ApiClient.json(api.okAs(Account.ADMIN, "GET", "/examiners/" + s.record("e3"), null));
        assertTrue(absent(e3, "trainedOn"), e3.toString());

        var mine = ApiClient.jsonArray(api.okAs(s.who("e1"), "GET", "/examiner-courses/mine?cycleId=" + s.cycleId(), null));
        assertEquals(3, mine.size());
        assertTrue(mine.getJsonObject(0).getBoolean("attended"), mine.toString());
        assertEquals(0, ApiClient.jsonArray(api.okAs(s.who("elsewhere"), "GET", "/examiner-courses/mine?cycleId=" + s.cycleId(), null)).size(),
                "an examiner of another year sees no courses of this one");

        // taken off the attendance: no longer trained
        var removed = ApiClient.json(api.okAs(Account.ADMIN, "DELETE", attend + "/" + s.record("e2") + "?expectedVersion="
                + attended.getJsonNumber("version"), null));
        assertEquals(1, removed.getJsonArray("attendedBy").size());
        assertTrue(absent(ApiClient.json(api.okAs(Account.ADMIN, "GET", "/examiners/" + s.record("e2"), null)), "trainedOn"));
    }

    @Test
    void anExaminerSeesOnlyTheirOwnDeviationAfterSubmittingAndTheGroupsSpreadOnceClosed() {
        var s = scene();
        var api = s.api();
        var created = ApiClient.json(api.okAs(Account.ADMIN, "POST", "/calibrations", "{\"cycleId\":" + s.cycleId()
                + ",\"title\":\"Förskolan Referens\",\"caseText\":\"Förskolan arbetar systematiskt med barnens lärande.\","
                + "\"scaleMax\":100,\"criteria\":[{\"code\":\"1\",\"title\":\"Ledarskap\",\"referenceValue\":60},"
                + "{\"code\":\"2\",\"title\":\"Resultat\",\"referenceValue\":40}]}"));
        String one = "/calibrations/" + created.getJsonNumber("id");
        assertEquals(422, api.callAs(Account.ADMIN, "POST", "/calibrations", "{\"cycleId\":" + s.cycleId() + ",\"title\":\"Fel\","
                + "\"caseText\":\"x\",\"scaleMax\":10,\"criteria\":[{\"code\":\"1\",\"title\":\"A\",\"referenceValue\":11}]}").statusCode(),
                "a reference off the scale");

        var before = ApiClient.json(api.okAs(s.who("e1"), "GET", one, null));
        assertTrue(absent(before.getJsonArray("criteria").getJsonObject(0), "referenceValue"), "no reference before submitting");
        assertTrue(absent(before, "myDeviations"));
        assertEquals(404, api.callAs(s.who("elsewhere"), "GET", one, null).statusCode(), "an examiner of another year");
        assertEquals(0, ApiClient.jsonArray(api.okAs(s.who("elsewhere"), "GET", "/calibrations?cycleId=" + s.cycleId(), null)).size());
        assertEquals(403, api.callAs(Account.APPLICANT, "GET", one, null).statusCode());
        assertEquals(403, api.callAs(Account.STAFF, "GET", one, null).statusCode());
        assertEquals(403, api.callAs(s.who("e1"), "GET", one + "/deviations", null).statusCode(), "everyone's deviations are the administrators'");
        assertEquals(403, api.callAs(s.who("e1"), "POST", one + "/close", "{\"expectedVersion\":0}").statusCode());

        assertEquals(422, api.callAs(s.who("e1"), "PUT", one + "/mine", "{\"expectedVersion\":-1,\"scores\":[101,30]}").statusCode(), "off the scale");
        var draft = ApiClient.json(api.okAs(s.who("e1"), "PUT", one + "/mine", "{\"expectedVersion\":-1,\"scores\":[70,null]}"));
        assertEquals(422, api.callAs(s.who("e1"), "POST", one + "/mine/submit", "{\"expectedVersion\":" + draft.getJsonNumber("myVersion") + "}").statusCode(),
                "every criterion scored first");
        assertEquals(422, api.callAs(s.who("e1"), "PUT", one + "/mine", "{\"expectedVersion\":-1,\"scores\":[70,30]}").statusCode(), "stale");
        draft = ApiClient.json(api.okAs(s.who("e1"), "PUT", one + "/mine", "{\"expectedVersion\":" + draft.getJsonNumber("myVersion") + ",\"scores\":[70,30]}"));
        var e1 = ApiClient.json(api.okAs(s.who("e1"), "POST", one + "/mine/submit", "{\"expectedVersion\":" + draft.getJsonNumber("myVersion") + "}"));
        assertEquals("[10,-10]", e1.getJsonArray("myDeviations").toString());
        assertEquals(60, e1.getJsonArray("criteria").getJsonObject(0).getInt("referenceValue"), "the reference after submitting");
        assertTrue(absent(e1, "groupSpread"), "no spread before the exercise closes");
        assertEquals(422, api.callAs(s.who("e1"), "PUT", one + "/mine", "{\"expectedVersion\":" + e1.getJsonNumber("myVersion") + ",\"scores\":[60,40]}").statusCode(),
                "read-only once submitted");

        var e2 = ApiClient.json(api.okAs(s.who("e2"), "GET", one, null));
        assertTrue(absent(e2.getJsonArray("criteria").getJsonObject(1), "referenceValue"), "another's submission shows e2 nothing");
        assertTrue(absent(e2, "myDeviations") && absent(e2, "groupSpread"), "nor anything of e1: " + e2);
        e2 = ApiClient.json(api.okAs(s.who("e2"), "PUT", one + "/mine", "{\"expectedVersion\":-1,\"scores\":[50,40]}"));
        e2 = ApiClient.json(api.okAs(s.who("e2"), "POST", one + "/mine/submit", "{\"expectedVersion\":" + e2.getJsonNumber("myVersion") + "}"));
        assertEquals("[-10,0]", e2.getJsonArray("myDeviations").toString());

        var report = ApiClient.json(api.okAs(Account.ADMIN, "GET", one + "/deviations", null));
        assertEquals(2, report.getJsonArray("examiners").size(), report.toString());
        assertEquals(10.0, report.getJsonArray("spread").getJsonObject(0).getJsonNumber("meanAbsolute").doubleValue(), 1e-9);

        var closed = ApiClient.json(api.okAs(Account.ADMIN, "POST", one + "/close", "{\"expectedVersion\":" + created.getJsonNumber("version") + "}"));
        assertTrue(closed.getBoolean("closed"));
        var spread = ApiClient.json(api.okAs(s.who("e1"), "GET", one, null)).getJsonArray("groupSpread");
        assertEquals(-10, spread.getJsonObject(0).getInt("lowest"));
        assertEquals(10, spread.getJsonObject(0).getInt("highest"));
        assertEquals(-5.0, spread.getJsonObject(1).getJsonNumber("mean").doubleValue(), 1e-9);
        var e3 = ApiClient.json(api.okAs(s.who("e3"), "GET", one, null));
        assertTrue(absent(e3, "groupSpread"), "only those who submitted see the spread");
        assertFalse(e3.getBoolean("canScore"));
        assertEquals(422, api.callAs(s.who("e3"), "PUT", one + "/mine", "{\"expectedVersion\":-1,\"scores\":[60,40]}").statusCode(), "closed");
    }

    @Test
    void anEarlierApplicationsClosedConsensusBecomesTheReference() {
        var s = scene();
        var api = s.api();
        int lastYear = LocalDate.now(CITY).getYear() - 1;
        long demoLastYear = ApiClient.jsonArray(api.okAs(Account.ADMIN, "GET", "/cycles", null)).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getInt("year") == lastYear).findFirst().orElseThrow().getJsonNumber("id").longValue();
        var applications = ApiClient.jsonArray(api.okAs(Account.ADMIN, "GET", "/applications?cycleId=" + demoLastYear, null));
        JsonObject created = null;
        for (var application : applications.getValuesAs(JsonObject.class)) {
            var answer = api.callAs(Account.ADMIN, "POST", "/calibrations", "{\"cycleId\":" + s.cycleId() + ",\"applicationId\":"
                    + application.getJsonNumber("id") + ",\"scaleMax\":100}");
            if (answer.statusCode() == 201) {
                created = ApiClient.json(answer.body());
                break;
            }
            assertEquals(422, answer.statusCode(), answer.body());
        }
        assertTrue(created != null, "last year's demo has a closed consensus");
        assertFalse(created.getJsonArray("criteria").isEmpty());
        assertFalse(created.getString("caseText").isBlank());
        assertFalse(absent(created, "sourceApplicationId"));
        var seen = ApiClient.json(api.okAs(s.who("e1"), "GET", "/calibrations/" + created.getJsonNumber("id"), null));
        assertTrue(absent(seen.getJsonArray("criteria").getJsonObject(0), "referenceValue"), "the consensus stays hidden until submitting");
    }
}

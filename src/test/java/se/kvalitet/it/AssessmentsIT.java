package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.scoring.boundary.Assessments;

/**
 * Individual assessment in the container against the real database, through the boundary and REST: blindness
 * (a teammate who has not submitted gets nothing, whatever the route), submit and lock, progress counts, and bad
 * input (off the scale, no justification, stale, after submit, after lock, another team's application, wrong
 * phase), each refused with a localized reason and nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentsIT {

    static final String PASSWORD = "Bedömning-lösen 2020";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject AsAdmin admin;
    @Inject AsExaminer examiner;
    @Inject Assessments assessments;
    @Inject Cycles cycles;
    @Inject DomainEvents events;
    @Inject ScoringScenario scenario;
    @Inject RadarProbe radar;

    @ArquillianResource
    URL base;

    /** A member of the team by position (0 is the leader), as e-mail. */
    record Team(Long applicationId, String leader, List<String> members, Map<String, Long> ids) {
    }

    Team team(ScoringScenario.Scored s, int index) {
        CommittedTeam t = s.team(index);
        var emailOf = s.fixture().examinerIds().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, e -> s.fixture().emails().get(e.getKey())));
        var emails = t.members().stream().map(m -> emailOf.get(m.personId())).toList();
        var ids = t.members().stream().collect(Collectors.toMap(m -> emailOf.get(m.personId()), CommittedTeam.Member::personId));
        return new Team(t.applicationId(), emails.get(0), emails, ids);
    }

    void confirm(Team team, String email) {
        var r = call("POST", "/assignments/me/" + team.applicationId() + "/no-conflict", email, null);
        assertEquals(204, r.statusCode(), r.body());
    }

    /** Every criterion scored and justified, with a marker text that must never leak. */
    static String complete(JsonObject own, int value, String marker) {
        var scores = own.getJsonArray("scores").stream().map(v -> v.asJsonObject().getString("criterionCode"))
                .map(code -> "{\"criterionCode\":\"" + code + "\",\"value\":" + value + ",\"justification\":\""
                        + marker + " motivering " + code + "\",\"strengths\":\"" + marker + " styrka\"}")
                .collect(Collectors.joining(","));
        return "{\"expectedVersion\":" + own.getJsonNumber("version") + ",\"scores\":[" + scores + "]}";
    }

    JsonObject own(Team team, String email) {
        var r = call("GET", "/assessments/applications/" + team.applicationId() + "/mine", email, null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body());
    }

    JsonObject saveAndSubmit(Team team, String email, int value, String marker) {
        var saved = call("PUT", "/assessments/applications/" + team.applicationId() + "/mine", email,
                complete(own(team, email), value, marker));
        assertEquals(200, saved.statusCode(), saved.body());
        var submitted = call("POST", "/assessments/applications/" + team.applicationId() + "/mine/submit", email,
                "{\"expectedVersion\":" + json(saved.body()).getJsonNumber("version") + "}");
        assertEquals(200, submitted.statusCode(), submitted.body());
        return json(submitted.body());
    }

    @Test
    void aTeammateWhoHasNotSubmittedGetsNothingWhateverTheRoute() throws Exception {
        var s = admin.call(() -> scenario.build(PASSWORD, true));
        var team = team(s, 0);
        String leader = team.leader();
        String first = team.members().get(1);
        String second = team.members().get(2);
        var outsider = team(s, 1).members().stream().filter(e -> !team.members().contains(e)).findFirst().orElseThrow();

        // before confirming "no conflict" the application stays closed
        var unconfirmed = call("GET", "/assessments/applications/" + team.applicationId() + "/mine", first, null);
        assertEquals(422, unconfirmed.statusCode(), unconfirmed.body());
        assertTrue(unconfirmed.body().contains("jävig"), unconfirmed.body());
        team.members().forEach(e -> confirm(team, e));

        var started = own(team, first);
        assertEquals("NOT_STARTED", started.getString("status"));
        assertEquals(0, started.getJsonNumber("version").longValue());
        assertEquals(9, started.getJsonArray("scores").size(), "one line per criterion of the model");

        var submitted = saveAndSubmit(team, first, 70, "HEMLIG-FÖRSTA");
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals(700.0, submitted.getJsonNumber("totalPoints").doubleValue(), 0.001, "70 % of 1000 points");
        // the second member has a draft of their own
        var draft = call("PUT", "/assessments/applications/" + team.applicationId() + "/mine", second,
                "{\"expectedVersion\":0,\"scores\":[{\"criterionCode\":\"1\",\"value\":20,\"justification\":\"HEMLIGT-UTKAST\"}]}");
        assertEquals(200, draft.statusCode(), draft.body());

        // every route a member without a submitted assessment could take
        for (String blind : List.of(second, leader)) {
            var refused = call("GET", "/assessments/applications/" + team.applicationId() + "/submitted", blind, null);
            assertEquals(422, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("lämnat in din egen"), refused.body());
            for (String path : List.of("/assessments/applications/" + team.applicationId() + "/mine", "/assessments/me",
                    "/assessments/progress?cycleId=" + s.fixture().cycleId())) {
                var r = call("GET", path, blind, null);
                assertEquals(200, r.statusCode(), path + r.body());
                assertFalse(r.body().contains("HEMLIG-FÖRSTA"), path + " leaks a teammate's text: " + r.body());
                assertFalse(r.body().contains("\"value\":70"), path + " leaks a teammate's score: " + r.body());
                assertFalse(r.body().contains("\"totalPoints\":700"), path + " leaks a teammate's total: " + r.body());
            }
        }
        assertFalse(call("GET", "/assessments/applications/" + team.applicationId() + "/mine", leader, null).body()
                .contains("HEMLIGT-UTKAST"), "drafts are their author's alone");
        // progress: counts only, for the leader of the application, nothing for a member
        var progress = json(call("GET", "/assessments/progress?cycleId=" + s.fixture().cycleId(), leader, null).body());
        var counts = progress.getJsonObject(String.valueOf(team.applicationId()));
        assertEquals(1, counts.getInt("SUBMITTED"));
        assertEquals(1, counts.getInt("DRAFT"));
        assertEquals(1, counts.getInt("NOT_STARTED"));
        assertEquals("{}", call("GET", "/assessments/progress?cycleId=" + s.fixture().cycleId(), second, null).body());
        // somebody on another team: not found, whatever they ask
        for (String path : List.of("/mine", "/submitted")) {
            assertEquals(404, call("GET", "/assessments/applications/" + team.applicationId() + path, outsider, null)
                    .statusCode(), path);
        }
        assertEquals(404, call("PUT", "/assessments/applications/" + team.applicationId() + "/mine", outsider,
                "{\"expectedVersion\":0,\"scores\":[]}").statusCode());
        // the boundary itself: an examiner without a person record gets nothing either
        assertThrows(NotFound.class, () -> examiner.call(() -> assessments.submittedFor(team.applicationId())));

        // after submitting, the team's submitted assessments open up; drafts never
        saveAndSubmit(team, second, 40, "ANDRA");
        var opened = call("GET", "/assessments/applications/" + team.applicationId() + "/submitted", second, null);
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals(2, jsonArray(opened.body()).size());
        assertTrue(opened.body().contains("HEMLIG-FÖRSTA"));
        var forAdmin = admin.call(() -> assessments.submittedFor(team.applicationId()));
        assertEquals(2, forAdmin.size(), "the administrator sees the submitted ones, not the leader's missing one");
        assertEquals(Map.of("NOT_STARTED", 1L, "DRAFT", 0L, "SUBMITTED", 2L, "LOCKED", 0L),
                admin.call(() -> assessments.progress(s.fixture().cycleId())).get(team.applicationId()));
        assertEquals(4, admin.call(() -> assessments.progress(s.fixture().cycleId())).size(), "every team of the cycle");
    }

    @Test
    void badInputIsRefusedWithAReasonAndChangesNothing() throws Exception {
        var s = admin.call(() -> scenario.build(PASSWORD, false));
        var team = team(s, 0);
        String leader = team.leader();
        String member = team.members().get(1);
        String other = team.members().get(2);
        team.members().forEach(e -> confirm(team, e));
        String path = "/assessments/applications/" + team.applicationId() + "/mine";

        var early = call("PUT", path, member, "{\"expectedVersion\":0,\"scores\":[{\"criterionCode\":\"1\",\"value\":50}]}");
        assertEquals(422, early.statusCode(), early.body());
        assertTrue(early.body().contains("bedömningsfasen"), early.body());
        admin.call(() -> cycles.moveTo(s.fixture().cycleId(), Phase.INDIVIDUAL_REVIEW));

        var first = call("PUT", path, member, "{\"expectedVersion\":0,\"scores\":[{\"criterionCode\":\"1\",\"value\":50,"
                + "\"justification\":\"Tydliga belägg\"}]}");
        assertEquals(200, first.statusCode(), first.body());
        var saved = json(first.body());
        long version = saved.getJsonNumber("version").longValue();
        assertEquals("DRAFT", saved.getString("status"));
        assertEquals(50.0, saved.getJsonArray("scores").getJsonObject(0).getJsonNumber("points").doubleValue(), 0.001);
        assertEquals("50–65 %", saved.getJsonArray("scores").getJsonObject(0).getString("band"));

        for (String bad : List.of("33", "105", "-5")) {
            var off = call("PUT", path, member, "{\"expectedVersion\":" + version + ",\"scores\":[{\"criterionCode\":\"2\","
                    + "\"value\":" + bad + "}]}");
            assertEquals(422, off.statusCode(), off.body());
            assertTrue(off.body().contains("finns inte på skalan"), off.body());
        }
        var unknown = call("PUT", path, member, "{\"expectedVersion\":" + version + ",\"scores\":[{\"criterionCode\":\"99\",\"value\":50}]}");
        assertEquals(422, unknown.statusCode(), unknown.body());
        var stale = call("PUT", path, member, "{\"expectedVersion\":" + (version - 1) + ",\"scores\":[{\"criterionCode\":\"2\",\"value\":50}]}");
        assertEquals(422, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("annat fönster"), stale.body());
        var incomplete = call("POST", path + "/submit", member, "{\"expectedVersion\":" + version + "}");
        assertEquals(422, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.body().contains("poäng saknas"), incomplete.body());
        var english = call("POST", path + "/submit", member, "{\"expectedVersion\":" + version + "}", "en");
        assertTrue(english.body().contains("a score is missing"), english.body());
        var unchanged = own(team, member);
        assertEquals(version, unchanged.getJsonNumber("version").longValue(), "refusals change nothing");
        assertEquals("DRAFT", unchanged.getString("status"));
        assertFalse(unchanged.getJsonArray("scores").getJsonObject(1).containsKey("value")
                && !unchanged.getJsonArray("scores").getJsonObject(1).isNull("value"));

        // every criterion scored, one justification missing
        var body = complete(unchanged, 35, "X").replace("\"justification\":\"X motivering 9\",", "");
        var noJustification = call("PUT", path, member, body);
        assertEquals(200, noJustification.statusCode(), noJustification.body());
        long v2 = json(noJustification.body()).getJsonNumber("version").longValue();
        assertTrue(v2 > version);
        var refused = call("POST", path + "/submit", member, "{\"expectedVersion\":" + v2 + "}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("motivering saknas för 9"), refused.body());
        assertEquals("DRAFT", own(team, member).getString("status"));

        var done = saveAndSubmit(team, member, 35, "Y");
        assertEquals("SUBMITTED", done.getString("status"));
        var afterSubmit = call("PUT", path, member, "{\"expectedVersion\":" + done.getJsonNumber("version") + ",\"scores\":"
                + "[{\"criterionCode\":\"1\",\"value\":100}]}");
        assertEquals(422, afterSubmit.statusCode(), afterSubmit.body());
        assertTrue(afterSubmit.body().contains("inlämnad"), afterSubmit.body());
        assertEquals(1, admin.call(() -> events.of("Assessment", done.getJsonNumber("id").longValue())).stream()
                .filter(e -> "AssessmentSubmitted".equals(e.getEventType())).count());

        // another team's application
        var elsewhere = s.teams().stream().filter(t -> t.members().stream()
                .noneMatch(m -> m.personId().equals(team.ids().get(member)))).findFirst().orElseThrow();
        assertEquals(404, call("PUT", "/assessments/applications/" + elsewhere.applicationId() + "/mine", member,
                "{\"expectedVersion\":0,\"scores\":[]}").statusCode());

        // the assessments lock only as the consensus opens, on its rules: there is no lock route of its own any more
        // (it let a leader lock while a member was writing), and at the boundary the opening rules hold
        var draft = call("PUT", path, other, "{\"expectedVersion\":0,\"scores\":[{\"criterionCode\":\"1\",\"value\":10}]}");
        assertEquals(200, draft.statusCode(), draft.body());
        for (String who : List.of(other, leader)) {
            assertEquals(404, call("POST", "/assessments/applications/" + team.applicationId() + "/lock", who, null)
                    .statusCode(), who);
        }
        assertEquals("DRAFT", own(team, other).getString("status"));
        var tooEarly = assertThrows(RuleViolation.class,
                () -> admin.call(() -> { assessments.lockForConsensus(team.applicationId(), true); return null; }));
        assertEquals("scoring.lock.phase", tooEarly.getMessageKey());
        admin.call(() -> cycles.moveTo(s.fixture().cycleId(), Phase.CONSENSUS));
        var missing = assertThrows(RuleViolation.class,
                () -> admin.call(() -> { assessments.lockForConsensus(team.applicationId(), false); return null; }));
        assertEquals("scoring.lock.notAllSubmitted", missing.getMessageKey());
        assertEquals("DRAFT", own(team, other).getString("status"), "a refused lock changes nothing");
        // the administrator's override (as the consensus opens with one missing): a draft is kept, read-only
        admin.call(() -> { assessments.lockForConsensus(team.applicationId(), true); return null; });
        var afterLock = call("PUT", path, other, "{\"expectedVersion\":" + json(draft.body()).getJsonNumber("version")
                + ",\"scores\":[{\"criterionCode\":\"1\",\"value\":20}]}");
        assertEquals(422, afterLock.statusCode(), afterLock.body());
        assertTrue(afterLock.body().contains("låst"), afterLock.body());
        var kept = own(team, other);
        assertEquals("LOCKED", kept.getString("status"));
        assertEquals(10, kept.getJsonArray("scores").getJsonObject(0).getInt("value"));
        // consensus opened: the leader, who never started, may not start now, and sees the submitted one
        var lateStart = call("PUT", path, leader, "{\"expectedVersion\":0,\"scores\":[{\"criterionCode\":\"1\",\"value\":20}]}");
        assertEquals(422, lateStart.statusCode(), lateStart.body());
        assertTrue(lateStart.body().contains("låst"), lateStart.body());
        var forLeader = call("GET", "/assessments/applications/" + team.applicationId() + "/submitted", leader, null);
        assertEquals(200, forLeader.statusCode(), forLeader.body());
        assertEquals(1, jsonArray(forLeader.body()).size());
        // locked drafts were never submitted: the team sees the submitted one only
        assertEquals(1, admin.call(() -> assessments.submittedFor(team.applicationId())).size());
        assertEquals("LOCKED", admin.call(() -> assessments.submittedFor(team.applicationId())).get(0).status());
        admin.call(() -> { assessments.lockForConsensus(team.applicationId(), true); return null; });
        // administrators follow, they do not score
        assertThrows(EJBAccessException.class, () -> admin.call(() -> assessments.own(team.applicationId())));
    }

    /**
     * Regression (issue 12, break 3): a leader locked the assessments while a member was still writing, and the
     * member then read the teammates' scores and texts. Now nothing locks but the opening of the consensus, on its
     * rules, so the member stays blind until they submit.
     */
    @Test
    void aLeaderCannotLockWhileAMemberIsStillWritingSoTheMemberStaysBlind() throws Exception {
        var s = admin.call(() -> scenario.build(PASSWORD, true));
        var team = team(s, 0);
        String leader = team.leader();
        String first = team.members().get(1);
        String writing = team.members().get(2);
        team.members().forEach(e -> confirm(team, e));
        saveAndSubmit(team, leader, 60, "LEDARENS-HEMLIGA");
        saveAndSubmit(team, first, 80, "FÖRSTAS-HEMLIGA");
        String path = "/assessments/applications/" + team.applicationId();
        var draft = call("PUT", path + "/mine", writing,
                "{\"expectedVersion\":0,\"scores\":[{\"criterionCode\":\"1\",\"value\":20}]}");
        assertEquals(200, draft.statusCode(), draft.body());

        var lock = call("POST", path + "/lock", leader, null);
        assertEquals(404, lock.statusCode(), "no lock of its own: " + lock.body());
        admin.call(() -> cycles.moveTo(s.fixture().cycleId(), Phase.CONSENSUS));
        var open = call("POST", "/consensus/applications/" + team.applicationId() + "/open", leader, "{}");
        assertEquals(422, open.statusCode(), open.body());
        assertTrue(open.body().contains("inte lämnat in"), open.body());

        // the member still writes, and sees nothing of the others by any route
        assertEquals("DRAFT", own(team, writing).getString("status"));
        var blind = call("GET", path + "/submitted", writing, null);
        assertEquals(422, blind.statusCode(), blind.body());
        for (String route : List.of(path + "/mine", path + "/submitted", "/assessments/me",
                "/consensus/applications/" + team.applicationId(),
                "/consensus/applications/" + team.applicationId() + "/visit")) {
            var r = call("GET", route, writing, null);
            assertFalse(r.body().contains("HEMLIGA"), route + " leaks a teammate's text: " + r.body());
            assertFalse(r.body().contains("\"value\":80"), route + " leaks a teammate's score: " + r.body());
        }
        var saved = call("PUT", path + "/mine", writing, "{\"expectedVersion\":" + json(draft.body())
                .getJsonNumber("version") + ",\"scores\":[{\"criterionCode\":\"1\",\"value\":30}]}");
        assertEquals(200, saved.statusCode(), "still writing: " + saved.body());

        // once they submitted, the consensus opens and locks everything
        saveAndSubmit(team, writing, 40, "SISTA");
        var opened = call("POST", "/consensus/applications/" + team.applicationId() + "/open", leader, "{}");
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals("LOCKED", own(team, writing).getString("status"));
        assertEquals(3, jsonArray(call("GET", path + "/submitted", writing, null).body()).size());
    }

    @Test
    void radarAttributeValuesAreStoredChangedAndRemovedPerAttribute() throws Exception {
        var s = admin.call(() -> scenario.build(PASSWORD, true));
        var team = team(s, 0);
        String member = team.members().get(1);
        confirm(team, member);
        var draft = call("PUT", "/assessments/applications/" + team.applicationId() + "/mine", member,
                "{\"expectedVersion\":0,\"scores\":[{\"criterionCode\":\"1\",\"value\":60,\"justification\":\"J\"}]}");
        assertEquals(200, draft.statusCode(), draft.body());
        long id = json(draft.body()).getJsonNumber("id").longValue();

        radar.write(id, Map.of("A", 50, "D", 70));
        assertEquals(Map.of("A", 50, "D", 70), radar.stored(id));
        radar.write(id, Map.of("A", 60));
        assertEquals(Map.of("A", 60), radar.stored(id), "changed in place, the one left out removed");
        var read = own(team, member).getJsonArray("scores").getJsonObject(0);
        assertEquals(60, read.getJsonObject("radar").getInt("A"));
        assertEquals(60, read.getInt("value"), "the rest of the criterion is untouched");
        // the model is a percent one: attribute values sent over REST are refused, nothing changed
        var refused = call("PUT", "/assessments/applications/" + team.applicationId() + "/mine", member,
                "{\"expectedVersion\":" + own(team, member).getJsonNumber("version") + ",\"scores\":[{\"criterionCode\":\"1\","
                        + "\"value\":60,\"radar\":{\"A\":70}}]}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(Map.of("A", 60), radar.stored(id));
    }

    // ---- helpers

    HttpResponse<String> call(String method, String path, String email, String body) {
        return call(method, path, email, body, "sv");
    }

    HttpResponse<String> call(String method, String path, String email, String body, String language) {
        return new ApiClient(base.toString(), PASSWORD).callIn(language, method, path, email, body);
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static JsonArray jsonArray(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}

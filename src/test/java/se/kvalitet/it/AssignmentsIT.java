package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.assignments.boundary.Adjustment;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.assignments.boundary.ExaminerChoice;
import se.kvalitet.assignments.boundary.MemberView;
import se.kvalitet.assignments.boundary.ProposalTeamView;
import se.kvalitet.assignments.boundary.ProposalView;
import se.kvalitet.it.AssignmentScenario.Fixture;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Team assignment in the container against the real database: the proposal (full teams, no conflict
 * crossed), manual adjustment refused on every hard rule and on a stale version and accepted when sound,
 * commit (teams, status, one event per examiner), who may do what, the examiner's own teams and reading an
 * application only after confirming no conflict, and the REST path from proposal to commit. Each test makes
 * its own cycle, organisation, applications and examiners.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentsIT {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
    static final String PASSWORD = "Examinator-lösen 2090";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject AsAdmin admin;
    @Inject AsApplicant applicant;
    @Inject AsExaminer examiner;
    @Inject Assignments assignments;
    @Inject Applications applications;
    @Inject Cycles cycles;
    @Inject Organizations organizations;
    @Inject People people;
    @Inject DomainEvents events;
    @Inject AssignmentScenario scenario;
    @Inject ExaminerFixtures examinerFixtures;

    @ArquillianResource
    URL base;

    Fixture cycleWithApplications(boolean closeApplications) throws Exception {
        return admin.call(() -> scenario.build(closeApplications, PASSWORD));
    }

    static ProposalTeamView team(ProposalView proposal, Long applicationId) {
        return proposal.teams().stream().filter(t -> t.applicationId().equals(applicationId)).findFirst().orElseThrow();
    }

    static Long leaderOf(ProposalTeamView team) {
        return team.members().stream().filter(MemberView::leader).map(MemberView::personId).findFirst().orElseThrow();
    }

    static Long aNonLeader(ProposalTeamView team) {
        return team.members().stream().filter(m -> !m.leader()).map(MemberView::personId).findFirst().orElseThrow();
    }

    static Set<Long> memberIds(ProposalTeamView team) {
        return team.members().stream().map(MemberView::personId).collect(Collectors.toSet());
    }

    RuleViolation refused(Long proposalId, Adjustment change) {
        return assertThrows(RuleViolation.class, () -> admin.call(() -> assignments.adjust(proposalId, change)));
    }

    // ---- proposal and adjustment

    @Test
    void everyApplicationGetsAFullTeamAndNoConflictIsCrossed() throws Exception {
        var f = cycleWithApplications(false);
        var early = assertThrows(RuleViolation.class, () -> admin.call(() -> assignments.propose(f.categoryId())));
        assertEquals("assignments.phase.notAllowed", early.getMessageKey(), "not while applications are open");
        admin.call(() -> cycles.moveTo(f.cycleId(), Phase.APPLICATION_CLOSED, null, "Testet stänger perioden före sista dagen."));

        var proposal = admin.call(() -> assignments.propose(f.categoryId()));
        assertEquals("OPEN", proposal.status());
        assertEquals(4, proposal.teams().size());
        assertEquals(List.of(), proposal.shortfalls());
        assertEquals(List.of(), proposal.breaches());
        assertTrue(proposal.committable());
        var leaders = Set.of(f.examiner("leader1"), f.examiner("leader2"));
        for (var team : proposal.teams()) {
            assertEquals(3, team.members().size(), team.registrationNumber());
            assertEquals(1, team.members().stream().filter(MemberView::leader).count());
            assertTrue(leaders.contains(leaderOf(team)), "only leader-eligible examiners lead");
            assertTrue(team.members().stream().anyMatch(MemberView::experienced));
            assertFalse(memberIds(team).contains(f.examiner("untrained")), "examiners who are not ready are left out");
            team.members().forEach(m -> assertTrue(m.load() <= m.capacity(), m.name()));
        }
        assertFalse(memberIds(team(proposal, f.conflictedApplicationId())).contains(f.examiner("conflicted")));
        assertTrue(team(proposal, f.conflictedApplicationId()).conflictedExaminerIds().contains(f.examiner("conflicted")));
        assertEquals(1, proposal.notReady().size());
        assertTrue(proposal.figures().competenceMatchRate() > 0);
        assertEquals(proposal, admin.call(() -> assignments.openProposal(f.categoryId())).orElseThrow());

        // a new proposal replaces the open one
        var second = admin.call(() -> assignments.propose(f.categoryId()));
        assertNotEquals(proposal.id(), second.id());
        assertEquals("DISCARDED", admin.call(() -> assignments.proposal(proposal.id())).status());
    }

    @Test
    void adjustmentsThatBreakAHardRuleOrComeStaleAreRefusedAndASoundOneIsTaken() throws Exception {
        var f = cycleWithApplications(true);
        var proposal = admin.call(() -> assignments.propose(f.categoryId()));
        long version = proposal.version();
        Long app = f.conflictedApplicationId();
        var team = team(proposal, app);
        Long seat = aNonLeader(team);

        var conflict = refused(proposal.id(), new Adjustment("REPLACE", app, seat, f.examiner("conflicted"), version));
        assertEquals("assignment.rule.conflict", conflict.getMessageKey());

        // someone whose capacity the proposal already uses up, not on this team
        var full = proposal.examiners().stream().filter(e -> e.load() >= e.capacity())
                .filter(e -> !memberIds(team).contains(e.personId()) && !e.personId().equals(f.examiner("conflicted")))
                .findFirst().orElseThrow();
        var capacity = refused(proposal.id(), new Adjustment("REPLACE", app, seat, full.personId(), version));
        assertEquals("assignment.rule.capacity", capacity.getMessageKey());

        var notEligible = team.members().stream().filter(m -> !m.leaderEligible()).findFirst().orElseThrow();
        var leader = refused(proposal.id(), new Adjustment("LEADER", app, notEligible.personId(), null, version));
        assertEquals("assignment.rule.leaderEligible", leader.getMessageKey());

        var unchanged = admin.call(() -> assignments.proposal(proposal.id()));
        assertEquals(version, unchanged.version(), "refusals change nothing");
        assertEquals(memberIds(team), memberIds(team(unchanged, app)));

        // a sound replacement: someone with room left, no conflict, not on that team yet
        ProposalTeamView target = null;
        ExaminerChoice spare = null;
        for (var candidate : proposal.teams()) {
            var found = proposal.examiners().stream().filter(e -> e.load() < e.capacity())
                    .filter(e -> !memberIds(candidate).contains(e.personId())
                            && !candidate.conflictedExaminerIds().contains(e.personId())).findFirst();
            if (found.isPresent()) {
                target = candidate;
                spare = found.get();
                break;
            }
        }
        assertTrue(spare != null, "the fixture leaves room for a replacement");
        Long targetApp = target.applicationId();
        Long targetSeat = aNonLeader(target);
        Long spareId = spare.personId();
        var changed = admin.call(() -> assignments.adjust(proposal.id(),
                new Adjustment("REPLACE", targetApp, targetSeat, spareId, version)));
        assertTrue(changed.version() > version);
        assertTrue(memberIds(team(changed, targetApp)).contains(spareId));
        assertFalse(memberIds(team(changed, targetApp)).contains(targetSeat));
        assertTrue(changed.committable());

        var stale = refused(proposal.id(), new Adjustment("REPLACE", targetApp, spareId, targetSeat, version));
        assertEquals("assignments.proposal.stale", stale.getMessageKey());
        var staleCommit = assertThrows(RuleViolation.class, () -> admin.call(() -> assignments.commit(proposal.id(), version)));
        assertEquals("assignments.proposal.stale", staleCommit.getMessageKey());

        // removing a member leaves a shortfall that blocks the commit until the seat is filled again
        var shorter = admin.call(() -> assignments.adjust(proposal.id(),
                new Adjustment("REMOVE", targetApp, spareId, null, changed.version())));
        assertFalse(shorter.committable());
        assertEquals(1, shorter.shortfalls().size());
        var blocked = assertThrows(RuleViolation.class, () -> admin.call(() -> assignments.commit(proposal.id(), shorter.version())));
        assertEquals("assignments.commit.shortfalls", blocked.getMessageKey());
        var again = admin.call(() -> assignments.adjust(proposal.id(),
                new Adjustment("ADD", targetApp, spareId, null, shorter.version())));
        assertTrue(again.committable());
    }

    @Test
    void examinersAndApplicantsNeitherProposeNorCommit() throws Exception {
        var f = cycleWithApplications(true);
        assertThrows(EJBAccessException.class, () -> examiner.call(() -> assignments.propose(f.categoryId())));
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> assignments.propose(f.categoryId())));
        var proposal = admin.call(() -> assignments.propose(f.categoryId()));
        assertThrows(EJBAccessException.class, () -> examiner.call(() -> assignments.commit(proposal.id(), proposal.version())));
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> assignments.commit(proposal.id(), proposal.version())));
        assertThrows(EJBAccessException.class, () -> examiner.call(() -> assignments.adjust(proposal.id(),
                new Adjustment("REMOVE", f.applicationIds().get(0), 1L, null, proposal.version()))));
        assertThrows(EJBAccessException.class, () -> examiner.call(() -> assignments.committedTeams(f.cycleId())));
        assertEquals("OPEN", admin.call(() -> assignments.proposal(proposal.id())).status());
    }

    // ---- commit and the examiner's side

    @Test
    void commitCreatesTeamsMovesTheApplicationsAndTellsEachExaminerOnceThenExaminersReadOnlyTheirOwn() throws Exception {
        var f = cycleWithApplications(true);
        var proposal = admin.call(() -> assignments.propose(f.categoryId()));
        var teams = admin.call(() -> assignments.commit(proposal.id(), proposal.version()));
        assertEquals(4, teams.size());
        assertEquals("COMMITTED", admin.call(() -> assignments.proposal(proposal.id())).status());
        assertEquals(4, admin.call(() -> assignments.committedTeams(f.cycleId())).size());
        for (Long app : f.applicationIds()) {
            assertEquals("UNDER_REVIEW", admin.call(() -> applications.view(app)).status());
        }
        var assigned = new HashSet<Long>();
        teams.forEach(t -> {
            assertEquals(1, t.members().stream().filter(m -> m.leader()).count());
            t.members().forEach(m -> assigned.add(m.personId()));
        });
        for (Long person : assigned) {
            var assignedEvents = admin.call(() -> events.of("Person", person)).stream()
                    .filter(e -> "ExaminerAssigned".equals(e.getEventType()))
                    .filter(e -> e.getDetails().contains("cycle=" + f.cycleId() + ";")).toList();
            assertEquals(1, assignedEvents.size(), "one ExaminerAssigned event per examiner");
        }
        var again = assertThrows(RuleViolation.class, () -> admin.call(() -> assignments.commit(proposal.id(), proposal.version())));
        assertEquals("assignments.proposal.notOpen", again.getMessageKey());
        var nothingLeft = assertThrows(RuleViolation.class, () -> admin.call(() -> assignments.propose(f.categoryId())));
        assertEquals("assignments.propose.nothing", nothingLeft.getMessageKey());

        // an examiner on some teams but not on all of them
        String key = f.examinerIds().entrySet().stream()
                .filter(e -> assigned.contains(e.getValue()))
                .filter(e -> teams.stream().anyMatch(t -> t.members().stream().noneMatch(m -> m.personId().equals(e.getValue()))))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Long me = f.examiner(key);
        String email = f.emails().get(key);
        var mine = teams.stream().filter(t -> t.members().stream().anyMatch(m -> m.personId().equals(me)))
                .map(t -> t.applicationId()).collect(Collectors.toSet());
        Long other = f.applicationIds().stream().filter(a -> !mine.contains(a)).findFirst().orElseThrow();
        Long assignedApp = mine.iterator().next();

        var me1 = call("GET", "/assignments/me", email, null);
        assertEquals(200, me1.statusCode(), me1.body());
        var myTeams = jsonArray(me1.body());
        assertEquals(mine, myTeams.stream().map(v -> v.asJsonObject().getJsonNumber("applicationId").longValue())
                .collect(Collectors.toSet()), "an examiner sees exactly their own teams");
        myTeams.forEach(v -> assertFalse(v.asJsonObject().getBoolean("confirmed")));

        assertEquals(404, call("GET", "/applications/" + other, email, null).statusCode(), "not on the team");
        assertEquals(404, call("GET", "/applications/" + assignedApp, email, null).statusCode(), "not confirmed yet");
        assertEquals(404, call("POST", "/assignments/me/" + other + "/no-conflict", email, null).statusCode());

        var confirm = call("POST", "/assignments/me/" + assignedApp + "/no-conflict", email, null);
        assertEquals(204, confirm.statusCode(), confirm.body());
        var read = call("GET", "/applications/" + assignedApp, email, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(assignedApp.longValue(), json(read.body()).getJsonNumber("id").longValue());
        assertFalse(json(read.body()).getBoolean("editable"));
        assertEquals(403, call("PUT", "/applications/" + assignedApp, email,
                "{\"expectedVersion\":" + json(read.body()).getJsonNumber("version") + ",\"answers\":{}}").statusCode(),
                "examiners read, never write");
        assertEquals(200, call("GET", "/applications/" + assignedApp + "/attachments", email, null).statusCode());
        assertEquals(404, call("GET", "/applications/" + other, email, null).statusCode());
        assertTrue(jsonArray(call("GET", "/assignments/me", email, null).body()).stream()
                .anyMatch(v -> v.asJsonObject().getBoolean("confirmed")));
        assertEquals(403, call("GET", "/assignments/teams?cycleId=" + f.cycleId(), email, null).statusCode());
        assertEquals(403, call("POST", "/assignments/categories/" + f.categoryId() + "/proposals", email, null).statusCode());
    }

    // ---- REST

    @Test
    void administratorsProposeAdjustAndCommitOverRest() throws Exception {
        var f = cycleWithApplications(true);
        String adminEmail = "admin-" + UUID.randomUUID() + "@kvalitet.test";
        admin.call(() -> people.create(adminEmail, "Admin Tilldelning", PASSWORD.toCharArray(), EnumSet.of(Role.ADMIN),
                null, null));

        var size = call("GET", "/assignments/categories/" + f.categoryId() + "/team-size", adminEmail, null);
        assertEquals(200, size.statusCode(), size.body());
        assertEquals(3, json(size.body()).getInt("teamSize"));
        var badSize = call("PUT", "/assignments/categories/" + f.categoryId() + "/team-size", adminEmail,
                "{\"teamSize\":7,\"expectedVersion\":0}");
        assertEquals(422, badSize.statusCode());
        assertTrue(badSize.body().contains("mellan 2 och 6"), badSize.body());

        var made = call("POST", "/assignments/categories/" + f.categoryId() + "/proposals", adminEmail, null);
        assertEquals(201, made.statusCode(), made.body());
        var proposal = json(made.body());
        long id = proposal.getJsonNumber("id").longValue();
        long version = proposal.getJsonNumber("version").longValue();
        assertEquals(4, proposal.getJsonArray("teams").size());
        assertEquals(200, call("GET", "/assignments/proposals/" + id, adminEmail, null).statusCode());

        JsonObject fourth = proposal.getJsonArray("teams").stream().map(v -> v.asJsonObject())
                .filter(t -> t.getJsonNumber("applicationId").longValue() == f.conflictedApplicationId()).findFirst().orElseThrow();
        long seat = fourth.getJsonArray("members").stream().map(v -> v.asJsonObject()).filter(m -> !m.getBoolean("leader"))
                .findFirst().orElseThrow().getJsonNumber("personId").longValue();
        var conflict = call("POST", "/assignments/proposals/" + id + "/adjustments", adminEmail,
                "{\"action\":\"REPLACE\",\"applicationId\":" + f.conflictedApplicationId() + ",\"personId\":" + seat
                        + ",\"replacementId\":" + f.examiner("conflicted") + ",\"expectedVersion\":" + version + "}");
        assertEquals(422, conflict.statusCode(), conflict.body());
        assertTrue(conflict.body().contains("jäv"), conflict.body());

        var commit = call("POST", "/assignments/proposals/" + id + "/commit", adminEmail, "{\"expectedVersion\":" + version + "}");
        assertEquals(200, commit.statusCode(), commit.body());
        assertEquals(4, jsonArray(commit.body()).size());
        var listed = call("GET", "/assignments/teams?cycleId=" + f.cycleId(), adminEmail, null);
        assertEquals(4, jsonArray(listed.body()).size());
        assertEquals(422, call("DELETE", "/assignments/proposals/" + id + "?expectedVersion=" + version, adminEmail, null).statusCode());
    }

    @Test
    void aCommittedTeamsMemberIsReplacedUnderTheCommitsRulesUntilTheConsensusPhase() throws Exception {
        var f = cycleWithApplications(true);
        var proposal = admin.call(() -> assignments.propose(f.categoryId()));
        admin.call(() -> assignments.commit(proposal.id(), proposal.version()));
        Long first = f.applicationIds().get(0);
        var team = admin.call(() -> assignments.committedTeams(f.cycleId())).stream()
                .filter(t -> t.applicationId().equals(first)).findFirst().orElseThrow();
        Long leader = team.members().stream().filter(CommittedTeam.Member::leader).findFirst().orElseThrow().personId();
        Long member = team.members().stream().filter(m -> !m.leader()).findFirst().orElseThrow().personId();
        // a ready, experienced examiner with room, who may not lead, registered after the commit
        String spareEmail = "spare-" + UUID.randomUUID() + "@kvalitet.test";
        Long spare = admin.call(() -> {
            Long id = people.create(spareEmail, "Examinator reserv", PASSWORD.toCharArray(), EnumSet.of(Role.EXAMINER),
                    null, null).getId();
            examinerFixtures.register(f.cycleId(), id, null, null, 2, false, true, Set.of("PRESCHOOL"), true);
            return id;
        });
        var choices = admin.call(() -> assignments.replacementChoices(first));
        assertTrue(choices.stream().anyMatch(c -> c.personId().equals(spare)));
        assertTrue(choices.stream().noneMatch(c -> team.members().stream().anyMatch(m -> m.personId().equals(c.personId()))),
                "members are no choice");
        assertTrue(choices.stream().noneMatch(c -> c.personId().equals(f.examiner("untrained"))), "not ready");

        assertEquals("assignment.rule.leaderEligible", replaceRefused(first, leader, spare, "Sjuk", team.version()));
        assertEquals("assignments.replace.stale", replaceRefused(first, member, spare, "Sjuk", team.version() + 1));
        assertEquals("assignments.replace.reasonRequired", replaceRefused(first, member, spare, " ", team.version()));
        assertEquals("assignments.replace.notReady", replaceRefused(first, member, f.examiner("untrained"), "Sjuk", team.version()));
        Long fourth = f.conflictedApplicationId();
        var fourthTeam = admin.call(() -> assignments.committedTeams(f.cycleId())).stream()
                .filter(t -> t.applicationId().equals(fourth)).findFirst().orElseThrow();
        Long fourthMember = fourthTeam.members().stream().filter(m -> !m.leader()).findFirst().orElseThrow().personId();
        assertEquals("assignment.rule.conflict",
                replaceRefused(fourth, fourthMember, f.examiner("conflicted"), "Sjuk", fourthTeam.version()));
        assertEquals(team, admin.call(() -> assignments.committedTeams(f.cycleId())).stream()
                .filter(t -> t.applicationId().equals(first)).findFirst().orElseThrow(), "refusals change nothing");

        var changed = admin.call(() -> assignments.replaceMember(first, member, spare, "Långvarigt sjuk", team.version()));
        assertTrue(changed.members().stream().anyMatch(m -> m.personId().equals(spare) && !m.leader()));
        assertTrue(changed.members().stream().noneMatch(m -> m.personId().equals(member)));
        assertEquals(leader, changed.members().stream().filter(CommittedTeam.Member::leader).findFirst().orElseThrow().personId());
        assertTrue(changed.version() > team.version());
        assertNotNull(changed.changedAt());
        assertTrue(admin.call(() -> events.of("Person", spare)).stream()
                .anyMatch(e -> "ExaminerAssigned".equals(e.getEventType()) && e.getDetails().contains("applications=" + first)));
        var spareTeams = ApiClient.jsonArray(new ApiClient(base.toString(), PASSWORD).ok("GET", "/assignments/me", spareEmail, null));
        assertEquals(first.longValue(), spareTeams.getJsonObject(0).getJsonNumber("applicationId").longValue());
        assertThrows(EJBAccessException.class, () -> examiner.call(() -> assignments.replaceMember(first, spare, member,
                "Tillbaka", changed.version())));

        admin.call(() -> cycles.moveTo(f.cycleId(), Phase.INDIVIDUAL_REVIEW));
        admin.call(() -> cycles.moveTo(f.cycleId(), Phase.CONSENSUS));
        assertEquals("assignments.replace.phase", replaceRefused(first, spare, member, "Tillbaka", changed.version()));
    }

    String replaceRefused(Long applicationId, Long personId, Long replacementId, String reason, long version) {
        return assertThrows(RuleViolation.class, () -> admin.call(() -> assignments.replaceMember(applicationId, personId,
                replacementId, reason, version))).getMessageKey();
    }

    @Test
    void examinersFindTheirEarlierYearsTeamsApartFromThisYearsWork() {
        // the demo: Lena led last year's team on Förskolan Solrosen; Erik is new this year
        var demo = new ApiClient(base.toString(), "Kvalitet2026!");
        var lena = jsonArray(demo.ok("GET", "/assignments/me/earlier", "lagledare@kvalitet.demo", null));
        var solrosen = lena.stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("unitName").equals("Förskolan Solrosen")).findFirst().orElseThrow();
        assertTrue(solrosen.getBoolean("leader"));
        int lastYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).getYear() - 1;
        assertEquals(lastYear, solrosen.getInt("year"));
        var current = jsonArray(demo.ok("GET", "/assignments/me", "lagledare@kvalitet.demo", null));
        assertTrue(current.stream().map(v -> v.asJsonObject())
                .noneMatch(t -> t.getJsonNumber("applicationId").longValue() == solrosen.getJsonNumber("applicationId").longValue()),
                "last year's team is not this year's work");
        // and the links lead to the work itself, readable, not editable
        long earlierApp = solrosen.getJsonNumber("applicationId").longValue();
        var own = json(demo.ok("GET", "/assessments/applications/" + earlierApp + "/mine", "lagledare@kvalitet.demo", null));
        assertTrue(List.of("SUBMITTED", "LOCKED").contains(own.getString("status")), own.toString());
        var sheet = json(demo.ok("GET", "/consensus/applications/" + earlierApp, "lagledare@kvalitet.demo", null));
        assertEquals("CLOSED", sheet.getString("status"));
        assertEquals(0, jsonArray(demo.ok("GET", "/assignments/me/earlier", "examinator@kvalitet.demo", null)).size());
        assertEquals(403, demo.call("GET", "/assignments/me/earlier", "sokande@kvalitet.demo", null).statusCode());
    }

    // ---- helpers

    HttpResponse<String> call(String method, String path, String email, String body) {
        return new ApiClient(base.toString(), PASSWORD).call(method, path, email, body);
    }

    static JsonObject json(String body) {
        return ApiClient.json(body);
    }

    static JsonArray jsonArray(String body) {
        return ApiClient.jsonArray(body);
    }
}

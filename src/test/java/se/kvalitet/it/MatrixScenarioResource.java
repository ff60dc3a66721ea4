package se.kvalitet.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.jury.boundary.JuryMeetings;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * Test-only (never in the shipped WAR): the authorization matrix's one scenario, built as the calling
 * administrator. Every persona the matrix calls as, and every kind of record, in three cycles:
 * <ul>
 * <li>the <em>main</em> quality-award cycle in the JURY phase, names shown: application X (with an attachment;
 * its team's consensus closed, a site visit selected, planned and held, a feedback report drafted), Y and Z
 * closed, W not opened; X's team is the leader, a member who submitted, and a member who declared a blocking
 * conflict with X after signing; the jury's meeting started with a vote and a decision on Y; the applicant
 * accounts of X's and Y's units;</li>
 * <li>a <em>blind</em> quality-award cycle in the JURY phase with blind mode on, where one member of a team has
 * not yet submitted while the leader has;</li>
 * <li>a renewal-prize cycle with its entries closed, entry B scored and submitted by the juror, and announced
 * decisions on entries C and A (as the jury component leaves them) made into good examples, C's published to the
 * public with its publication PDF, A's internally; the applicant account of C's unit.</li>
 * </ul>
 * Answers the personas (name → e-mail address; every one signs in with {@code password}, the administrator
 * too), the bindings of the matrix's placeholders (name → value), and per persona the bindings that differ
 * (the examiner who has not submitted and the juror in blind mode act on the blind cycle).
 */
@Path("it/matrix-scenario")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MatrixScenarioResource {

    public record Fixture(Map<String, String> personas, Map<String, String> bind,
                          Map<String, Map<String, String>> overrides) {
    }

    @Inject AssignmentScenario assignmentScenario;
    @Inject RenewalScenario renewalScenario;
    @Inject ExamplesScenario examples;
    @Inject MatrixRecords records;
    @Inject Assignments assignments;
    @Inject Applications applications;
    @Inject Organizations organizations;
    @Inject People people;
    @Inject Cycles cycles;
    @Inject JuryMeetings meetings;

    @Context
    UriInfo uri;

    private ApiClient api;
    private String password;
    private final Map<String, String> personas = new LinkedHashMap<>();
    private final Map<String, String> bind = new LinkedHashMap<>();

    @POST
    public Fixture build(@QueryParam("password") String password) {
        this.password = password;
        this.api = new ApiClient(uri.getBaseUri().toString().replaceAll("api/v1/?$", ""), password);
        var overrides = new LinkedHashMap<String, Map<String, String>>();
        long started = System.nanoTime();
        main();
        long mainBuilt = System.nanoTime();
        overrides.putAll(blind());
        long blindBuilt = System.nanoTime();
        renewal();
        java.util.logging.Logger.getLogger(getClass().getName()).info(String.format(
                "[matrix] scenario: main cycle %.1f s, blind cycle %.1f s, renewal and library %.1f s",
                (mainBuilt - started) / 1e9, (blindBuilt - mainBuilt) / 1e9, (System.nanoTime() - blindBuilt) / 1e9));
        return new Fixture(personas, bind, overrides);
    }

    /** The main cycle: every record of the quality award's path, up to the jury's meeting and the library. */
    private void main() {
        var base = assignmentScenario.build(true, password);
        Long cycleId = base.cycleId();
        var proposal = assignments.propose(base.categoryId());
        var committed = assignments.commit(proposal.id(), proposal.version());
        cycles.moveTo(cycleId, Phase.INDIVIDUAL_REVIEW);
        cycles.moveTo(cycleId, Phase.CONSENSUS);
        var teams = teams(base, committed);
        var x = teams.get(0);
        var y = teams.get(1);
        var z = teams.get(2);
        var w = teams.get(3);
        Long app = x.applicationId();
        bind.put("cycle", String.valueOf(cycleId));
        bind.put("category", String.valueOf(base.categoryId()));
        bind.put("proposal", String.valueOf(proposal.id()));
        bind.put("app", String.valueOf(app));
        bind.put("attachment", String.valueOf(records.attach(app)));
        bind.put("unit", String.valueOf(applications.view(app).unitId()));
        bind.put("classId", String.valueOf(applications.view(app).competitionClassId()));
        bind.put("model", String.valueOf(cycles.applicationTerms(cycleId).orElseThrow().category("QUALITY_AWARD")
                .orElseThrow().evaluationModelId()));

        for (var team : List.of(x, y, z)) {
            ConsensusSteps.close(api, team, ConsensusSteps.open(api, team));
        }
        personas.put("leader", x.leader());
        personas.put("examiner", x.members().get(0));
        personas.put("conflicted", x.members().get(1));
        // on another team, leading none (a leader of another team sees that team's overview)
        personas.put("outsider", base.emails().values().stream().filter(e -> !x.everyone().contains(e))
                .filter(e -> teams.stream().anyMatch(t -> t.members().contains(e)))
                .filter(e -> teams.stream().noneMatch(t -> t.leader().equals(e))).findFirst().orElseThrow());

        // the site visit, held, and the report drafted from the closed consensus
        String visit = "/consensus/applications/" + app + "/visit";
        long vv = version(api.ok("POST", visit, x.leader(), null));
        vv = version(api.ok("PUT", visit + "/plan", x.leader(), "{\"expectedVersion\":" + vv + ",\"visitDate\":\""
                + LocalDate.now(AssignmentScenario.CITY) + "\",\"participants\":\"Teamet\",\"interviewees\":\"Rektor\"}"));
        var planned = ApiClient.json(api.ok("POST", visit + "/questions", x.leader(), "{\"expectedVersion\":" + vv
                + ",\"criterionCode\":\"3\",\"question\":\"Hur följs arbetssätten upp?\"}"));
        long questionId = ApiClient.json(api.ok("GET", visit, x.leader(), null)).getJsonArray("questions")
                .getJsonObject(0).getJsonNumber("id").longValue();
        bind.put("question", String.valueOf(questionId));
        vv = version(api.ok("PUT", visit + "/questions/" + questionId, x.leader(), "{\"expectedVersion\":"
                + planned.getJsonNumber("version") + ",\"outcome\":\"NEW_FINDING\",\"note\":\"Mer än ansökan visar.\"}"));
        api.ok("POST", visit + "/held", x.leader(), "{\"expectedVersion\":" + vv + "}");
        api.ok("POST", "/feedback/reports/" + app + "/draft", x.leader(), "{\"language\":\"sv\"}");

        // a blocking conflict declared after signing, and one more declaration to withdraw
        String conflicted = x.members().get(1);
        api.ok("POST", "/conflicts/mine?cycleId=" + cycleId, conflicted, declaration(app));
        bind.put("declaration", String.valueOf(ApiClient.json(api.ok("POST", "/conflicts/mine?cycleId=" + cycleId,
                conflicted, declaration(w.applicationId()))).getJsonNumber("id").longValue()));

        // the administrator's ruling on that second declaration (a waiver), for the row that revokes a ruling
        Long conflictedId = people.byEmail(conflicted).orElseThrow().getId();
        bind.put("ruling", String.valueOf(ApiClient.json(api.okAs(Account.ADMIN, "POST", "/conflicts/rulings",
                "{\"cycleId\":" + cycleId + ",\"personId\":" + conflictedId + ",\"applicationId\":" + w.applicationId()
                        + ",\"kind\":\"WAIVER\",\"reason\":\"Syskonet har slutat.\"}")).getJsonNumber("id").longValue()));

        // people without a team
        Long unitId = applications.view(app).unitId();
        Long administrationId = organizations.unit(unitId).orElseThrow().administrationId();
        personas.put("applicant", person("sokande", EnumSet.of(Role.APPLICANT), unitId, administrationId));
        Long otherUnit = applications.view(y.applicationId()).unitId();
        personas.put("applicant-other", person("konkurrent", EnumSet.of(Role.APPLICANT), otherUnit,
                organizations.unit(otherUnit).orElseThrow().administrationId()));
        personas.put("juror", person("jury", EnumSet.of(Role.JURY), null, null));
        personas.put("juror-recused", person("javig", EnumSet.of(Role.JURY), unitId, administrationId));
        personas.put("juror-blind", person("blind", EnumSet.of(Role.JURY), null, null));
        String chair = person("ordf", EnumSet.of(Role.JURY), null, null);
        personas.put("chair", chair);
        personas.put("staff", person("medarbetare", EnumSet.of(Role.STAFF), null, null));
        personas.put("admin", person("admin", EnumSet.of(Role.ADMIN, Role.STAFF), null, null));

        // the jury's meeting: a vote and a decision on Y, the meeting left on Y
        cycles.moveTo(cycleId, Phase.JURY);
        meetings.appointChair(cycleId, people.byEmail(chair).orElseThrow().getId());
        api.ok("POST", "/jury/cycles/" + cycleId + "/meeting/start", chair, null);
        api.ok("POST", "/jury/cycles/" + cycleId + "/meeting/step", chair, "{\"applicationId\":" + y.applicationId() + "}");
        api.ok("PUT", "/jury/applications/" + y.applicationId() + "/vote", personas.get("juror"), "{\"outcome\":\"NOT_AWARDED\"}");
        api.ok("PUT", "/jury/applications/" + y.applicationId() + "/decision", chair, "{\"outcome\":\"NOT_AWARDED\"}");

        bind.put("examinerRecord", String.valueOf(ApiClient.json(api.ok("GET", "/examiners/me?cycleId=" + cycleId,
                personas.get("examiner"), null)).getJsonNumber("id").longValue()));
        bind.put("person", String.valueOf(people.byEmail(personas.get("examiner")).orElseThrow().getId()));
        // the year's examiner training: a course and a calibration exercise of the main cycle
        bind.put("course", String.valueOf(ApiClient.json(api.okAs(Account.ADMIN, "POST", "/examiner-courses?cycleId=" + cycleId,
                "{\"name\":\"Grundutbildning matris\",\"kind\":\"BASIC\",\"heldOn\":\"" + java.time.LocalDate.now()
                        + "\",\"place\":\"Stadshuset\",\"required\":false}")).getJsonNumber("id").longValue()));
        bind.put("calibration", String.valueOf(ApiClient.json(api.okAs(Account.ADMIN, "POST", "/calibrations",
                "{\"cycleId\":" + cycleId + ",\"title\":\"Matrisfallet\",\"caseText\":\"Ett påhittat fall.\",\"scaleMax\":100,"
                        + "\"criteria\":[{\"code\":\"1\",\"title\":\"Ledarskap\",\"referenceValue\":60}]}"))
                .getJsonNumber("id").longValue()));
    }

    /** The blind cycle: a team whose leader submitted and whose member did not; blind mode on. */
    private Map<String, Map<String, String>> blind() {
        var base = assignmentScenario.build(true, password);
        var proposal = assignments.propose(base.categoryId());
        var teams = teams(base, assignments.commit(proposal.id(), proposal.version()));
        cycles.moveTo(base.cycleId(), Phase.INDIVIDUAL_REVIEW);
        var team = teams.get(0);
        api.submitAssessment(team.applicationId(), team.leader(), 50, Map.of());
        cycles.moveTo(base.cycleId(), Phase.CONSENSUS);
        cycles.moveTo(base.cycleId(), Phase.JURY);
        api.ok("PUT", "/jury/cycles/" + base.cycleId() + "/blind", Account.ADMIN.email(), Account.ADMIN.password(),
                "{\"blind\":true}");
        personas.put("examiner-unsubmitted", team.members().get(0));
        var blindCycle = Map.of("cycle", String.valueOf(base.cycleId()), "app", String.valueOf(team.applicationId()),
                "unit", String.valueOf(applications.view(team.applicationId()).unitId()));
        return Map.of("examiner-unsubmitted", blindCycle, "juror-blind", blindCycle);
    }

    /** The renewal prize's entries, one scored and submitted by the juror. */
    private void renewal() {
        var f = renewalScenario.build(password, true);
        bind.put("renewalCycle", String.valueOf(f.cycleId()));
        bind.put("entry", String.valueOf(f.entryB()));
        bind.put("renewalYear", String.valueOf(cycles.applicationTerms(f.cycleId()).orElseThrow().year()));
        bind.put("winner", String.valueOf(f.entryC()));
        String juror = personas.get("juror");
        String entry = "/renewal/entries/" + f.entryB();
        api.ok("POST", entry + "/no-conflict", juror, null);
        var scores = Json.createArrayBuilder();
        for (int i = 1; i <= 6; i++) {
            scores.add(Json.createObjectBuilder().add("criterionCode", "F" + i).add("value", 3)
                    .add("justification", "Motivering F" + i));
        }
        long version = version(api.ok("GET", entry + "/mine", juror, null));
        version = version(api.ok("PUT", entry + "/mine", juror, Json.createObjectBuilder().add("expectedVersion", version)
                .add("scores", scores).build().toString()));
        api.ok("POST", entry + "/mine/submit", juror, "{\"expectedVersion\":" + version + "}");
        api.okAs(Account.ADMIN, "POST", "/renewal/feedback/" + f.entryB() + "/draft", "{}");

        // the library: announced decisions on entries C and A (a decision announced in the main cycle would end its
        // jury's work), C's example public, A's internal
        examples.announce(f.cycleId(), f.entryC(), "WINNER", "Juryns motivering för vinnaren.");
        examples.announce(f.cycleId(), f.entryA(), "HONOURABLE_MENTION", "Juryns motivering för hedersomnämnandet.");
        Long exampleUnit = applications.view(f.entryC()).unitId();
        personas.put("applicant-example", person("exempel", EnumSet.of(Role.APPLICANT), exampleUnit,
                organizations.unit(exampleUnit).orElseThrow().administrationId()));
        bind.put("exampleUnit", String.valueOf(exampleUnit));
        Long internalUnit = applications.view(f.entryA()).unitId();
        String internalApplicant = person("intern", EnumSet.of(Role.APPLICANT), internalUnit,
                organizations.unit(internalUnit).orElseThrow().administrationId());
        bind.put("example", String.valueOf(example(f.entryC(), personas.get("applicant-example"), "PUBLIC")));
        bind.put("exampleInternal", String.valueOf(example(f.entryA(), internalApplicant, "INTERNAL")));
        var record = ApiClient.json(api.okAs(Account.ADMIN, "GET", "/examples/" + bind.get("example"), null));
        bind.put("exampleFile", String.valueOf(record.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id")
                .longValue()));
    }

    /** A good example prepared from the announced decision, consented to by the unit and published. */
    private long example(Long applicationId, String applicant, String audience) {
        var record = ApiClient.json(api.okAs(Account.ADMIN, "POST", "/examples", "{\"applicationId\":" + applicationId
                + ",\"chosen\":false}"));
        long id = record.getJsonNumber("id").longValue();
        for (String given : audience.equals("PUBLIC") ? List.of("INTERNAL", "PUBLIC") : List.of("INTERNAL")) {
            record = ApiClient.json(api.ok("POST", "/examples/" + id + "/consent", applicant, "{\"audience\":\"" + given
                    + "\",\"given\":true,\"expectedVersion\":" + record.getJsonNumber("version") + "}"));
        }
        api.okAs(Account.ADMIN, "POST", "/examples/" + id + "/publish", "{\"audience\":\"" + audience
                + "\",\"acknowledgeWarnings\":true,\"expectedVersion\":" + record.getJsonNumber("version") + "}");
        return id;
    }

    private List<ConsensusScenario.TeamFixture> teams(AssignmentScenario.Fixture base, List<CommittedTeam> committed) {
        var emailOf = base.examinerIds().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, e -> base.emails().get(e.getKey())));
        var teams = new ArrayList<>(committed.stream().map(t -> ConsensusScenario.team(t, emailOf)).toList());
        teams.sort(Comparator.comparing(ConsensusScenario.TeamFixture::applicationId));
        return teams;
    }

    private String person(String prefix, EnumSet<Role> roles, Long unitId, Long administrationId) {
        String email = prefix + "-" + UUID.randomUUID() + "@kvalitet.test";
        people.create(email, "Matris " + prefix, password.toCharArray(), roles, unitId, administrationId);
        return email;
    }

    private static String declaration(Long applicationId) {
        return "{\"actingAs\":\"EXAMINER\",\"applicationId\":" + applicationId
                + ",\"reason\":\"OTHER\",\"explanation\":\"Min syster arbetar här\"}";
    }

    private static long version(String body) {
        JsonObject object = ApiClient.json(body);
        return object.getJsonNumber("version").longValue();
    }
}

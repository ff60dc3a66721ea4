package se.kvalitet.it;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;

/**
 * Test-only: brings a team of the {@link ConsensusScenario} to an open or a closed consensus over REST, as the
 * examiners themselves (the feedback tests need a closed consensus and do not test its rules; ConsensusIT does).
 */
public final class ConsensusSteps {

    private ConsensusSteps() {
    }

    /** Everyone submits, the leader opens the consensus; returns the sheet's path. */
    public static String open(ApiClient api, ConsensusScenario.TeamFixture team) {
        Long app = team.applicationId();
        api.submitAssessment(app, team.leader(), 50, Map.of());
        for (String member : team.members()) {
            api.submitAssessment(app, member, 60, Map.of("1", 70));
        }
        String sheet = "/consensus/applications/" + app;
        api.ok("POST", sheet + "/open", team.leader(), "{}");
        return sheet;
    }

    /** Every criterion justified with strengths and improvements, the key themes, everyone signs, the leader closes. */
    public static void close(ApiClient api, ConsensusScenario.TeamFixture team, String sheet) {
        for (var row : ApiClient.json(api.ok("GET", sheet, team.leader(), null)).getJsonArray("rows").stream()
                .map(v -> v.asJsonObject()).toList()) {
            api.ok("PUT", sheet + "/scores/" + row.getString("code"), team.leader(), Json.createObjectBuilder()
                    .add("expectedVersion", row.getJsonNumber("version").longValue()).add("value", row.getInt("value"))
                    .add("justification", "Enigt.").add("strengths", "Styrka i kriterium " + row.getString("code"))
                    .add("improvements", "Förbättra kriterium " + row.getString("code")).build().toString());
        }
        long sheetVersion = ApiClient.json(api.ok("GET", sheet, team.leader(), null)).getJsonNumber("version").longValue();
        var themed = ApiClient.json(api.ok("PUT", sheet + "/themes", team.leader(), Json.createObjectBuilder()
                .add("expectedVersion", sheetVersion)
                .add("keyStrengths", Json.createArrayBuilder(List.of("Tydliga åtaganden", "Brukarna i fokus", "Goda exempel")))
                .add("keyImprovements", Json.createArrayBuilder(List.of("Analys", "Jämförelser", "Uppföljning")))
                .build().toString()));
        api.ok("PUT", sheet + "/recommendation", team.leader(), "{\"expectedVersion\":"
                + themed.getJsonNumber("version") + ",\"siteVisit\":false,\"proposedLevel\":\"Diplom\"}");
        long content = ApiClient.json(api.ok("GET", sheet, team.leader(), null)).getJsonNumber("contentVersion").longValue();
        for (String member : team.everyone()) {
            api.ok("POST", sheet + "/signoff", member, "{\"expectedVersion\":" + content + "}");
        }
        api.ok("POST", sheet + "/close", team.leader(), "{\"expectedVersion\":" + content + "}");
    }
}

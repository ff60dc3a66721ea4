package se.kvalitet.demo.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.demo.boundary.DemoAssessments.Stage;

class DemoStagesTest {

    static final long LENA = 1;
    static final long ERIK = 2;

    /** A team for application {@code id}: the leader first, then the members. */
    static CommittedTeam team(long id, long leader, long... members) {
        var all = new java.util.ArrayList<CommittedTeam.Member>();
        all.add(new CommittedTeam.Member(leader, "L" + leader, true));
        Arrays.stream(members).forEach(m -> all.add(new CommittedTeam.Member(m, "M" + m, false)));
        return new CommittedTeam(id * 10, id, "KS " + id, "Enhet " + id, "Förskola", "QUALITY_AWARD", "UNDER_REVIEW",
                Instant.EPOCH, all, null, 0);
    }

    static Map<Long, Stage> byApplication(Map<CommittedTeam, Stage> stages) {
        var result = new java.util.LinkedHashMap<Long, Stage>();
        stages.forEach((t, s) -> result.put(t.applicationId(), s));
        return result;
    }

    @Test
    void lenasTeamWithoutErikIsLiveErikWritesAndTheOthersTakeTheRestInOrder() {
        var teams = List.of(team(1, 5, 6, 7), team(2, LENA, ERIK, 8), team(3, 9, ERIK, 6), team(4, LENA, 7, 8),
                team(5, 5, 9, 8), team(6, 9, 5, 7), team(7, 5, 6, 9));
        var stages = byApplication(DemoAssessments.stages(teams, LENA, ERIK));
        assertEquals(Stage.CONSENSUS_OPEN, stages.get(4L), "Lena leads 2 and 4; 4 has no Erik");
        assertEquals(Stage.WRITING, stages.get(2L), "the first other team with Erik");
        assertEquals(List.of(Stage.SUBMITTED, Stage.VISIT_PLANNED, Stage.VISIT_HELD, Stage.REPORT_REVIEWED,
                Stage.WRITING), List.of(stages.get(1L), stages.get(3L), stages.get(5L), stages.get(6L), stages.get(7L)));
        assertEquals(7, stages.size());
    }

    @Test
    void withoutLenaOrErikEveryStageStillHasATeam() {
        var teams = List.of(team(1, 5, 6), team(2, 6, 7), team(3, 7, 8), team(4, 8, 9), team(5, 9, 5), team(6, 5, 7));
        var stages = byApplication(DemoAssessments.stages(teams, LENA, ERIK));
        assertEquals(List.of(Stage.WRITING, Stage.CONSENSUS_OPEN, Stage.SUBMITTED, Stage.VISIT_PLANNED,
                Stage.VISIT_HELD, Stage.REPORT_REVIEWED), List.copyOf(stages.values()));
    }
}

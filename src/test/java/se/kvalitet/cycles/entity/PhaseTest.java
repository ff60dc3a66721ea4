package se.kvalitet.cycles.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The transition table of phases: every allowed move, and that every other move is refused. */
class PhaseTest {

    /** The table as the domain describes it: forward one step, skip site visits, two steps back. */
    static final Map<Phase, Set<Phase>> ALLOWED = Map.of(
            Phase.PLANNING, EnumSet.of(Phase.APPLICATION_OPEN),
            Phase.APPLICATION_OPEN, EnumSet.of(Phase.APPLICATION_CLOSED),
            Phase.APPLICATION_CLOSED, EnumSet.of(Phase.INDIVIDUAL_REVIEW, Phase.APPLICATION_OPEN),
            Phase.INDIVIDUAL_REVIEW, EnumSet.of(Phase.CONSENSUS),
            Phase.CONSENSUS, EnumSet.of(Phase.SITE_VISITS, Phase.JURY),
            Phase.SITE_VISITS, EnumSet.of(Phase.JURY, Phase.CONSENSUS),
            Phase.JURY, EnumSet.of(Phase.ANNOUNCED),
            Phase.ANNOUNCED, EnumSet.of(Phase.FEEDBACK),
            Phase.FEEDBACK, EnumSet.of(Phase.CLOSED),
            Phase.CLOSED, EnumSet.noneOf(Phase.class));

    @ParameterizedTest
    @EnumSource(Phase.class)
    void nextIsExactlyTheTable(Phase from) {
        assertEquals(ALLOWED.get(from), from.next());
    }

    @Test
    void everyPairIsAllowedOrRefusedAsTheTableSays() {
        int allowed = 0;
        int refused = 0;
        for (Phase from : Phase.values()) {
            for (Phase to : Phase.values()) {
                boolean expected = ALLOWED.get(from).contains(to);
                assertEquals(expected, from.canMoveTo(to), from + " -> " + to);
                if (expected) {
                    allowed++;
                } else {
                    refused++;
                }
            }
        }
        assertEquals(12, allowed);
        assertEquals(88, refused);
    }

    @Test
    void noPhaseMovesToItself() {
        for (Phase phase : Phase.values()) {
            assertFalse(phase.canMoveTo(phase), phase.name());
        }
    }

    @Test
    void onlyPlanningAllowsModelChanges() {
        for (Phase phase : Phase.values()) {
            assertEquals(phase == Phase.PLANNING, phase.allowsModelChanges(), phase.name());
        }
    }

    @Test
    void closedIsTheEnd() {
        assertTrue(Phase.CLOSED.next().isEmpty());
    }
}

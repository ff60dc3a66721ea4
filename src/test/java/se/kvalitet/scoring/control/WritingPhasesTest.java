package se.kvalitet.scoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.cycles.entity.Phase;

class WritingPhasesTest {

    /** Every phase of a cycle and whether an examiner may save or submit an individual assessment in it. */
    @ParameterizedTest
    @CsvSource({
            "PLANNING, false",
            "APPLICATION_OPEN, false",
            "APPLICATION_CLOSED, false",
            "INDIVIDUAL_REVIEW, true",
            "CONSENSUS, true",
            "SITE_VISITS, true",
            "JURY, true",
            "ANNOUNCED, false",
            "FEEDBACK, false",
            "CLOSED, false"})
    void phaseTable(Phase phase, boolean writes) {
        assertEquals(writes, WritingPhases.allows(phase.name()));
    }

    @Test
    void theTableCoversEveryPhase() {
        assertEquals(10, Phase.values().length, "a new phase needs a row in the table above");
        assertEquals(true, Arrays.stream(Phase.values()).map(Phase::name).toList().containsAll(WritingPhases.PHASES));
        assertFalse(WritingPhases.allows(null));
    }
}

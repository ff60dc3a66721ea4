package se.kvalitet.consensus.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.platform.errors.RuleViolation;

/** Every phase of a cycle and whether a held site visit may still adjust a consensus score in it. */
class AdjustRulesTest {

    @ParameterizedTest
    @CsvSource({
            "PLANNING, false",
            "APPLICATION_OPEN, false",
            "APPLICATION_CLOSED, false",
            "INDIVIDUAL_REVIEW, false",
            "CONSENSUS, true",
            "SITE_VISITS, true",
            "JURY, false",
            "ANNOUNCED, false",
            "FEEDBACK, false",
            "CLOSED, false"})
    void phaseTable(Phase phase, boolean mayAdjust) {
        assertEquals(mayAdjust, AdjustRules.mayAdjustIn(phase.name()));
        if (mayAdjust) {
            assertDoesNotThrow(() -> AdjustRules.requirePhase(phase.name()));
        } else {
            var refused = assertThrows(RuleViolation.class, () -> AdjustRules.requirePhase(phase.name()));
            assertEquals("consensus.adjust.phase", refused.getMessageKey());
        }
    }
}

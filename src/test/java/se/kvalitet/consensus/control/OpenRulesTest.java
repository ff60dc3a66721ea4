package se.kvalitet.consensus.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.platform.errors.RuleViolation;

class OpenRulesTest {

    /** Every phase of a cycle and whether a team may open its consensus in it. */
    @ParameterizedTest
    @CsvSource({
            "PLANNING, false",
            "APPLICATION_OPEN, false",
            "APPLICATION_CLOSED, false",
            "INDIVIDUAL_REVIEW, false",
            "CONSENSUS, true",
            "SITE_VISITS, true",
            "JURY, true",
            "ANNOUNCED, false",
            "FEEDBACK, false",
            "CLOSED, false"})
    void phaseTable(Phase phase, boolean mayOpen) {
        assertEquals(mayOpen, OpenRules.mayOpenIn(phase.name()));
        if (mayOpen) {
            assertDoesNotThrow(() -> OpenRules.requirePhase(phase.name()));
        } else {
            var refused = assertThrows(RuleViolation.class, () -> OpenRules.requirePhase(phase.name()));
            assertEquals("consensus.open.phase", refused.getMessageKey());
        }
    }

    @Test
    void theTableCoversEveryPhaseAndOnlyRealOnes() {
        var names = Arrays.stream(Phase.values()).map(Phase::name).toList();
        assertEquals(10, names.size(), "a new phase needs a row in the table above");
        assertEquals(true, names.containsAll(OpenRules.PHASES));
        assertFalse(OpenRules.mayOpenIn(null));
        assertFalse(OpenRules.mayOpenIn("consensus"));
    }

    @Test
    void everyMemberMustHaveSubmittedUnlessTheAdministratorOverrides() {
        var notAll = assertThrows(RuleViolation.class, () -> OpenRules.require(List.of(1L, 2L, 3L), List.of(1L), false));
        assertEquals("consensus.open.notAllSubmitted", notAll.getMessageKey());
        assertEquals(2L, notAll.getArguments()[0]);
        assertDoesNotThrow(() -> OpenRules.require(List.of(1L, 2L, 3L), List.of(1L), true));
        assertDoesNotThrow(() -> OpenRules.require(List.of(1L, 2L), List.of(2L, 1L), false));
        var nothing = assertThrows(RuleViolation.class, () -> OpenRules.require(List.of(1L), List.of(), true));
        assertEquals("consensus.open.nothingSubmitted", nothing.getMessageKey());
    }
}

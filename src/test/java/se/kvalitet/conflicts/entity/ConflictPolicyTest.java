package se.kvalitet.conflicts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class ConflictPolicyTest {

    @Test
    void defaultsAreOwnUnitOwnAdministrationAndThreeYears() {
        var policy = new ConflictPolicy(1L);
        assertTrue(policy.isOwnUnit());
        assertTrue(policy.isOwnAdministration());
        assertEquals(ConflictPolicy.DEFAULT_LOOKBACK_YEARS, policy.getLookbackYears());
    }

    @Test
    void theAdministrationRuleAndLookBackChangeButTheOwnUnitStays() {
        var policy = new ConflictPolicy(1L);
        policy.change(false, 5);
        assertTrue(policy.isOwnUnit());
        assertFalse(policy.isOwnAdministration());
        assertEquals(5, policy.getLookbackYears());
        policy.change(true, 0);
        assertEquals(0, policy.getLookbackYears());
    }

    @Test
    void theLookBackHasARange() {
        var policy = new ConflictPolicy(1L);
        assertEquals("conflicts.policy.lookbackRange",
                assertThrows(RuleViolation.class, () -> policy.change(true, -1)).getMessageKey());
        assertEquals("conflicts.policy.lookbackRange",
                assertThrows(RuleViolation.class, () -> policy.change(true, ConflictPolicy.MAX_LOOKBACK_YEARS + 1)).getMessageKey());
        assertEquals(ConflictPolicy.DEFAULT_LOOKBACK_YEARS, policy.getLookbackYears());
    }
}

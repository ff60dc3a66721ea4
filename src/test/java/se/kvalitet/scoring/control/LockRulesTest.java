package se.kvalitet.scoring.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.scoring.control.Visibility.Viewer;

/**
 * Locking as a table: who asks × the cycle's phase × how many of the three members submitted × override. Only the
 * consensus opening rules lock; everything else is refused with its reason (the key), "-" meaning allowed.
 */
class LockRulesTest {

    static final List<Long> TEAM = List.of(1L, 2L, 3L);

    @ParameterizedTest(name = "{0} in {1}, {2} of 3 submitted, override {3}: {4}")
    @CsvSource({
            // the leader opens once everybody submitted, in the phases a consensus opens in
            "LEADER,   CONSENSUS,          3, false, -",
            "LEADER,   SITE_VISITS,        3, false, -",
            "LEADER,   JURY,               3, false, -",
            // while a member is still writing: refused, override or not (the break this rule closes)
            "LEADER,   CONSENSUS,          2, false, scoring.lock.notAllSubmitted",
            "LEADER,   CONSENSUS,          2, true,  scoring.lock.notAllSubmitted",
            "LEADER,   INDIVIDUAL_REVIEW,  2, false, scoring.lock.phase",
            "LEADER,   INDIVIDUAL_REVIEW,  3, false, scoring.lock.phase",
            "LEADER,   ANNOUNCED,          3, false, scoring.lock.phase",
            "LEADER,   CONSENSUS,          0, false, scoring.lock.nothingSubmitted",
            // the administrator may override a missing one, never with nothing submitted, never outside the phases
            "ADMIN,    CONSENSUS,          2, true,  -",
            "ADMIN,    CONSENSUS,          1, true,  -",
            "ADMIN,    CONSENSUS,          2, false, scoring.lock.notAllSubmitted",
            "ADMIN,    CONSENSUS,          0, true,  scoring.lock.nothingSubmitted",
            "ADMIN,    INDIVIDUAL_REVIEW,  3, true,  scoring.lock.phase",
            "ADMIN,    FEEDBACK,           3, true,  scoring.lock.phase",
            // members and outsiders never lock
            "MEMBER,   CONSENSUS,          3, false, scoring.lock.leaderOnly",
            "MEMBER,   CONSENSUS,          3, true,  scoring.lock.leaderOnly",
            "OUTSIDER, CONSENSUS,          3, true,  scoring.lock.leaderOnly"})
    void table(Viewer viewer, Phase phase, int submitted, boolean override, String refusal) {
        var submittedBy = new ArrayList<>(TEAM.subList(0, submitted));
        if ("-".equals(refusal)) {
            assertDoesNotThrow(() -> LockRules.require(viewer, phase.name(), TEAM, submittedBy, override));
        } else {
            var refused = assertThrows(RuleViolation.class,
                    () -> LockRules.require(viewer, phase.name(), TEAM, submittedBy, override));
            assertEquals(refusal, refused.getMessageKey());
        }
    }

    @org.junit.jupiter.api.Test
    void noPhaseIsNoLock() {
        assertThrows(RuleViolation.class, () -> LockRules.require(Viewer.LEADER, null, TEAM, TEAM, false));
    }
}

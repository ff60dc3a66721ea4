package se.kvalitet.consensus.control;

import java.util.Collection;
import java.util.Set;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * When a consensus may be opened: once every team member has submitted their assessment, since opening locks
 * the assessments and an unsubmitted one would be frozen half-written. The administrator may override that
 * (an examiner fell ill), but never with nothing submitted at all: there would be no scores to agree on.
 * And only once the cycle has reached its consensus phase, or later while the cycle is still before the jury's
 * decisions are announced (site visits, jury): a late team may still catch up.
 */
public final class OpenRules {

    /** The cycle phases (names of {@code cycles.entity.Phase}) in which a consensus may be opened. */
    public static final Set<String> PHASES = Set.of("CONSENSUS", "SITE_VISITS", "JURY");

    private OpenRules() {
    }

    /** Refuses opening a consensus while the cycle is in any other phase (before it, or after the jury). */
    public static void requirePhase(String cyclePhase) {
        if (!mayOpenIn(cyclePhase)) {
            throw new RuleViolation("consensus.open.phase");
        }
    }

    public static boolean mayOpenIn(String cyclePhase) {
        return cyclePhase != null && PHASES.contains(cyclePhase);
    }

    public static void require(Collection<Long> memberIds, Collection<Long> submittedBy, boolean adminOverride) {
        if (submittedBy.isEmpty()) {
            throw new RuleViolation("consensus.open.nothingSubmitted");
        }
        long waiting = memberIds.stream().filter(id -> !submittedBy.contains(id)).count();
        if (waiting > 0 && !adminOverride) {
            throw new RuleViolation("consensus.open.notAllSubmitted", waiting);
        }
    }
}

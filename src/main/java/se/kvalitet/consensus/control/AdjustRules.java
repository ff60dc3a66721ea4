package se.kvalitet.consensus.control;

import java.util.Set;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * When a site visit may still adjust a consensus score: in the consensus and site-visit phases, never once the
 * jury's phase has begun. The jury ranks the consensus results as they stand; a score changed under it would
 * move a ranking the jurors are already deliberating on (and, after the announcement, a decided one).
 */
public final class AdjustRules {

    /** The cycle phases (names of {@code cycles.entity.Phase}) in which an adjustment is accepted. */
    public static final Set<String> PHASES = Set.of("CONSENSUS", "SITE_VISITS");

    private AdjustRules() {
    }

    public static boolean mayAdjustIn(String cyclePhase) {
        return cyclePhase != null && PHASES.contains(cyclePhase);
    }

    /** Refuses the adjustment once the jury phase has begun (or before the consensus phase). */
    public static void requirePhase(String cyclePhase) {
        if (!mayAdjustIn(cyclePhase)) {
            throw new RuleViolation("consensus.adjust.phase");
        }
    }
}

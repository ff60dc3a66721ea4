package se.kvalitet.scoring.control;

import java.util.Set;

/**
 * When an examiner may write (save or submit) an individual assessment, by the cycle's phase: from the
 * individual review on, never before it (the teams are not working yet), and as long as a consensus can still
 * be opened (consensus, site visits, jury: a late team catches up). Consensus itself locks per application,
 * not per phase. Phases are the names of {@code cycles.entity.Phase}.
 */
public final class WritingPhases {

    public static final Set<String> PHASES = Set.of("INDIVIDUAL_REVIEW", "CONSENSUS", "SITE_VISITS", "JURY");

    private WritingPhases() {
    }

    public static boolean allows(String cyclePhase) {
        return cyclePhase != null && PHASES.contains(cyclePhase);
    }
}

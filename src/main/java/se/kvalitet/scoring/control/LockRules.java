package se.kvalitet.scoring.control;

import java.util.Collection;
import java.util.Set;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.scoring.control.Visibility.Viewer;

/**
 * When a team's assessments lock. Locking is the first step of opening the consensus and never a step of its own:
 * a lock opens every member's view of the teammates' scores and texts ({@link Visibility}: a locked assessment
 * counts as submitted), so locking while somebody is still writing would end their blindness early. Hence the
 * opening rules: the leader (or an administrator), in the consensus phase or later up to the jury (a late team),
 * once every member has submitted; an administrator may override a missing one (an examiner fell ill), never
 * with nothing submitted at all.
 */
public final class LockRules {

    /** The cycle phases (names of {@code cycles.entity.Phase}) in which a consensus opens and assessments lock. */
    public static final Set<String> PHASES = Set.of("CONSENSUS", "SITE_VISITS", "JURY");

    private LockRules() {
    }

    /** Refuses the lock with the reason; passes silently when the consensus may open and lock them. */
    public static void require(Viewer viewer, String cyclePhase, Collection<Long> memberIds,
                               Collection<Long> submittedBy, boolean override) {
        if (viewer != Viewer.LEADER && viewer != Viewer.ADMIN) {
            throw new RuleViolation("scoring.lock.leaderOnly");
        }
        if (cyclePhase == null || !PHASES.contains(cyclePhase)) {
            throw new RuleViolation("scoring.lock.phase");
        }
        if (submittedBy.isEmpty()) {
            throw new RuleViolation("scoring.lock.nothingSubmitted");
        }
        long waiting = memberIds.stream().filter(id -> !submittedBy.contains(id)).count();
        if (waiting > 0 && !(override && viewer == Viewer.ADMIN)) {
            throw new RuleViolation("scoring.lock.notAllSubmitted", waiting);
        }
    }
}

package se.kvalitet.consensus.control;

import java.util.Collection;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * When a consensus may be opened: once every team member has submitted their assessment, since opening locks
 * the assessments and an unsubmitted one would be frozen half-written. The administrator may override that
 * (an examiner fell ill), but never with nothing submitted at all: there would be no scores to agree on.
 */
public final class OpenRules {

    private OpenRules() {
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

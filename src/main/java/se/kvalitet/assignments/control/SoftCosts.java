package se.kvalitet.assignments.control;

/**
 * The prices of the soft goals, in one place so that the flow network and the local search pursue the same
 * trade-offs: what the flow pays on an arc, the search pays on a team.
 */
final class SoftCosts {

    /** Unit costs; small integers keep the number of flow phases low. */
    static final int COMPETENCE_MISS = 6;
    static final int NEW_LEADER = 8;
    static final int EXTRA_NEW = 5;
    static final int LOAD_STEP = 4;
    static final int REPEATED_PAIR = 6;
    /** Missing experienced member: worse than any soft goal, so the search always repairs it first. */
    static final int NO_EXPERIENCED = 1_000_000;
    /** A member set without an eligible leader: never a team. */
    static final int INVALID = Integer.MAX_VALUE / 4;

    private final int m;
    private final boolean[] eligible;
    private final boolean[] experienced;
    private final boolean[] match;
    private final boolean[] together;

    SoftCosts(IndexedProblem p) {
        this.m = p.m;
        this.eligible = p.eligible;
        this.experienced = p.experienced;
        this.match = p.match;
        this.together = p.together;
    }

    /** Soft cost of a member set for application {@code a}, or {@link #INVALID} if it has no eligible leader. */
    int teamCost(int a, int[] members) {
        boolean anyEligible = false;
        boolean anyExperienced = false;
        boolean experiencedLeader = false;
        int fresh = 0;
        int cost = 0;
        int row = a * m;
        for (int i = 0; i < members.length; i++) {
            int e = members[i];
            anyEligible |= eligible[e];
            anyExperienced |= experienced[e];
            experiencedLeader |= eligible[e] && experienced[e];
            if (!experienced[e]) {
                fresh++;
            }
            if (!match[row + e]) {
                cost += COMPETENCE_MISS;
            }
            int base = e * m;
            for (int j = i + 1; j < members.length; j++) {
                if (together[base + members[j]]) {
                    cost += REPEATED_PAIR;
                }
            }
        }
        if (!anyEligible) {
            return INVALID;
        }
        if (!anyExperienced) {
            cost += NO_EXPERIENCED;
        }
        if (!experiencedLeader) {
            cost += NEW_LEADER;
        }
        if (fresh > 1) {
            cost += EXTRA_NEW * (fresh - 1);
        }
        return cost;
    }

    /**
     * Whether a team leaves room for improvement the flow could not see (repeated pairs, several new examiners, no
     * experienced member), so that the search spends its time only on such teams.
     */
    boolean worthImproving(int[] members) {
        int fresh = 0;
        boolean anyExperienced = false;
        for (int i = 0; i < members.length; i++) {
            int e = members[i];
            anyExperienced |= experienced[e];
            if (!experienced[e]) {
                fresh++;
            }
            for (int j = i + 1; j < members.length; j++) {
                if (together[e * m + members[j]]) {
                    return true;
                }
            }
        }
        return fresh > 1 || !anyExperienced;
    }

    /** A move never takes the last experienced member from a team, even to give one to another team. */
    static boolean breaksExperienced(int before, int after) {
        return after >= NO_EXPERIENCED && before < NO_EXPERIENCED;
    }

    /** What the flow charges for an examiner's next unit of load, given the load before it. */
    static int marginal(int loadBefore) {
        return loadBefore / LOAD_STEP;
    }
}

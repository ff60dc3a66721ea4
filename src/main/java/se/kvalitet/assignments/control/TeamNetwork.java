package se.kvalitet.assignments.control;

import static se.kvalitet.assignments.control.SoftCosts.COMPETENCE_MISS;
import static se.kvalitet.assignments.control.SoftCosts.EXTRA_NEW;
import static se.kvalitet.assignments.control.SoftCosts.LOAD_STEP;
import static se.kvalitet.assignments.control.SoftCosts.NEW_LEADER;

/**
 * The flow network of one solve, solved, and the examiners it placed per application. The layout (see
 * {@link TeamSolver}) is known only here: source → examiner (capacity in load steps) → one arc per allowed
 * (examiner, application) pair → the application's gadget → sink.
 */
final class TeamNetwork {

    /** How an application's gadget treats the experienced-member rule. */
    enum Gadget {
        /** Left to the local search. */
        RELAXED,
        /** A leader seat plus a separate experienced seat. */
        TWO_SEATS,
        /** Only an experienced leader-eligible examiner leads. */
        EXPERIENCED_LEADER
    }

    /** Nodes per application in the flow network. */
    private static final int GADGET = 6;
    private static final int S = 0;
    private static final int T = 1;

    private final int m;
    private final boolean[] match;
    private final boolean[] eligible;
    private final MinCostFlow f;
    /** The pair arcs of application {@code a} are consecutive from {@code firstArc[a]}, every second index. */
    private final int[] firstArc;
    private final int[] arcExaminer;
    private final int[] firstPair;

    /**
     * Builds and solves the network for the active applications. The sparse graph keeps only candidate pairs (see
     * {@link #candidate}); its solution is complete for almost every realistic input, and the caller falls back to
     * the full graph when it is not, so completeness never depends on the candidates.
     */
    TeamNetwork(IndexedProblem p, boolean[] active, Gadget[] mode, boolean sparse) {
        int n = p.n;
        m = p.m;
        int t = p.t;
        match = p.match;
        eligible = p.eligible;
        boolean[] conflict = p.conflict;
        int[] cap = p.cap;
        boolean[] experienced = p.experienced;
        int nodes = 2 + m + GADGET * n;
        int pairs = 0;
        for (int a = 0; a < n; a++) {
            if (active[a]) {
                for (int e = 0, row = a * m; e < m; e++) {
                    if (!conflict[row + e] && cap[e] > 0 && (!sparse || candidate(a, e))) {
                        pairs++;
                    }
                }
            }
        }
        int sourceArcs = 0;
        for (int e = 0; e < m; e++) {
            sourceArcs += (cap[e] + LOAD_STEP - 1) / LOAD_STEP;
        }
        f = new MinCostFlow(nodes, pairs + 10 * n + sourceArcs);
        for (int e = 0; e < m; e++) {
            // unit k costs k / LOAD_STEP: one arc per step, a convex cost that balances the load
            for (int k = 0; k < cap[e]; k += LOAD_STEP) {
                f.addArc(S, exNode(e), Math.min(LOAD_STEP, cap[e] - k), k / LOAD_STEP);
            }
        }
        firstArc = new int[n];
        arcExaminer = new int[pairs];
        firstPair = new int[n + 1];
        int pairCount = 0;
        for (int a = 0; a < n; a++) {
            firstArc[a] = -1;
            firstPair[a] = pairCount;
            if (!active[a]) {
                continue;
            }
            int row = a * m;
            int leader = appNode(a, 0);
            int newLeader = appNode(a, 1);
            int member = appNode(a, 2);
            int fresh = appNode(a, 3);
            int seniorLeader = appNode(a, 4);
            int senior = appNode(a, 5);
            boolean twoSeats = mode[a] == Gadget.TWO_SEATS;
            for (int e = 0; e < m; e++) {
                if (conflict[row + e] || cap[e] == 0 || sparse && !candidate(a, e)) {
                    continue;
                }
                arcExaminer[pairCount++] = e;
                int target;
                if (experienced[e]) {
                    target = eligible[e] ? (twoSeats ? seniorLeader : leader) : (twoSeats ? senior : member);
                } else {
                    target = eligible[e] && mode[a] != Gadget.EXPERIENCED_LEADER ? newLeader : fresh;
                }
                int arc = f.addArc(exNode(e), target, 1, match[row + e] ? 0 : COMPETENCE_MISS);
                if (firstArc[a] < 0) {
                    firstArc[a] = arc;
                }
            }
            f.addArc(leader, T, 1, 0);
            f.addArc(newLeader, leader, 1, NEW_LEADER);
            f.addArc(newLeader, fresh, t - 1, 0);
            f.addArc(fresh, member, 1, 0);
            if (t > 2) {
                f.addArc(fresh, member, t - 2, EXTRA_NEW);
            }
            if (twoSeats) {
                // a leader seat and a separate experienced seat: exact for a team led by a new examiner
                f.addArc(seniorLeader, leader, 1, 0);
                f.addArc(seniorLeader, senior, 1, 0);
                f.addArc(seniorLeader, member, t, 0);
                f.addArc(senior, T, 1, 0);
                f.addArc(senior, member, t, 0);
                if (t > 2) {
                    f.addArc(member, T, t - 2, 0);
                }
            } else {
                f.addArc(leader, member, t - 1, 0);
                f.addArc(member, T, t - 1, 0);
            }
        }
        firstPair[n] = pairCount;
        f.run(S, T);
    }

    /**
     * Writes the examiners the flow placed in application {@code a} into {@code buf} and returns how many; none
     * for an application that was not active.
     */
    int placedIn(int a, int[] buf) {
        int count = 0;
        int arc = firstArc[a];
        for (int k = firstPair[a]; k < firstPair[a + 1]; k++, arc += 2) {
            if (f.flowOn(arc) > 0) {
                buf[count++] = arcExaminer[k];
            }
        }
        return count;
    }

    private int exNode(int e) {
        return 2 + e;
    }

    private int appNode(int a, int k) {
        return 2 + m + GADGET * a + k;
    }

    /**
     * Whether the pair gets an arc in the sparse candidate graph: competent examiners, a quarter of the other
     * leader-eligible ones (leader seats are scarce) and a sixteenth of the rest, spread evenly by a hash, so the
     * graph is about a third of the full one. Mismatched arcs cost more, so the optimum rarely needs the others.
     */
    private boolean candidate(int a, int e) {
        int sample = (a * 7919 + e * 104729) & 15;
        return match[a * m + e] || sample == 0 || eligible[e] && sample < 4;
    }
}

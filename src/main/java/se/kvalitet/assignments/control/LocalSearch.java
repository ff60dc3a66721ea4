package se.kvalitet.assignments.control;

import static se.kvalitet.assignments.control.SoftCosts.INVALID;
import static se.kvalitet.assignments.control.SoftCosts.breaksExperienced;
import static se.kvalitet.assignments.control.SoftCosts.marginal;
import static se.kvalitet.assignments.control.Staffing.inTeam;

/**
 * Improves the flow's teams in what the flow cannot express: it repairs teams without an experienced member, avoids
 * pairs who worked together last cycle and spreads new examiners, by replacing and swapping members. A move never
 * breaks a hard rule and never takes a team's last experienced member.
 */
final class LocalSearch {

    /** Rounds over all teams; later rounds rarely find anything the earlier ones left. */
    private static final int ROUNDS = 3;

    private final int t;
    private final int n;
    private final int m;
    private final int[] cap;
    private final boolean[] conflict;
    private final SoftCosts costs;
    private final Staffing s;
    private final int[][] team;
    private final int[] load;

    /** {@code staffing} must be {@linkplain Staffing#index indexed}. */
    LocalSearch(IndexedProblem p, SoftCosts costs, Staffing staffing) {
        this.t = p.t;
        this.n = p.n;
        this.m = p.m;
        this.cap = p.cap;
        this.conflict = p.conflict;
        this.costs = costs;
        this.s = staffing;
        this.team = staffing.team;
        this.load = staffing.load;
    }

    void improve() {
        int[] trial = new int[t];
        int[] other = new int[t];
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = false;
            for (int a = 0; a < n; a++) {
                if (team[a] != null && costs.worthImproving(team[a])) {
                    changed |= improveTeam(a, trial, other);
                }
            }
            if (!changed) {
                break;
            }
        }
    }

    /**
     * Improves team {@code a} by its best move: a member replaced by an examiner with room left, or, only when no
     * replacement helps (swaps cost far more to look for), a member swapped with one of another team.
     */
    private boolean improveTeam(int a, int[] trial, int[] other) {
        int[] members = team[a];
        int[] cost = s.cost;
        int current = cost[a];
        int row = a * m;
        int bestDelta = 0;
        int bestSeat = -1;
        int bestExaminer = -1;
        for (int seat = 0; seat < t; seat++) {
            int x = members[seat];
            System.arraycopy(members, 0, trial, 0, t);
            for (int y = 0; y < m; y++) {
                if (load[y] >= cap[y] || conflict[row + y] || inTeam(members, y)) {
                    continue;
                }
                trial[seat] = y;
                int costA = costs.teamCost(a, trial);
                if (costA >= INVALID || breaksExperienced(current, costA)) {
                    continue;
                }
                // the load term is the flow's convex load cost, so the search does not undo the flow's balance
                int delta = costA - current + marginal(load[y]) - marginal(load[x] - 1);
                if (delta < bestDelta) {
                    bestDelta = delta;
                    bestSeat = seat;
                    bestExaminer = y;
                }
            }
        }
        if (bestSeat >= 0) {
            s.replace(a, bestSeat, bestExaminer);
            return true;
        }
        int bestTeam = -1;
        for (int seat = 0; seat < t; seat++) {
            int x = members[seat];
            System.arraycopy(members, 0, trial, 0, t);
            for (int y = 0; y < m; y++) {
                if (conflict[row + y] || inTeam(members, y)) {
                    continue;
                }
                trial[seat] = y;
                int costA = costs.teamCost(a, trial);
                if (costA >= INVALID || breaksExperienced(current, costA) || costA - current >= bestDelta) {
                    continue; // a swap cannot beat the best move unless it improves team a already
                }
                int deltaA = costA - current;
                IntList ys = s.teamsOf[y];
                for (int i = 0; i < ys.size; i++) {
                    int b = ys.items[i];
                    if (conflict[b * m + x] || inTeam(team[b], x)) {
                        continue;
                    }
                    System.arraycopy(team[b], 0, other, 0, t);
                    for (int j = 0; j < t; j++) {
                        if (other[j] == y) {
                            other[j] = x;
                        }
                    }
                    int costB = costs.teamCost(b, other);
                    if (costB >= INVALID || breaksExperienced(cost[b], costB)) {
                        continue;
                    }
                    int delta = deltaA + costB - cost[b];
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        bestSeat = seat;
                        bestExaminer = y;
                        bestTeam = b;
                    }
                }
            }
        }
        if (bestSeat < 0) {
            return false;
        }
        s.swap(a, bestSeat, bestExaminer, bestTeam);
        return true;
    }
}

package se.kvalitet.assignments.control;

import java.util.Arrays;

import static se.kvalitet.assignments.control.Staffing.inTeam;
import static se.kvalitet.assignments.control.Staffing.indexOf;

/**
 * Narrows the load spread the administrator sees (highest minus lowest load): moves a seat from the most loaded
 * examiner, or to the least loaded one, whenever that costs the team nothing in the other goals. Leader seats, which
 * only a few may take, are what usually keeps the spread wide; this evens out the rest.
 */
final class LoadBalancing {

    private final int t;
    private final int m;
    private final int[] cap;
    private final boolean[] conflict;
    private final SoftCosts costs;
    private final Staffing s;
    private final int[][] team;
    private final int[] load;

    /** {@code staffing} must be {@linkplain Staffing#index indexed}. */
    LoadBalancing(IndexedProblem p, SoftCosts costs, Staffing staffing) {
        this.t = p.t;
        this.m = p.m;
        this.cap = p.cap;
        this.conflict = p.conflict;
        this.costs = costs;
        this.s = staffing;
        this.team = staffing.team;
        this.load = staffing.load;
    }

    void balance() {
        int[] trial = new int[t];
        boolean[] stuck = new boolean[m];
        for (int moves = 0; moves < 4 * m + 16; moves++) {
            int most = -1;
            int least = -1;
            for (int e = 0; e < m; e++) {
                if (cap[e] == 0) {
                    continue;
                }
                if (most < 0 || load[e] > load[most]) {
                    most = e;
                }
                if (load[e] < cap[e] && (least < 0 || load[e] < load[least])) {
                    least = e;
                }
            }
            if (most < 0 || least < 0 || load[most] - load[least] <= 1) {
                return;
            }
            // an examiner who found no taker once is not asked again: other moves rarely change that, and
            // asking costs a scan of all their teams
            boolean shed = !stuck[most] && shedSeat(most, trial);
            stuck[most] |= !shed;
            if (!shed && !takeSeat(least, trial)) {
                return;
            }
        }
    }

    /** Gives one of {@code x}'s seats to the least loaded examiner it can go to at no cost. */
    private boolean shedSeat(int x, int[] trial) {
        for (int y : byLoad(true)) {
            if (load[y] + 2 > load[x]) {
                return false;
            }
            if (load[y] >= cap[y]) {
                continue;
            }
            IntList teams = s.teamsOf[x];
            for (int i = 0; i < teams.size; i++) {
                int a = teams.items[i];
                if (tryReplace(a, x, y, trial)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Gives {@code y} a seat of the most loaded examiner it can take over at no cost. */
    private boolean takeSeat(int y, int[] trial) {
        for (int x : byLoad(false)) {
            if (load[y] + 2 > load[x]) {
                return false;
            }
            IntList teams = s.teamsOf[x];
            for (int i = 0; i < teams.size; i++) {
                if (tryReplace(teams.items[i], x, y, trial)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Examiners by load, lowest or highest first. */
    private Integer[] byLoad(boolean ascending) {
        Integer[] order = new Integer[m];
        for (int e = 0; e < m; e++) {
            order[e] = e;
        }
        Arrays.sort(order, ascending ? (u, v) -> Integer.compare(load[u], load[v])
                : (u, v) -> Integer.compare(load[v], load[u]));
        return order;
    }

    /** Replaces {@code x} by {@code y} in team {@code a} if the rules allow it and the team loses nothing. */
    private boolean tryReplace(int a, int x, int y, int[] trial) {
        int[] members = team[a];
        if (conflict[a * m + y] || inTeam(members, y)) {
            return false;
        }
        int seat = indexOf(members, x);
        System.arraycopy(members, 0, trial, 0, t);
        trial[seat] = y;
        if (costs.teamCost(a, trial) > s.cost[a]) {
            return false;
        }
        s.replace(a, seat, y);
        return true;
    }
}

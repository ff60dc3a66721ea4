package se.kvalitet.assignments.control;

import java.util.Arrays;

/**
 * The teams of one solve and what is kept in step with them while the search moves members: the examiners' loads
 * and, once {@link #index} is called, each examiner's teams and each team's soft cost. A team is {@code null} while
 * the application has no complete one.
 */
final class Staffing {

    final int[][] team;
    final int[] load;
    /** Seats the flow filled per application, complete or not. */
    final int[] placed;
    /** Per active application: the flow placed no leader-eligible examiner. */
    final boolean[] leaderMissing;
    IntList[] teamsOf;
    /** The search's soft cost per team, kept up to date as members move. */
    int[] cost;
    private final IndexedProblem p;
    private final SoftCosts costs;

    private Staffing(IndexedProblem p, SoftCosts costs) {
        this.p = p;
        this.costs = costs;
        team = new int[p.n][];
        load = new int[p.m];
        placed = new int[p.n];
        leaderMissing = new boolean[p.n];
    }

    /**
     * Reads the flow into teams: only full teams with a leader-eligible member (a full flow always has one: the
     * leader arc is on every full path). An application that was not active is left without a team.
     */
    static Staffing read(IndexedProblem p, SoftCosts costs, TeamNetwork network, boolean[] active) {
        Staffing s = new Staffing(p, costs);
        int t = p.t;
        int[] buf = new int[p.m];
        for (int a = 0; a < p.n; a++) {
            if (!active[a]) {
                continue;
            }
            int count = network.placedIn(a, buf);
            s.placed[a] = count;
            boolean hasEligible = false;
            for (int i = 0; i < count; i++) {
                hasEligible |= p.eligible[buf[i]];
            }
            s.leaderMissing[a] = !hasEligible;
            if (count == t && hasEligible) {
                s.team[a] = Arrays.copyOf(buf, t);
                for (int e : s.team[a]) {
                    s.load[e]++;
                }
            }
        }
        return s;
    }

    /** Whether an active application came out without a complete team. */
    boolean anyShort(boolean[] active) {
        for (int a = 0; a < p.n; a++) {
            if (active[a] && team[a] == null) {
                return true;
            }
        }
        return false;
    }

    /** Builds the per-examiner team lists and the team costs the search keeps up to date. */
    void index() {
        cost = new int[p.n];
        teamsOf = new IntList[p.m];
        for (int e = 0; e < p.m; e++) {
            teamsOf[e] = new IntList();
        }
        for (int a = 0; a < p.n; a++) {
            if (team[a] != null) {
                cost[a] = costs.teamCost(a, team[a]);
                for (int e : team[a]) {
                    teamsOf[e].add(a);
                }
            }
        }
    }

    /** Puts {@code y} on team {@code a} in the seat at {@code seat}. */
    void replace(int a, int seat, int y) {
        int x = team[a][seat];
        team[a][seat] = y;
        cost[a] = costs.teamCost(a, team[a]);
        teamsOf[x].remove(a);
        teamsOf[y].add(a);
        load[x]--;
        load[y]++;
    }

    /** Swaps the member at {@code seat} of team {@code a} with {@code y} of team {@code b}; loads stay as they are. */
    void swap(int a, int seat, int y, int b) {
        int[] members = team[a];
        int x = members[seat];
        members[seat] = y;
        int[] bm = team[b];
        for (int j = 0; j < bm.length; j++) {
            if (bm[j] == y) {
                bm[j] = x;
            }
        }
        cost[a] = costs.teamCost(a, members);
        cost[b] = costs.teamCost(b, bm);
        teamsOf[x].remove(a);
        teamsOf[y].add(a);
        teamsOf[y].remove(b);
        teamsOf[x].add(b);
    }

    /** Gives up team {@code a}: its members' seats become free again. The search index is not updated. */
    void release(int a) {
        for (int e : team[a]) {
            load[e]--;
        }
        team[a] = null;
    }

    static boolean inTeam(int[] members, int e) {
        for (int x : members) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }

    static int indexOf(int[] members, int e) {
        for (int i = 0; i < members.length; i++) {
            if (members[i] == e) {
                return i;
            }
        }
        return -1;
    }
}

package se.kvalitet.assignments.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.kvalitet.assignments.control.TeamNetwork.Gadget;

/**
 * Which applications the next solve still tries to staff, and in which gadget form, across the solver's attempts;
 * and what was known about each application when it was set aside, for its shortfall. When capacity falls short
 * the flow spreads the shortage over many teams; giving up the most short-handed applications instead keeps as
 * many teams as possible complete rather than many half-staffed.
 */
final class ApplicationsInPlay {

    final boolean[] active;
    final Gadget[] mode;
    /** Seats missing when an application was set aside; 0 while it is in play. */
    private final int[] setAsideShort;
    /** Whether the application's last solve placed no leader-eligible examiner. */
    final boolean[] leaderMissing;
    private final int n;
    private final int t;

    ApplicationsInPlay(IndexedProblem p) {
        n = p.n;
        t = p.t;
        active = new boolean[n];
        Arrays.fill(active, true);
        mode = new Gadget[n];
        Arrays.fill(mode, Gadget.RELAXED);
        setAsideShort = new int[n];
        leaderMissing = new boolean[n];
    }

    /** Takes note of a solve's outcome for the applications in play; those set aside keep what was known then. */
    void record(Staffing s) {
        for (int a = 0; a < n; a++) {
            if (active[a]) {
                leaderMissing[a] = s.leaderMissing[a];
            }
        }
    }

    /**
     * Prepares the next solve when some active application came out short: one in the two-seat form first tries
     * the experienced-leader form; otherwise the shortest are set aside, as many as the missing seats call for.
     * False when every active one is complete.
     */
    boolean setAsideMostShort(Staffing s) {
        int[][] team = s.team;
        int[] placed = s.placed;
        boolean switched = false;
        for (int a = 0; a < n; a++) {
            if (active[a] && team[a] == null && mode[a] == Gadget.TWO_SEATS) {
                mode[a] = Gadget.EXPERIENCED_LEADER;
                switched = true;
            }
        }
        if (switched) {
            return true;
        }
        int deficit = 0;
        List<Integer> incomplete = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            if (active[a] && team[a] == null) {
                deficit += t - placed[a];
                incomplete.add(a);
            }
        }
        if (incomplete.isEmpty()) {
            return false;
        }
        incomplete.sort((x, y) -> Integer.compare(placed[x], placed[y]));
        int count = (deficit + t - 1) / t;
        for (int i = 0; i < count && i < incomplete.size(); i++) {
            int a = incomplete.get(i);
            active[a] = false;
            setAsideShort[a] = t - placed[a];
        }
        return true;
    }

    /**
     * Builds the experienced-member rule into these teams' gadgets for the next solve (a leader seat and a separate
     * experienced seat), which the flow then satisfies exactly if capacity allows; one that comes out short then
     * tries the other exact form, an experienced leader (see {@link #setAsideMostShort}).
     */
    void requireExperienced(List<Integer> applications) {
        for (int a : applications) {
            mode[a] = Gadget.TWO_SEATS;
        }
    }

    /** Seats application {@code a} misses in the solve {@code s}: as set aside, or as the flow left it. */
    int missing(int a, Staffing s) {
        return setAsideShort[a] > 0 ? setAsideShort[a] : s.team[a] == null ? t - s.placed[a] : 0;
    }
}

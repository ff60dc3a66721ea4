package se.kvalitet.assignments.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one solve's teams into the {@link AssignmentSolution}: complete teams with their leader first, and a
 * {@link Shortfall} for every other application.
 */
final class SolutionAssembly {

    private final IndexedProblem p;

    SolutionAssembly(IndexedProblem p) {
        this.p = p;
    }

    /** Teams the search could not give an experienced member. */
    List<Integer> withoutExperienced(Staffing s) {
        List<Integer> found = new ArrayList<>();
        for (int a = 0; a < p.n; a++) {
            if (s.team[a] != null && !p.hasExperienced(s.team[a])) {
                found.add(a);
            }
        }
        return found;
    }

    /**
     * Complete teams, and a shortfall for every other application. A team the search left without an experienced
     * member is released and reported as one missing seat (the experienced member's). Releasing changes the loads,
     * so the shortfall counts are taken against the proposal's loads.
     */
    AssignmentSolution result(Staffing s, ApplicationsInPlay inPlay, List<Integer> unrepaired) {
        int n = p.n;
        int[] missing = new int[n];
        for (int a = 0; a < n; a++) {
            missing[a] = inPlay.missing(a, s);
        }
        for (int a : unrepaired) {
            s.release(a);
            missing[a] = 1;
        }
        List<ProposedTeam> teams = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            if (s.team[a] != null) {
                teams.add(proposed(a, s.team[a]));
            }
        }
        for (int a = 0; a < n; a++) {
            if (s.team[a] == null) {
                shortfalls.add(shortfall(a, missing[a], inPlay.leaderMissing[a], s.load));
            }
        }
        return new AssignmentSolution(teams, shortfalls, TeamRules.quality(p.source, teams));
    }

    /** The leader is the best-suited eligible member: experienced first, then competent in the service area. */
    private ProposedTeam proposed(int a, int[] members) {
        int m = p.m;
        int leader = -1;
        int best = -1;
        for (int e : members) {
            if (!p.eligible[e]) {
                continue;
            }
            int score = (p.experienced[e] ? 2 : 0) + (p.match[a * m + e] ? 1 : 0);
            if (score > best) {
                best = score;
                leader = e;
            }
        }
        List<Long> ids = new ArrayList<>(p.t);
        ids.add(p.ex[leader].examinerId());
        for (int e : members) {
            if (e != leader) {
                ids.add(p.ex[e].examinerId());
            }
        }
        return new ProposedTeam(p.appId[a], p.ex[leader].examinerId(), ids);
    }

    private Shortfall shortfall(int a, int missingMembers, boolean leaderMissing, int[] load) {
        int conflicted = 0;
        int full = 0;
        int leaders = 0;
        int m = p.m;
        int row = a * m;
        for (int e = 0; e < m; e++) {
            if (p.conflict[row + e]) {
                conflicted++;
                continue;
            }
            if (load[e] >= p.cap[e]) {
                full++;
            }
            if (p.eligible[e]) {
                leaders++;
            }
        }
        return new Shortfall(p.appId[a], missingMembers, leaderMissing, conflicted, full, leaders);
    }
}

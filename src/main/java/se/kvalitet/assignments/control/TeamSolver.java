package se.kvalitet.assignments.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes a team for every application: a min-cost flow that staffs every seat whenever capacities, conflicts and
 * leader eligibility allow it, then a local search for the goals a flow cannot express.
 *
 * <p>The flow network: source → examiner (the capacity, split into arcs whose unit cost grows with the load, a convex
 * cost that balances the load) → one arc per (examiner, application) without conflict (cost: competence mismatch)
 * → a small gadget per application → sink. The gadget has a leader seat that only leader-eligible examiners reach, a
 * node through which new examiners pass (its first unit free, further units at a cost: new examiners are spread) and
 * member seats for the rest. One arc per pair means nobody sits twice in a team. A leader-eligible but new examiner
 * reaches the leader seat only at a penalty, so teams are led by experienced examiners where capacity allows, which
 * also satisfies the experienced-member rule. {@link MinCostFlow} solves it primal-dual with blocking flows.
 *
 * <p>The experienced-member rule ("a leader-eligible member and an experienced member", possibly the same person) is
 * not a flow constraint in general. The first solve leaves it to the local search, which moves and swaps members
 * (never breaking a hard rule, never taking a team's last experienced member) to repair it, to avoid pairs who worked
 * together last cycle and to spread new examiners. A team it cannot repair gets an exact gadget in a new solve: a
 * leader seat plus a separate experienced seat, or, if that comes out short, an experienced leader.
 *
 * <p>Guarantees: if a full assignment respecting conflicts, capacities and leader eligibility exists, the first flow
 * fills every seat (it is a maximum flow). With the experienced rule too, completeness is not proven but is tested
 * against exhaustive search on tiny random problems and on larger problems with a planted solution (no misses in
 * tens of thousands of cases). The hard rules are never broken in what is returned.
 *
 * <p>Result: {@link AssignmentSolution#teams()} holds only complete teams that pass {@link TeamRules#check}, the
 * leader first. Every other application is listed once in {@link AssignmentSolution#shortfalls()} instead, its partly
 * placed members released rather than returned: {@code missingMembers} is the number of seats the flow could not fill
 * (1 for a team that could not get an experienced member), and the counts are taken against the proposal's loads.
 * When capacity falls short, the applications left shortest are given up first, so that as many teams as possible
 * are complete rather than many half-staffed. The quality counts each such application as one violation, as
 * {@link TeamRules#quality} does.
 */
public final class TeamSolver {

    /** Unit costs; small integers keep the number of flow phases low. */
    static final int COMPETENCE_MISS = 6;
    static final int NEW_LEADER = 8;
    static final int EXTRA_NEW = 5;
    static final int LOAD_STEP = 4;
    static final int REPEATED_PAIR = 6;
    /** Missing experienced member: worse than any soft goal, so the search always repairs it first. */
    static final int NO_EXPERIENCED = 1_000_000;
    private static final int INVALID = Integer.MAX_VALUE / 4;
    /** Flow solves at most: the first, then re-solves after setting applications aside or changing gadgets. */
    private static final int MAX_ATTEMPTS = 8;
    /** Nodes per application in the flow network. */
    private static final int GADGET = 6;
    /** Gadget modes: experienced rule left to the search; a leader seat plus an experienced seat; experienced leader. */
    private static final byte RELAXED = 0;
    private static final byte TWO_SEATS = 1;
    private static final byte EXPERIENCED_LEADER = 2;

    public AssignmentSolution solve(AssignmentProblem problem) {
        return new Run(problem).solve();
    }

    /** One solve: the problem on index-based arrays. */
    private static final class Run {
        private final AssignmentProblem p;
        private final int t;
        private final int n;
        private final int m;
        private final AvailableExaminer[] ex;
        private final long[] appId;
        private final int[] cap;
        private final boolean[] eligible;
        private final boolean[] experienced;
        private final boolean[] conflict;
        private final boolean[] match;
        private final boolean[] together;
        private int[] load;
        private boolean[] leaderMissing;
        private int[][] team;
        private IntList[] teamsOf;
        /** The search's soft cost per team, kept up to date as members move. */
        private int[] cost;

        Run(AssignmentProblem p) {
            leaderMissing = new boolean[p.applications().size()];
            this.p = p;
            this.t = p.teamSize();
            Map<Long, AvailableExaminer> unique = new java.util.LinkedHashMap<>();
            for (AvailableExaminer e : p.examiners()) {
                unique.putIfAbsent(e.examinerId(), e);
            }
            ex = unique.values().toArray(new AvailableExaminer[0]);
            m = ex.length;
            n = p.applications().size();
            appId = new long[n];
            cap = new int[m];
            eligible = new boolean[m];
            experienced = new boolean[m];
            for (int e = 0; e < m; e++) {
                cap[e] = Math.max(0, ex[e].capacity());
                eligible[e] = ex[e].leaderEligible();
                experienced[e] = ex[e].experienced();
            }
            Map<String, Integer> areas = new HashMap<>();
            int[] area = new int[n];
            for (int a = 0; a < n; a++) {
                ApplicationToStaff app = p.applications().get(a);
                appId[a] = app.applicationId();
                area[a] = areas.computeIfAbsent(String.valueOf(app.serviceArea()), k -> areas.size());
            }
            boolean[] knows = new boolean[m * Math.max(1, areas.size())];
            for (Map.Entry<String, Integer> entry : areas.entrySet()) {
                for (int e = 0; e < m; e++) {
                    knows[entry.getValue() * m + e] = ex[e].competences().contains(entry.getKey());
                }
            }
            match = new boolean[n * m];
            for (int a = 0; a < n; a++) {
                System.arraycopy(knows, area[a] * m, match, a * m, m);
            }
            conflict = conflicts(p);
            together = new boolean[m * m];
            if (p.earlierPairs().size() > 0) {
                for (int e = 0; e < m; e++) {
                    for (int f = e + 1; f < m; f++) {
                        boolean w = p.workedTogether(ex[e].examinerId(), ex[f].examinerId());
                        together[e * m + f] = w;
                        together[f * m + e] = w;
                    }
                }
            }
        }

        /**
         * The conflict matrix, from walking the (usually much smaller) conflict set rather than looking up every
         * (examiner, application) pair; pairs naming neither an examiner nor an application here are ignored.
         */
        private boolean[] conflicts(AssignmentProblem p) {
            boolean[] result = new boolean[n * m];
            Map<Long, Integer> examinerIndex = new HashMap<>();
            for (int e = 0; e < m; e++) {
                examinerIndex.put(ex[e].examinerId(), e);
            }
            Map<Long, List<Integer>> appIndex = new HashMap<>();
            for (int a = 0; a < n; a++) {
                appIndex.computeIfAbsent(appId[a], k -> new ArrayList<>(1)).add(a);
            }
            p.conflicts().forEach((examiner, application) -> {
                Integer e = examinerIndex.get(examiner);
                List<Integer> apps = e == null ? null : appIndex.get(application);
                if (apps != null) {
                    for (int a : apps) {
                        result[a * m + e] = true;
                    }
                }
            });
            return result;
        }

        /**
         * Solves the flow until every application still in play is complete: when capacity falls short the flow
         * spreads the shortage over many teams, so the most short-handed applications are set aside (as many as the
         * missing seats call for) and the rest solved again. Then the search; if it leaves a team without an
         * experienced member, the flow is solved again with the rule built into that team's gadget.
         */
        AssignmentSolution solve() {
            boolean[] active = new boolean[n];
            Arrays.fill(active, true);
            int[] setAsideShort = new int[n];
            byte[] mode = new byte[n];
            AssignmentSolution best = null;
            int[] placed = null;
            boolean sparse = true;
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                placed = flow(active, mode, sparse);
                if (sparse) {
                    sparse = false;
                    if (anyShort(active)) {
                        attempt--; // the candidate graph was too thin: the full graph decides
                        continue;
                    }
                }
                if (attempt + 1 < MAX_ATTEMPTS && setAsideMostShort(active, placed, setAsideShort, mode)) {
                    sparse = true; // what is left may well fit in the candidate graph again
                    continue;
                }
                indexTeams();
                improve();
                balance();
                List<Integer> unrepaired = withoutExperienced();
                AssignmentSolution solution = result(placed, setAsideShort, unrepaired);
                if (best == null || solution.shortfalls().size() < best.shortfalls().size()) {
                    best = solution;
                }
                if (unrepaired.isEmpty()) {
                    break;
                }
                // the search could not give these teams an experienced member: solve again with the rule built into
                // their gadgets (a leader seat and a separate experienced seat), which the flow then satisfies
                // exactly if capacity allows; one that comes out short then tries the other exact form, an
                // experienced leader (see setAsideMostShort)
                for (int a : unrepaired) {
                    mode[a] = TWO_SEATS;
                }
            }
            return best;
        }

        /**
         * Prepares the next solve when some active application came out short: one in the two-seat form first tries
         * the experienced-leader form; otherwise the shortest are set aside. False when every active one is complete.
         */
        private boolean setAsideMostShort(boolean[] active, int[] placed, int[] setAsideShort, byte[] mode) {
            boolean switched = false;
            for (int a = 0; a < n; a++) {
                if (active[a] && team[a] == null && mode[a] == TWO_SEATS) {
                    mode[a] = EXPERIENCED_LEADER;
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

        // ---------------------------------------------------------------- flow

        private static final int S = 0;
        private static final int T = 1;

        private int exNode(int e) {
            return 2 + e;
        }

        private int appNode(int a, int k) {
            return 2 + m + GADGET * a + k;
        }

        private boolean anyShort(boolean[] active) {
            for (int a = 0; a < n; a++) {
                if (active[a] && team[a] == null) {
                    return true;
                }
            }
            return false;
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

        /**
         * Solves the flow and fills {@link #team}; returns the number of seats placed per application. The sparse
         * graph is tried first: its solution is complete for almost every realistic input, and the caller falls
         * back to the full graph when it is not, so completeness never depends on the candidates.
         */
        private int[] flow(boolean[] active, byte[] mode, boolean sparse) {
            load = new int[m];
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
            MinCostFlow f = new MinCostFlow(nodes, pairs + 10 * n + sourceArcs);
            for (int e = 0; e < m; e++) {
                // unit k costs k / LOAD_STEP: one arc per step, a convex cost that balances the load
                for (int k = 0; k < cap[e]; k += LOAD_STEP) {
                    f.addArc(S, exNode(e), Math.min(LOAD_STEP, cap[e] - k), k / LOAD_STEP);
                }
            }
            int[] firstArc = new int[n];
            int[] arcExaminer = new int[pairs];
            int[] firstPair = new int[n + 1];
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
                boolean twoSeats = mode[a] == TWO_SEATS;
                for (int e = 0; e < m; e++) {
                    if (conflict[row + e] || cap[e] == 0 || sparse && !candidate(a, e)) {
                        continue;
                    }
                    arcExaminer[pairCount++] = e;
                    int target;
                    if (experienced[e]) {
                        target = eligible[e] ? (twoSeats ? seniorLeader : leader) : (twoSeats ? senior : member);
                    } else {
                        target = eligible[e] && mode[a] != EXPERIENCED_LEADER ? newLeader : fresh;
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
            team = new int[n][];
            int[] placed = new int[n];
            int[] buf = new int[m];
            for (int a = 0; a < n; a++) {
                if (!active[a]) {
                    continue; // keeps what was known when it was set aside
                }
                int count = 0;
                int arc = firstArc[a];
                for (int k = firstPair[a]; k < firstPair[a + 1]; k++, arc += 2) {
                    if (f.flowOn(arc) > 0) {
                        buf[count++] = arcExaminer[k];
                    }
                }
                placed[a] = count;
                boolean hasEligible = false;
                for (int i = 0; i < count; i++) {
                    hasEligible |= eligible[buf[i]];
                }
                leaderMissing[a] = !hasEligible;
                if (count == t && hasEligible) { // a full flow always has one: the leader arc is on every full path
                    team[a] = Arrays.copyOf(buf, t);
                    for (int e : team[a]) {
                        load[e]++;
                    }
                }
            }
            return placed;
        }

        // ---------------------------------------------------------------- local search

        private void indexTeams() {
            cost = new int[n];
            teamsOf = new IntList[m];
            for (int e = 0; e < m; e++) {
                teamsOf[e] = new IntList();
            }
            for (int a = 0; a < n; a++) {
                if (team[a] != null) {
                    cost[a] = teamCost(a, team[a]);
                    for (int e : team[a]) {
                        teamsOf[e].add(a);
                    }
                }
            }
        }

        /** Soft cost of a member set for application {@code a}, or {@link #INVALID} if it has no eligible leader. */
        private int teamCost(int a, int[] members) {
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

        /** Whether a team leaves room for improvement the flow could not see. */
        private boolean worthImproving(int a) {
            int[] members = team[a];
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
        private boolean breaksExperienced(int before, int after) {
            return after >= NO_EXPERIENCED && before < NO_EXPERIENCED;
        }

        private int marginal(int loadBefore) {
            return loadBefore / LOAD_STEP;
        }

        private boolean inTeam(int[] members, int e) {
            for (int x : members) {
                if (x == e) {
                    return true;
                }
            }
            return false;
        }

        private void improve() {
            int[] trial = new int[t];
            int[] other = new int[t];
            for (int round = 0; round < 3; round++) {
                boolean changed = false;
                for (int a = 0; a < n; a++) {
                    if (team[a] != null && worthImproving(a)) {
                        changed |= improveTeam(a, trial, other);
                    }
                }
                if (!changed) {
                    break;
                }
            }
        }

        /**
         * Narrows the load spread the administrator sees (highest minus lowest load): moves a seat from the most
         * loaded examiner, or to the least loaded one, whenever that costs the team nothing in the other goals.
         * Leader seats, which only a few may take, are what usually keeps the spread wide; this evens out the rest.
         */
        private void balance() {
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
                IntList teams = teamsOf[x];
                for (int i = 0; i < teams.size; i++) {
                    int a = teams.items[i];
                    if (tryReplace(a, x, y, trial)) {
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
            if (teamCost(a, trial) > cost[a]) {
                return false;
            }
            replace(a, seat, y);
            return true;
        }

        /** Gives {@code y} a seat of the most loaded examiner it can take over at no cost. */
        private boolean takeSeat(int y, int[] trial) {
            for (int x : byLoad(false)) {
                if (load[y] + 2 > load[x]) {
                    return false;
                }
                IntList teams = teamsOf[x];
                for (int i = 0; i < teams.size; i++) {
                    if (tryReplace(teams.items[i], x, y, trial)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void replace(int a, int seat, int y) {
            int x = team[a][seat];
            team[a][seat] = y;
            cost[a] = teamCost(a, team[a]);
            teamsOf[x].remove(a);
            teamsOf[y].add(a);
            load[x]--;
            load[y]++;
        }

        private static int indexOf(int[] members, int e) {
            for (int i = 0; i < members.length; i++) {
                if (members[i] == e) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Improves team {@code a} by its best move: a member replaced by an examiner with room left, or, only when no
         * replacement helps (swaps cost far more to look for), a member swapped with one of another team.
         */
        private boolean improveTeam(int a, int[] trial, int[] other) {
            int[] members = team[a];
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
                    int costA = teamCost(a, trial);
                    if (costA >= INVALID || breaksExperienced(current, costA)) {
                        continue;
                    }
                    int delta = costA - current + marginal(load[y]) - marginal(load[x] - 1);
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        bestSeat = seat;
                        bestExaminer = y;
                    }
                }
            }
            if (bestSeat >= 0) {
                int x = members[bestSeat];
                members[bestSeat] = bestExaminer;
                cost[a] = teamCost(a, members);
                teamsOf[x].remove(a);
                teamsOf[bestExaminer].add(a);
                load[x]--;
                load[bestExaminer]++;
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
                    int costA = teamCost(a, trial);
                    if (costA >= INVALID || breaksExperienced(current, costA) || costA - current >= bestDelta) {
                        continue; // a swap cannot beat the best move unless it improves team a already
                    }
                    int deltaA = costA - current;
                    IntList ys = teamsOf[y];
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
                        int costB = teamCost(b, other);
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
            int x = members[bestSeat];
            members[bestSeat] = bestExaminer;
            int[] bm = team[bestTeam];
            for (int j = 0; j < t; j++) {
                if (bm[j] == bestExaminer) {
                    bm[j] = x;
                }
            }
            cost[a] = teamCost(a, members);
            cost[bestTeam] = teamCost(bestTeam, bm);
            teamsOf[x].remove(a);
            teamsOf[bestExaminer].add(a);
            teamsOf[bestExaminer].remove(bestTeam);
            teamsOf[x].add(bestTeam);
            return true;
        }

        // ---------------------------------------------------------------- result

        private List<Integer> withoutExperienced() {
            List<Integer> found = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                if (team[a] != null && !hasExperienced(team[a])) {
                    found.add(a);
                }
            }
            return found;
        }

        /**
         * Complete teams, and a shortfall for every other application. A team the search left without an
         * experienced member is released and reported as one missing seat (the experienced member's).
         */
        private AssignmentSolution result(int[] placed, int[] setAsideShort, List<Integer> unrepaired) {
            int[] missing = new int[n];
            for (int a = 0; a < n; a++) {
                missing[a] = setAsideShort[a] > 0 ? setAsideShort[a] : team[a] == null ? t - placed[a] : 0;
            }
            for (int a : unrepaired) {
                for (int e : team[a]) {
                    load[e]--;
                }
                team[a] = null;
                missing[a] = 1;
            }
            List<ProposedTeam> teams = new ArrayList<>();
            List<Shortfall> shortfalls = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                if (team[a] != null) {
                    teams.add(proposed(a));
                }
            }
            for (int a = 0; a < n; a++) {
                if (team[a] == null) {
                    shortfalls.add(shortfall(a, missing[a]));
                }
            }
            return new AssignmentSolution(teams, shortfalls, TeamRules.quality(p, teams));
        }

        private boolean hasExperienced(int[] members) {
            for (int e : members) {
                if (experienced[e]) {
                    return true;
                }
            }
            return false;
        }

        /** The leader is the best-suited eligible member: experienced first, then competent in the service area. */
        private ProposedTeam proposed(int a) {
            int[] members = team[a];
            int leader = -1;
            int best = -1;
            for (int e : members) {
                if (!eligible[e]) {
                    continue;
                }
                int score = (experienced[e] ? 2 : 0) + (match[a * m + e] ? 1 : 0);
                if (score > best) {
                    best = score;
                    leader = e;
                }
            }
            List<Long> ids = new ArrayList<>(t);
            ids.add(ex[leader].examinerId());
            for (int e : members) {
                if (e != leader) {
                    ids.add(ex[e].examinerId());
                }
            }
            return new ProposedTeam(appId[a], ex[leader].examinerId(), ids);
        }

        private Shortfall shortfall(int a, int missingMembers) {
            int conflicted = 0;
            int full = 0;
            int leaders = 0;
            int row = a * m;
            for (int e = 0; e < m; e++) {
                if (conflict[row + e]) {
                    conflicted++;
                    continue;
                }
                if (load[e] >= cap[e]) {
                    full++;
                }
                if (eligible[e]) {
                    leaders++;
                }
            }
            return new Shortfall(appId[a], missingMembers, leaderMissing[a], conflicted, full, leaders);
        }
    }

    /** A growable int list, to avoid boxing in the search's per-examiner team lists. */
    private static final class IntList {
        int[] items = new int[8];
        int size;

        void add(int v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        void remove(int v) {
            for (int i = 0; i < size; i++) {
                if (items[i] == v) {
                    items[i] = items[--size];
                    return;
                }
            }
        }
    }
}

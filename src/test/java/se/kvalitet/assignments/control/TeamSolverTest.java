package se.kvalitet.assignments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamSolverTest {

    private final TeamSolver solver = new TeamSolver();

    // ------------------------------------------------------------------ small cases with a known optimum

    @Test
    void picksTheExaminersCompetentInTheServiceArea() {
        AssignmentProblem p = problem(2, List.of(app(100, "skola")),
                List.of(leader(1, 5, "omsorg"), leader(2, 5, "skola"), member(3, 5, true, "omsorg"),
                        member(4, 5, true, "skola")));
        AssignmentSolution s = solver.solve(p);
        assertTrue(s.complete());
        assertEquals(new ProposedTeam(100, 2, List.of(2L, 4L)), s.teams().get(0));
        assertEquals(1.0, s.quality().competenceMatchRate());
    }

    @Test
    void theOnlyEligibleExaminerWithoutConflictLeads() {
        Pairs conflicts = new Pairs().add(1, 100);
        AssignmentProblem p = new AssignmentProblem(3, List.of(app(100, "skola")),
                List.of(leader(1, 5, "skola"), leader(2, 5, "omsorg"), member(3, 5, true, "skola"),
                        member(4, 5, false, "skola")), conflicts, new Pairs());
        AssignmentSolution s = solver.solve(p);
        assertTrue(s.complete());
        ProposedTeam team = s.teams().get(0);
        assertEquals(2L, team.leaderId());
        assertEquals(Set.of(2L, 3L, 4L), Set.copyOf(team.memberIds()));
    }

    /**
     * A greedy pass staffing application 100 first takes its best match, leader 1, and leaves application 200
     * without any leader (leader 2 is conflicted with it). The flow gives leader 1 to application 200 instead.
     */
    @Test
    void findsTheSolutionAGreedyPassMisses() {
        Pairs conflicts = new Pairs().add(2, 200);
        AssignmentProblem p = new AssignmentProblem(2, List.of(app(100, "skola"), app(200, "omsorg")),
                List.of(leader(1, 1, "skola"), leader(2, 1, "omsorg"), member(3, 2, true, "skola")), conflicts,
                new Pairs());
        assertNull(greedy(p), "greedy fails on this instance");
        AssignmentSolution s = solver.solve(p);
        assertTrue(s.complete());
        assertEquals(Map.of(100L, 2L, 200L, 1L), leaders(s));
        assertEquals(List.of(), TeamRules.check(p, s.teams()));
    }

    @Test
    void spreadsNewExaminersOverTheTeams() {
        AssignmentProblem p = problem(3, List.of(app(100, "skola"), app(200, "skola")),
                List.of(leader(1, 1, "skola"), leader(2, 1, "skola"), member(3, 1, false, "skola"),
                        member(4, 1, false, "skola"), member(5, 1, true, "omsorg"), member(6, 1, true, "omsorg")));
        AssignmentSolution s = solver.solve(p);
        assertTrue(s.complete());
        assertEquals(0, s.quality().teamsWithSeveralNew());
    }

    @Test
    void avoidsPairsWhoWorkedTogetherLastCycle() {
        Pairs earlier = new Pairs().add(1, 3).add(2, 4);
        AssignmentProblem p = new AssignmentProblem(2, List.of(app(100, "skola"), app(200, "skola")),
                List.of(leader(1, 1, "skola"), leader(2, 1, "skola"), member(3, 1, true, "skola"),
                        member(4, 1, true, "skola")), new Pairs(), earlier);
        AssignmentSolution s = solver.solve(p);
        assertTrue(s.complete());
        assertEquals(0, s.quality().repeatedPairs());
        for (ProposedTeam team : s.teams()) {
            assertFalse(p.workedTogether(team.memberIds().get(0), team.memberIds().get(1)));
        }
    }

    @Test
    void aNewLeaderGetsAnExperiencedMemberEvenAgainstCompetence() {
        AssignmentProblem p = problem(3, List.of(app(100, "skola")),
                List.of(new AvailableExaminer(1, 1, true, false, Set.of("skola")), member(2, 1, false, "skola"),
                        member(3, 1, false, "skola"), member(4, 1, true, "omsorg")));
        AssignmentSolution s = solver.solve(p);
        assertTrue(s.complete());
        assertTrue(s.teams().get(0).memberIds().contains(4L));
        assertEquals(List.of(), TeamRules.check(p, s.teams()));
    }

    /**
     * The cheapest relaxed flow gives 200 a new leader and a new member (all of 100's examiners match its area).
     * No single move repairs that: both of 200's members are conflicted with 100 and the only examiner with room
     * is new. The solver then solves again with a separate experienced seat for 200.
     */
    @Test
    void aTeamTheSearchCannotRepairGetsAnExperiencedSeatInANewSolve() {
        Pairs conflicts = new Pairs().add(3, 100).add(4, 100);
        AssignmentProblem p = new AssignmentProblem(2, List.of(app(100, "a"), app(200, "b")),
                List.of(leader(1, 1, "a"), member(2, 1, true, "a"), new AvailableExaminer(3, 1, true, false,
                        Set.of("b")), member(4, 1, false, "b"), new AvailableExaminer(5, 1, true, false, Set.of("c"))),
                conflicts, new Pairs());
        AssignmentSolution s = solver.solve(p);
        assertTrue(s.complete(), s::toString);
        assertEquals(List.of(), TeamRules.check(p, s.teams()));
    }

    @Test
    void balancesTheLoad() {
        List<ApplicationToStaff> apps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            apps.add(app(100 + i, "skola"));
        }
        AssignmentProblem p = problem(2, apps, List.of(leader(1, 8, "skola"), leader(2, 8, "skola"),
                member(3, 8, true, "skola"), member(4, 8, true, "skola")));
        AssignmentSolution s = solver.solve(p);
        assertTrue(s.complete());
        assertEquals(0, s.quality().maxLoadSpread());
    }

    @Test
    void emptyProblem() {
        AssignmentSolution s = solver.solve(problem(3, List.of(), List.of()));
        assertTrue(s.complete());
        assertEquals(List.of(), s.teams());
    }

    // ------------------------------------------------------------------ infeasible input

    @Test
    void anApplicationEveryExaminerIsConflictedWithIsReported() {
        Pairs conflicts = new Pairs().add(1, 200).add(2, 200).add(3, 200);
        AssignmentProblem p = new AssignmentProblem(2, List.of(app(100, "skola"), app(200, "skola")),
                List.of(leader(1, 5, "skola"), leader(2, 5, "skola"), member(3, 5, true, "skola")), conflicts,
                new Pairs());
        AssignmentSolution s = solver.solve(p);
        assertEquals(List.of(new Shortfall(200, 2, true, 3, 0, 0)), s.shortfalls());
        assertEquals(1, s.teams().size());
        assertEquals(100, s.teams().get(0).applicationId());
        assertEquals(1, s.quality().violations());
    }

    @Test
    void withoutAnyEligibleLeaderNoTeamIsProposed() {
        AssignmentProblem p = problem(2, List.of(app(100, "skola")),
                List.of(member(1, 5, true, "skola"), member(2, 5, true, "skola")));
        AssignmentSolution s = solver.solve(p);
        assertEquals(List.of(), s.teams());
        assertEquals(List.of(new Shortfall(100, 1, true, 0, 0, 0)), s.shortfalls());
    }

    @Test
    void tooLittleCapacityStaffsAsManyCompleteTeamsAsFit() {
        AssignmentProblem p = problem(2, List.of(app(100, "skola"), app(200, "skola"), app(300, "skola")),
                List.of(leader(1, 2, "skola"), member(2, 2, true, "skola")));
        AssignmentSolution s = solver.solve(p);
        assertEquals(2, s.teams().size(), "two full teams fit, not three half ones");
        assertEquals(1, s.shortfalls().size());
        Shortfall shortfall = s.shortfalls().get(0);
        assertEquals(0, shortfall.conflictedExaminers());
        assertEquals(2, shortfall.examinersWithoutRoom());
        assertEquals(1, shortfall.eligibleLeaders());
        assertTrue(shortfall.missingMembers() >= 1);
        assertEquals(List.of(), TeamRules.check(p, s.teams()));
    }

    @Test
    void withoutExaminersEveryApplicationIsShort() {
        AssignmentSolution s = solver.solve(problem(3, List.of(app(100, "skola"), app(200, "skola")), List.of()));
        assertEquals(List.of(new Shortfall(100, 3, true, 0, 0, 0), new Shortfall(200, 3, true, 0, 0, 0)),
                s.shortfalls());
        assertEquals(2, s.quality().violations());
    }

    @Test
    void aTeamThatCannotGetAnExperiencedMemberIsReportedNotProposed() {
        AssignmentProblem p = problem(2, List.of(app(100, "skola")),
                List.of(new AvailableExaminer(1, 1, true, false, Set.of()), member(2, 1, false, "skola")));
        AssignmentSolution s = solver.solve(p);
        assertEquals(List.of(), s.teams());
        assertEquals(List.of(new Shortfall(100, 1, false, 0, 0, 1)), s.shortfalls());
    }

    // ------------------------------------------------------------------ properties over random problems

    /**
     * Tiny random problems, checked against an exhaustive search: the solver is complete exactly when some
     * assignment satisfies every hard rule (experienced member included), and its teams never break one.
     */
    @Test
    void completeExactlyWhenAFeasibleAssignmentExists() {
        Random random = new Random(4711);
        int feasible = 0;
        for (int round = 0; round < Integer.getInteger("solver.rounds", 400); round++) {
            AssignmentProblem p = tinyRandom(random);
            AssignmentSolution s = solver.solve(p);
            assertSound(p, s);
            boolean exists = feasible(p);
            if (exists) {
                feasible++;
            }
            assertEquals(exists, s.complete(), () -> "round " + describe(p) + " -> " + s);
        }
        assertTrue(feasible > 100, "enough feasible cases: " + feasible);
    }

    /** Larger random problems with a planted solution: the solver must find a complete one. */
    @Test
    void findsAFullAssignmentWhenOneIsPlanted() {
        Random random = new Random(20261122);
        for (int round = 0; round < Integer.getInteger("solver.rounds", 300); round++) {
            AssignmentProblem p = planted(random);
            AssignmentSolution s = solver.solve(p);
            assertSound(p, s);
            assertTrue(s.complete(), () -> "planted: " + describe(p) + " -> " + s.shortfalls());
        }

    }

    /** Random problems, often infeasible: whatever comes out never breaks a hard rule and accounts for all. */
    @Test
    void neverBreaksAHardRule() {
        Random random = new Random(99);
        for (int round = 0; round < 200; round++) {
            AssignmentProblem p = AssignmentBenchmark.generate(5 + random.nextInt(40), 3 + random.nextInt(15),
                    2 + random.nextInt(3), random.nextLong());
            assertSound(p, solver.solve(p));
        }
    }

    @Test
    void benchmarkDataIsStaffedCompletely() {
        AssignmentProblem p = AssignmentBenchmark.generate(300, 40, 3, 7);
        AssignmentSolution s = solver.solve(p);
        assertTrue(s.complete());
        assertEquals(0, s.quality().violations());
        assertEquals(List.of(), TeamRules.check(p, s.teams()));
    }

    // ------------------------------------------------------------------ helpers

    private static void assertSound(AssignmentProblem p, AssignmentSolution s) {
        assertEquals(List.of(), TeamRules.check(p, s.teams()));
        Map<Long, AvailableExaminer> examiners = new HashMap<>();
        p.examiners().forEach(e -> examiners.putIfAbsent(e.examinerId(), e));
        Map<Long, Integer> load = new HashMap<>();
        Set<Long> accounted = new HashSet<>();
        for (ProposedTeam team : s.teams()) {
            assertTrue(accounted.add(team.applicationId()));
            assertEquals(team.leaderId(), team.memberIds().get(0), "leader first");
            assertTrue(examiners.get(team.leaderId()).leaderEligible());
            assertEquals(p.teamSize(), Set.copyOf(team.memberIds()).size());
            for (long id : team.memberIds()) {
                assertFalse(p.conflicted(id, team.applicationId()));
                load.merge(id, 1, Integer::sum);
            }
        }
        load.forEach((id, l) -> assertTrue(l <= examiners.get(id).capacity()));
        for (Shortfall shortfall : s.shortfalls()) {
            assertTrue(accounted.add(shortfall.applicationId()));
            assertTrue(shortfall.missingMembers() >= 1 && shortfall.missingMembers() <= p.teamSize());
        }
        assertEquals(p.applications().size(), accounted.size());
        assertEquals(s.shortfalls().size(), s.quality().violations());
    }

    private static AssignmentProblem tinyRandom(Random random) {
        int teamSize = 2 + random.nextInt(2);
        int apps = 1 + random.nextInt(3);
        int count = teamSize + random.nextInt(4);
        List<ApplicationToStaff> applications = new ArrayList<>();
        for (int a = 0; a < apps; a++) {
            applications.add(app(100 + a, "area" + random.nextInt(2)));
        }
        List<AvailableExaminer> examiners = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            examiners.add(new AvailableExaminer(1 + e, random.nextInt(4), random.nextDouble() < 0.4,
                    random.nextDouble() < 0.55, random.nextBoolean() ? Set.of("area0") : Set.of("area1")));
        }
        Pairs conflicts = new Pairs();
        Pairs earlier = new Pairs();
        for (int e = 0; e < count; e++) {
            for (int a = 0; a < apps; a++) {
                if (random.nextDouble() < 0.15) {
                    conflicts.add(1 + e, 100 + a);
                }
            }
            for (int f = e + 1; f < count; f++) {
                if (random.nextDouble() < 0.2) {
                    earlier.add(1 + e, 1 + f);
                }
            }
        }
        return new AssignmentProblem(teamSize, applications, examiners, conflicts, earlier);
    }

    /**
     * A random problem built around a hidden valid assignment: capacities are exactly the planted loads plus a
     * little slack, conflicts avoid the planted pairs, and the planted leaders are often new (with an experienced
     * member), the hardest case for the experienced rule.
     */
    private static AssignmentProblem planted(Random random) {
        int teamSize = 2 + random.nextInt(5);
        int count = teamSize + random.nextInt(12);
        int apps = 1 + random.nextInt(25);
        boolean[] eligible = new boolean[count];
        boolean[] experienced = new boolean[count];
        for (int e = 0; e < count; e++) {
            eligible[e] = random.nextDouble() < 0.3;
            experienced[e] = random.nextDouble() < 0.5;
        }
        eligible[0] = true;
        experienced[1] = true;
        int[] load = new int[count];
        Set<Long> planted = new HashSet<>();
        List<ApplicationToStaff> applications = new ArrayList<>();
        for (int a = 0; a < apps; a++) {
            applications.add(app(100 + a, "area" + random.nextInt(3)));
            List<Integer> pool = new ArrayList<>();
            for (int e = 0; e < count; e++) {
                pool.add(e);
            }
            java.util.Collections.shuffle(pool, random);
            List<Integer> members = new ArrayList<>(pool.subList(0, teamSize));
            if (members.stream().noneMatch(e -> eligible[e])) {
                int leader = firstWhere(pool, e -> eligible[e]);
                members.set(0, leader);
            }
            if (members.stream().noneMatch(e -> experienced[e])) {
                int senior = firstWhere(pool, e -> experienced[e] && !members.contains(e));
                int replaced = members.get(0);
                int seat = eligible[replaced] && members.stream().filter(e -> eligible[e]).count() == 1 ? 1 : 0;
                members.set(seat, senior);
            }
            for (int e : members) {
                load[e]++;
                planted.add((long) e * 1000 + a);
            }
        }
        List<AvailableExaminer> examiners = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            Set<String> competences = Set.of("area" + random.nextInt(3));
            examiners.add(new AvailableExaminer(1 + e, load[e] + (random.nextDouble() < 0.3 ? 1 : 0), eligible[e],
                    experienced[e], competences));
        }
        Pairs conflicts = new Pairs();
        for (int e = 0; e < count; e++) {
            for (int a = 0; a < apps; a++) {
                if (!planted.contains((long) e * 1000 + a) && random.nextDouble() < 0.3) {
                    conflicts.add(1 + e, 100 + a);
                }
            }
        }
        Pairs earlier = new Pairs();
        for (int i = 0; i < count; i++) {
            int x = random.nextInt(count);
            int y = random.nextInt(count);
            if (x != y) {
                earlier.add(1 + Math.min(x, y), 1 + Math.max(x, y));
            }
        }
        return new AssignmentProblem(teamSize, applications, examiners, conflicts, earlier);
    }

    private static int firstWhere(List<Integer> pool, java.util.function.IntPredicate test) {
        return pool.stream().filter(test::test).findFirst().orElseThrow();
    }

    /** Exhaustive search: does an assignment satisfying every hard rule exist? */
    static boolean feasible(AssignmentProblem p) {
        List<AvailableExaminer> examiners = p.examiners();
        int[] room = examiners.stream().mapToInt(e -> Math.max(0, e.capacity())).toArray();
        return feasibleFrom(p, 0, room, new int[p.teamSize()], 0, 0);
    }

    private static boolean feasibleFrom(AssignmentProblem p, int app, int[] room, int[] chosen, int size, int next) {
        if (app == p.applications().size()) {
            return true;
        }
        List<AvailableExaminer> examiners = p.examiners();
        if (size == p.teamSize()) {
            boolean leader = false;
            boolean senior = false;
            for (int i = 0; i < size; i++) {
                leader |= examiners.get(chosen[i]).leaderEligible();
                senior |= examiners.get(chosen[i]).experienced();
            }
            if (!leader || !senior) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                room[chosen[i]]--;
            }
            boolean rest = feasibleFrom(p, app + 1, room, new int[p.teamSize()], 0, 0);
            for (int i = 0; i < size; i++) {
                room[chosen[i]]++;
            }
            return rest;
        }
        long appId = p.applications().get(app).applicationId();
        for (int e = next; e < examiners.size(); e++) {
            if (room[e] > 0 && !p.conflicted(examiners.get(e).examinerId(), appId)) {
                chosen[size] = e;
                if (feasibleFrom(p, app, room, chosen, size + 1, e + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The obvious greedy pass: per application in order, the best-matching leader, then the best members. */
    private static List<ProposedTeam> greedy(AssignmentProblem p) {
        Map<Long, Integer> used = new HashMap<>();
        List<ProposedTeam> teams = new ArrayList<>();
        for (ApplicationToStaff a : p.applications()) {
            List<AvailableExaminer> free = p.examiners().stream()
                    .filter(e -> !p.conflicted(e.examinerId(), a.applicationId()))
                    .filter(e -> used.getOrDefault(e.examinerId(), 0) < e.capacity())
                    .sorted((x, y) -> Boolean.compare(y.competences().contains(a.serviceArea()),
                            x.competences().contains(a.serviceArea())))
                    .toList();
            AvailableExaminer leader = free.stream().filter(AvailableExaminer::leaderEligible).findFirst()
                    .orElse(null);
            if (leader == null) {
                return null;
            }
            List<Long> members = new ArrayList<>(List.of(leader.examinerId()));
            free.stream().filter(e -> e != leader).limit(p.teamSize() - 1L)
                    .forEach(e -> members.add(e.examinerId()));
            if (members.size() < p.teamSize()) {
                return null;
            }
            members.forEach(id -> used.merge(id, 1, Integer::sum));
            teams.add(new ProposedTeam(a.applicationId(), leader.examinerId(), members));
        }
        return teams;
    }

    private static Map<Long, Long> leaders(AssignmentSolution s) {
        Map<Long, Long> leaders = new HashMap<>();
        s.teams().forEach(t -> leaders.put(t.applicationId(), t.leaderId()));
        return leaders;
    }

    private static String describe(AssignmentProblem p) {
        return "team " + p.teamSize() + " apps " + p.applications() + " examiners " + p.examiners();
    }

    static AssignmentProblem problem(int teamSize, List<ApplicationToStaff> apps, List<AvailableExaminer> examiners) {
        return new AssignmentProblem(teamSize, apps, examiners, new Pairs(), new Pairs());
    }

    static ApplicationToStaff app(long id, String area) {
        return new ApplicationToStaff(id, area);
    }

    static AvailableExaminer leader(long id, int capacity, String area) {
        return new AvailableExaminer(id, capacity, true, true, Set.of(area));
    }

    static AvailableExaminer member(long id, int capacity, boolean experienced, String area) {
        return new AvailableExaminer(id, capacity, false, experienced, Set.of(area));
    }
}

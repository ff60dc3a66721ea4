package se.kvalitet.assignments.control;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark of {@link TeamSolver} on generated, realistic, deterministic data (run by {@code scripts/bench-assignment};
 * deliberately not a test: timings belong in a report, not in a pass/fail gate on a shared machine).
 */
public final class AssignmentBenchmark {

    static final List<String> AREAS = List.of("förskola", "grundskola", "gymnasium", "äldreomsorg",
            "funktionsstöd", "individ- och familjeomsorg", "kultur", "stadsmiljö");

    private AssignmentBenchmark() {
    }

    /**
     * A cycle like the city's, scaled: ~20% leader-eligible examiners (mostly experienced), ~30% new, 1–3
     * competences each, capacities 15–30% above the seats (leaders with more, as they take the leader seats),
     * conflicts with every application of the examiner's own administration (one of 15) plus a few declared ones,
     * and the pairs of a simulated last cycle.
     */
    static AssignmentProblem generate(int applicationCount, int examinerCount, int teamSize, long seed) {
        Random random = new Random(seed);
        int administrations = 15;
        List<ApplicationToStaff> applications = new ArrayList<>();
        int[] administrationOf = new int[applicationCount];
        for (int a = 0; a < applicationCount; a++) {
            applications.add(new ApplicationToStaff(1000 + a, AREAS.get(random.nextInt(AREAS.size()))));
            administrationOf[a] = random.nextInt(administrations);
        }
        int leaders = Math.max(1, Math.round(examinerCount * 0.2f));
        double slack = 1.15 + 0.15 * random.nextDouble();
        double leaderTotal = applicationCount * 1.25;
        double memberTotal = applicationCount * teamSize * slack - leaderTotal;
        boolean[] eligible = new boolean[examinerCount];
        double[] weight = new double[examinerCount];
        double leaderWeights = 0;
        double memberWeights = 0;
        for (int e = 0; e < examinerCount; e++) {
            eligible[e] = e % 5 == 0 && e / 5 < leaders;
            weight[e] = 0.7 + 0.6 * random.nextDouble();
            if (eligible[e]) {
                leaderWeights += weight[e];
            } else {
                memberWeights += weight[e];
            }
        }
        List<AvailableExaminer> examiners = new ArrayList<>();
        Pairs conflicts = new Pairs();
        for (int e = 0; e < examinerCount; e++) {
            long id = 1 + e;
            boolean experienced = eligible[e] ? random.nextDouble() > 0.1 : random.nextDouble() > 0.35;
            int capacity = (int) Math.round(eligible[e] ? weight[e] * leaderTotal / leaderWeights
                    : weight[e] * memberTotal / memberWeights);
            Set<String> competences = new HashSet<>();
            int count = 1 + random.nextInt(3);
            while (competences.size() < count) {
                competences.add(AREAS.get(random.nextInt(AREAS.size())));
            }
            examiners.add(new AvailableExaminer(id, capacity, eligible[e], experienced, competences));
            int own = random.nextInt(administrations);
            for (int a = 0; a < applicationCount; a++) {
                if (administrationOf[a] == own) {
                    conflicts.add(id, 1000 + a);
                }
            }
            for (int declared = random.nextInt(4); declared > 0; declared--) {
                conflicts.add(id, 1000 + random.nextInt(applicationCount));
            }
        }
        Pairs earlier = new Pairs();
        for (int previous = 0; previous < examinerCount * 2 / 3; previous++) {
            int[] members = random.ints(0, examinerCount).distinct().limit(3).toArray();
            for (int i = 0; i < members.length; i++) {
                for (int j = i + 1; j < members.length; j++) {
                    long x = 1 + members[i];
                    long y = 1 + members[j];
                    earlier.add(Math.min(x, y), Math.max(x, y));
                }
            }
        }
        return new AssignmentProblem(teamSize, applications, examiners, conflicts, earlier);
    }

    /** Load ranges of leader-eligible and other examiners: the leader seats make the two groups' loads differ. */
    private static String loads(AssignmentProblem problem, AssignmentSolution solution) {
        java.util.Map<Long, Integer> load = new java.util.HashMap<>();
        solution.teams().forEach(t -> t.memberIds().forEach(id -> load.merge(id, 1, Integer::sum)));
        java.util.IntSummaryStatistics leaders = new java.util.IntSummaryStatistics();
        java.util.IntSummaryStatistics others = new java.util.IntSummaryStatistics();
        java.util.IntSummaryStatistics free = new java.util.IntSummaryStatistics();
        for (AvailableExaminer e : problem.examiners()) {
            int l = load.getOrDefault(e.examinerId(), 0);
            (e.leaderEligible() ? leaders : others).accept(l);
            free.accept(e.capacity() - l);
        }
        return String.format(Locale.ROOT, "load of leader-eligible %d-%d (mean %.1f), of others %d-%d (mean %.1f);"
                        + " capacity left per examiner %d-%d", leaders.getMin(), leaders.getMax(), leaders.getAverage(),
                others.getMin(), others.getMax(), others.getAverage(), free.getMin(), free.getMax());
    }

    /** The big case with a tenth of every capacity taken away: shows the cost of an infeasible input. */
    private static void benchShort(int warmups) {
        AssignmentProblem full = generate(2000, 150, 3, 20261122L + 2000);
        List<AvailableExaminer> reduced = full.examiners().stream()
                .map(e -> new AvailableExaminer(e.examinerId(), e.capacity() * 8 / 10, e.leaderEligible(),
                        e.experienced(), e.competences()))
                .toList();
        AssignmentProblem p = new AssignmentProblem(3, full.applications(), reduced, full.conflicts(),
                full.earlierPairs());
        TeamSolver solver = new TeamSolver();
        for (int i = 0; i < warmups; i++) {
            solver.solve(p);
        }
        long start = System.nanoTime();
        AssignmentSolution s = solver.solve(p);
        long ms = Math.round((System.nanoTime() - start) / 1e6);
        System.out.printf(Locale.ROOT, "infeasible 2000x150 (capacities -20%%): %d ms, %d complete teams,"
                + " %d shortfalls, violations=%d%n", ms, s.teams().size(), s.shortfalls().size(),
                s.quality().violations());
    }

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        List<String> summary = new ArrayList<>();
        summary.add(bench(300, 40, 3, warmups, runs));
        summary.add(bench(2000, 150, 3, warmups, runs));
        benchShort(Math.min(warmups, 2));
        System.out.println();
        summary.forEach(System.out::println);
    }

    private static String bench(int applications, int examiners, int teamSize, int warmups, int runs) {
        AssignmentProblem problem = generate(applications, examiners, teamSize, 20261122L + applications);
        String name = "assignment " + applications + "x" + examiners + " team=" + teamSize;
        int capacity = problem.examiners().stream().mapToInt(AvailableExaminer::capacity).sum();
        System.out.printf(Locale.ROOT, "%s: %d seats, capacity %d (+%.0f%%), %d conflict pairs, %d earlier pairs%n",
                name, applications * teamSize, capacity, 100.0 * capacity / (applications * teamSize) - 100,
                problem.conflicts().size(), problem.earlierPairs().size());
        TeamSolver solver = new TeamSolver();
        for (int i = 0; i < warmups; i++) {
            solver.solve(problem);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        AssignmentSolution solution = null;
        long allocated = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long before = threads.getCurrentThreadAllocatedBytes();
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            solution = solver.solve(problem);
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed();
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        long median = Math.round(nanos[runs / 2] / 1e6);
        AssignmentSolution.Quality q = solution.quality();
        System.out.printf(Locale.ROOT, "%s: %d runs (ms) min %.1f median %.1f max %.1f; thread CPU median %.1f;"
                        + " allocated per solve %.1f MB, heap used after GC %.1f MB; load average %.1f on %d cores%n",
                name, runs, nanos[0] / 1e6, nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6, cpu[runs / 2] / 1e6,
                allocated / 1e6, retained / 1e6, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%s: complete=%s teams=%d shortfalls=%d violations=%d max-load-spread=%d"
                        + " competence-match=%.3f teams-with-several-new=%d repeated-pairs=%d%n", name,
                solution.complete(), solution.teams().size(), solution.shortfalls().size(), q.violations(),
                q.maxLoadSpread(), q.competenceMatchRate(), q.teamsWithSeveralNew(), q.repeatedPairs());
        System.out.println(name + ": " + loads(problem, solution));
        return String.format(Locale.ROOT, "%s: %d ms, violations=%d, max-load-spread=%d", name, median,
                q.violations(), q.maxLoadSpread());
    }
}

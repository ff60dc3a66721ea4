package se.kvalitet.it.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints where a test run's time went, so the next slow test is found by reading: the whole run, the server
 * start and the database rebuild (integration tests), and every test class, slowest first. Registered for
 * every JUnit run (META-INF/services); Surefire and Failsafe name their run with {@code timings.label}.
 */
public class Timings implements TestExecutionListener {

    private static final List<String> NOTES = new ArrayList<>();
    private final Map<String, Long> classStarts = new ConcurrentHashMap<>();
    private final Map<String, Long> classMillis = new ConcurrentHashMap<>();
    private long runStart;

    /** The shared server's start, measured by the container. */
    static synchronized void serverStarted(long millis) {
        NOTES.add(line("server start (Payara Micro with the demo data)", millis));
    }

    static synchronized void note(String what, long millis) {
        NOTES.add(line(what, millis));
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        runStart = System.nanoTime();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        className(id).ifPresent(name -> classStarts.put(name, System.nanoTime()));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        className(id).ifPresent(name -> {
            Long start = classStarts.remove(name);
            if (start != null) {
                classMillis.put(name, (System.nanoTime() - start) / 1_000_000);
            }
        });
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        // a skipped class takes no time worth reporting
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (classMillis.isEmpty()) {
            return;
        }
        long tests = plan.countTestIdentifiers(TestIdentifier::isTest);
        String label = System.getProperty("timings.label", "tests");
        var out = new StringBuilder("\n[timings] ").append(label).append(": ").append(tests).append(" test cases in ")
                .append(classMillis.size()).append(" classes, ")
                .append(seconds((System.nanoTime() - runStart) / 1_000_000)).append('\n');
        synchronized (Timings.class) {
            NOTES.forEach(n -> out.append("[timings]   ").append(n).append('\n'));
        }
        int limit = Integer.getInteger("timings.classes", 15);
        out.append(limit < classMillis.size() ? "[timings]   the slowest classes:\n" : "[timings]   every class, slowest first:\n");
        classMillis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> out.append("[timings]     ").append(line(e.getKey(), e.getValue())).append('\n'));
        System.out.println(out);
    }

    private static java.util.Optional<String> className(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getClassName()
                .replaceFirst("^se\\.kvalitet\\.", ""));
    }

    private static String line(String what, long millis) {
        return String.format("%-70s %s", what, seconds(millis));
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }
}

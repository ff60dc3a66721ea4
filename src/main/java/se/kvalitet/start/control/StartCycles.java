package se.kvalitet.start.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kvalitet.cycles.boundary.Cycles.CycleOverview;
import se.kvalitet.platform.security.Role;
import se.kvalitet.start.control.TaskList.Task;

/**
 * Which cycles a person's start page speaks of, per role, when several are under way (next year's applications
 * open while this year's jury works): each cycle the person has work in, with that cycle's tasks.
 */
public final class StartCycles {

    /** What the start page knows of the person's own work: their teams' cycles and their unit's applications'. */
    public record Work(Set<Long> teamCycles, Set<Long> unitApplicationCycles) {
        public static final Work NONE = new Work(Set.of(), Set.of());
    }

    /** Phases in which an examiner prepares (register, conflicts) before any team is set. */
    static final Set<String> EXAMINER_PREPARES = Set.of("APPLICATION_OPEN", "APPLICATION_CLOSED");

    private StartCycles() {
    }

    /**
     * The cycles a role has work in, oldest first, out of every cycle not closed:
     * <ul>
     * <li>administrator: every one;</li>
     * <li>applicant: the cycles accepting applications (announced), a planned one with its opening day, and those in
     * which the unit has applied;</li>
     * <li>examiner: the cycles being prepared for review, and those in which they sit on a team;</li>
     * <li>juror: every one past planning (conflicts, renewal-prize scores, the jury's work, the announcement).</li>
     * </ul>
     */
    public static List<CycleOverview> relevant(Role role, List<CycleOverview> notClosed, Work work) {
        return notClosed.stream().filter(c -> switch (role) {
            case ADMIN -> true;
            case APPLICANT -> c.phase().equals("APPLICATION_OPEN")
                    || (c.phase().equals("PLANNING") && c.applicationOpensOn() != null)
                    || (!c.phase().equals("PLANNING") && work.unitApplicationCycles().contains(c.id()));
            case EXAMINER -> EXAMINER_PREPARES.contains(c.phase()) || work.teamCycles().contains(c.id());
            case JURY -> !c.phase().equals("PLANNING");
            case STAFF -> false;
        }).toList();
    }

    /**
     * Every role's tasks over the cycles it has work in, in role order; a role with no such cycle gets its tasks
     * for no cycle ("nothing just now"), staff their one task. The same task is not said twice.
     */
    public static List<Task> tasks(Set<Role> roles, List<CycleOverview> notClosed, Work work) {
        var tasks = new LinkedHashSet<Task>();
        for (Role role : Role.values()) {
            if (!roles.contains(role)) {
                continue;
            }
            var cycles = relevant(role, notClosed, work);
            if (cycles.isEmpty()) {
                tasks.addAll(TaskList.forRole(role, null));
            } else {
                cycles.forEach(cycle -> tasks.addAll(TaskList.forRole(role, cycle)));
            }
        }
        return new ArrayList<>(tasks);
    }

    /** The cycles shown on the start page: every cycle any of the person's roles has work in, oldest first. */
    public static List<CycleOverview> shown(Set<Role> roles, List<CycleOverview> notClosed, Work work) {
        Map<Long, CycleOverview> shown = new LinkedHashMap<>();
        for (CycleOverview cycle : notClosed) {
            for (Role role : roles) {
                if (relevant(role, List.of(cycle), work).contains(cycle)) {
                    shown.put(cycle.id(), cycle);
                }
            }
        }
        return List.copyOf(shown.values());
    }
}

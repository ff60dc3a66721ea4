package se.kvalitet.start.control;

import se.kvalitet.platform.i18n.Localizable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.kvalitet.cycles.boundary.Cycles.CycleOverview;
import se.kvalitet.platform.security.Role;

/**
 * What a person has to do now, from their roles and the phase of the current cycle. Each task is a
 * message key with arguments and, where there is one, the page to do it on.
 */
public final class TaskList {

    /** One thing to do: a message key, its arguments, and an optional link. */
    public record Task(Role role, String messageKey, List<Object> arguments, String link) {
    }

    /** A phase as a task argument: shown in the reader's language. */
    public record PhaseName(String phase) implements Localizable {
        @Override
        public String messageKey() {
            return "cycle.phase." + phase;
        }
    }

    /** The applicant's own applications, over the years. */
    static final String APPLICATIONS = "/applications/mine.xhtml";
    static final String EXAMINER_REGISTER = "/examiners/register.xhtml";
    static final String MY_EXAMINER_RECORD = "/examiners/mine.xhtml";
    static final String MY_CONFLICTS = "/conflicts/mine.xhtml";
    static final String MY_ASSIGNMENTS = "/assignments/mine.xhtml";
    static final String PROPOSAL = "/assignments/proposal.xhtml";
    static final String JURY_WORKSPACE = "/jury/workspace.xhtml";
    static final String RENEWAL_ENTRIES = "/renewal/entries.xhtml";

    /** The phases in which the jury scores the renewal prize's entries: from the close of applications on. */
    static final java.util.Set<String> RENEWAL_SCORING = java.util.Set.of("APPLICATION_CLOSED", "INDIVIDUAL_REVIEW",
            "CONSENSUS", "SITE_VISITS", "JURY");

    private TaskList() {
    }

    public static List<Task> tasks(Set<Role> roles, CycleOverview cycle) {
        List<Task> tasks = new ArrayList<>();
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                tasks.addAll(forRole(role, cycle));
            }
        }
        return tasks;
    }

    /** One role's tasks in one cycle (null: no cycle for that role). */
    public static List<Task> forRole(Role role, CycleOverview cycle) {
        return switch (role) {
            case ADMIN -> admin(cycle);
            case APPLICANT -> applicant(cycle);
            case EXAMINER -> examiner(cycle);
            case JURY -> jury(cycle);
            case STAFF -> List.of(new Task(Role.STAFF, "start.staff.library", List.of(), null));
        };
    }

    static List<Task> admin(CycleOverview cycle) {
        if (cycle == null) {
            return List.of(new Task(Role.ADMIN, "start.admin.openCycle", List.of(), "/cycles/cycles.xhtml"));
        }
        List<Task> tasks = new ArrayList<>();
        String cycleLink = "/cycles/cycle.xhtml?id=" + cycle.id();
        if (cycle.phase().equals("PLANNING")) {
            if (cycle.categories().isEmpty()) {
                tasks.add(new Task(Role.ADMIN, "start.admin.addCategories", List.of(cycle.year()), cycleLink));
            }
            for (String award : cycle.categoriesWithoutModel()) {
                tasks.add(new Task(Role.ADMIN, "start.admin.chooseModel." + award, List.of(cycle.year()), cycleLink));
            }
            if (cycle.applicationOpensOn() == null || cycle.applicationClosesAt() == null) {
                tasks.add(new Task(Role.ADMIN, "start.admin.setDates", List.of(cycle.year()), cycleLink));
            }
            if (tasks.isEmpty()) {
                tasks.add(new Task(Role.ADMIN, "start.admin.readyToOpen", List.of(cycle.year()), cycleLink));
            }
        } else {
            if (cycle.phase().equals("APPLICATION_OPEN")) {
                tasks.add(new Task(Role.ADMIN, "start.admin.examiners", List.of(cycle.year()), EXAMINER_REGISTER));
            }
            if (cycle.phase().equals("APPLICATION_CLOSED") || cycle.phase().equals("INDIVIDUAL_REVIEW")) {
                tasks.add(new Task(Role.ADMIN, "start.admin.assign", List.of(cycle.year()), PROPOSAL));
            }
            tasks.add(new Task(Role.ADMIN, "start.admin.phase", List.of(cycle.year(), new PhaseName(cycle.phase())), cycleLink));
        }
        return tasks;
    }

    static List<Task> applicant(CycleOverview cycle) {
        if (cycle == null || cycle.phase().equals("PLANNING")) {
            return List.of(new Task(Role.APPLICANT, cycle != null && cycle.applicationOpensOn() != null
                    ? "start.applicant.opensOn" : "start.applicant.nothingOpen",
                    cycle != null && cycle.applicationOpensOn() != null ? List.of(cycle.applicationOpensOn()) : List.of(), null));
        }
        if (cycle.phase().equals("APPLICATION_OPEN")) {
            return List.of(new Task(Role.APPLICANT, "start.applicant.open", List.of(cycle.year(),
                    java.util.Date.from(cycle.applicationClosesAt())), APPLICATIONS));
        }
        return List.of(new Task(Role.APPLICANT, "start.applicant.underWay", List.of(cycle.year(), new PhaseName(cycle.phase())),
                APPLICATIONS));
    }

    static List<Task> examiner(CycleOverview cycle) {
        if (cycle == null) {
            return List.of(new Task(Role.EXAMINER, "start.examiner.nothing", List.of(), null));
        }
        return switch (cycle.phase()) {
            case "INDIVIDUAL_REVIEW" -> List.of(
                    new Task(Role.EXAMINER, "start.examiner.review", List.of(cycle.year()), MY_ASSIGNMENTS),
                    new Task(Role.EXAMINER, "start.examiner.conflicts", List.of(cycle.year()), MY_CONFLICTS));
            case "CONSENSUS", "SITE_VISITS" -> List.of(
                    new Task(Role.EXAMINER, "start.examiner.consensus", List.of(cycle.year()), MY_ASSIGNMENTS));
            // the jury works on the closed consensus results; a late team may still finish its own
            case "JURY" -> List.of(
                    new Task(Role.EXAMINER, "start.examiner.lateTeams", List.of(cycle.year()), MY_ASSIGNMENTS));
            case "PLANNING", "APPLICATION_OPEN", "APPLICATION_CLOSED" -> List.of(cycle.reviewStartsOn() == null
                    ? new Task(Role.EXAMINER, "start.examiner.nothing", List.of(), null)
                    : new Task(Role.EXAMINER, "start.examiner.reviewStarts", List.of(cycle.reviewStartsOn()), MY_ASSIGNMENTS),
                    new Task(Role.EXAMINER, "start.examiner.record", List.of(cycle.year()), MY_EXAMINER_RECORD),
                    new Task(Role.EXAMINER, "start.examiner.conflicts", List.of(cycle.year()), MY_CONFLICTS));
            default -> List.of(new Task(Role.EXAMINER, "start.examiner.done", List.of(cycle.year()), null));
        };
    }

    static List<Task> jury(CycleOverview cycle) {
        List<Task> tasks = new ArrayList<>();
        if (cycle != null && cycle.phase().equals("JURY")) {
            tasks.add(new Task(Role.JURY, "start.jury.now", List.of(cycle.year()), JURY_WORKSPACE));
        } else if (cycle != null && cycle.juryStartsOn() != null) {
            tasks.add(new Task(Role.JURY, "start.jury.startsOn", List.of(cycle.juryStartsOn()), null));
        } else {
            tasks.add(new Task(Role.JURY, "start.jury.nothing", List.of(), null));
        }
        if (cycle != null && RENEWAL_SCORING.contains(cycle.phase())) {
            // the renewal prize has no examiner teams: its entries wait for the jury's own scores
            tasks.add(new Task(Role.JURY, "start.jury.renewal", List.of(cycle.year()), RENEWAL_ENTRIES));
        }
        if (cycle != null && !cycle.phase().equals("ANNOUNCED") && !cycle.phase().equals("FEEDBACK")) {
            // conflicts are declared before the jury sees anything, so that recusals are known in time
            tasks.add(new Task(Role.JURY, "start.jury.conflicts", List.of(cycle.year()), MY_CONFLICTS));
        }
        return tasks;
    }
}

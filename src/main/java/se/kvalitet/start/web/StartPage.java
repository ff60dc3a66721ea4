package se.kvalitet.start.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.boundary.Cycles.CycleOverview;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.people.boundary.CurrentPerson.Caller;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.start.control.TaskList;

/** The start page: who you are, the current cycle, and what you have to do now, per role. */
@Named
@RequestScoped
public class StartPage {

    /** A task ready to show: localized text and optional link. */
    public record ShownTask(String role, String text, String link) {
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Cycles cycles;

    private Caller caller;
    private CycleOverview cycle;
    private List<ShownTask> tasks;

    @PostConstruct
    void load() {
        caller = currentPerson.caller().orElse(null);
        cycle = cycles.currentOverview().orElse(null);
        Set<Role> roles = caller == null ? Set.of() : caller.roles();
        tasks = TaskList.tasks(roles, cycle).stream()
                .map(t -> new ShownTask(t.role().name(), Messages.text(t.messageKey(), t.arguments().toArray()), t.link()))
                .toList();
    }


    public Caller getCaller() { return caller; }
    public CycleOverview getCycle() { return cycle; }
    public List<ShownTask> getTasks() { return tasks; }
    public boolean has(String role) { return caller != null && caller.has(Role.valueOf(role)); }
}

package se.kvalitet.start.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.kvalitet.applications.boundary.ApplicationSummary;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.DeadlineExtensions;
import se.kvalitet.assignments.boundary.MyTeams;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.boundary.Cycles.CycleOverview;
import se.kvalitet.examples.boundary.GoodExamples;
import se.kvalitet.jury.boundary.JuryVerdicts;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.people.boundary.CurrentPerson.Caller;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.start.control.StartCycles;
import se.kvalitet.start.control.TaskList;
import se.kvalitet.start.control.UnitNotices;

/**
 * The start page: who you are, each cycle you have work in (several may be under way: next year's applications
 * open while this year's jury works), and what you have to do now in each, per role.
 */
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

    @Inject
    MyTeams myTeams;

    @Inject
    Applications applications;

    @Inject
    DeadlineExtensions extensions;

    @Inject
    JuryVerdicts verdicts;

    @Inject
    GoodExamples examples;

    private Caller caller;
    private List<CycleOverview> shownCycles;
    private List<ShownTask> tasks;

    @PostConstruct
    void load() {
        caller = currentPerson.caller().orElse(null);
        Set<Role> roles = caller == null ? Set.of() : caller.roles();
        var notClosed = cycles.notClosedOverviews();
        var work = new StartCycles.Work(
                roles.contains(Role.EXAMINER) ? myTeams.cyclesWithMyTeams() : Set.of(),
                roles.contains(Role.APPLICANT) ? applications.listForMyUnit().stream()
                        .map(ApplicationSummary::cycleId).collect(Collectors.toSet()) : Set.of());
        shownCycles = StartCycles.shown(roles, notClosed, work);
        tasks = StartCycles.tasks(roles, notClosed, work).stream()
                .map(t -> new ShownTask(t.role().name(), Messages.text(t.messageKey(), t.arguments().toArray()), t.link()))
                .toList();
        if (roles.contains(Role.APPLICANT) && caller.unitId() != null) {
            tasks = new ArrayList<>(tasks);
            tasks.addAll(unitNotices());
        }
    }

    /** The unit's news: a decision announced lately, records waiting for the unit's consent, a later deadline. */
    private List<ShownTask> unitNotices() {
        var decisions = verdicts.mine().stream().map(d -> new UnitNotices.Decision(d.cycleYear(),
                d.registrationNumber(), "jury.outcome." + d.outcome(), d.announcedAt())).toList();
        var records = examples.ofMyUnit().stream().map(e -> new UnitNotices.Example(e.id(), e.year(), e.title(),
                e.internalConsent(), e.publicConsent())).toList();
        var notices = new ArrayList<>(UnitNotices.notices(decisions, records, Instant.now()).stream()
                .map(n -> new ShownTask(Role.APPLICANT.name(), Messages.text(n.messageKey(), n.arguments().toArray()),
                        n.link())).toList());
        // a draft with a deadline of its own: the unit sees its own date, not only the cycle's
        extensions.extensionsOfMyUnit().forEach(x -> notices.add(new ShownTask(Role.APPLICANT.name(),
                Messages.text("start.applicant.extension", x.cycleYear(), Date.from(x.until()), x.reason()),
                "/applications/edit.xhtml?id=" + x.applicationId())));
        return notices;
    }

    public Caller getCaller() { return caller; }
    public List<CycleOverview> getCycles() { return shownCycles; }
    public List<ShownTask> getTasks() { return tasks; }
    public boolean has(String role) { return caller != null && caller.has(Role.valueOf(role)); }
}

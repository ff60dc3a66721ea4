package se.kvalitet.start.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kvalitet.cycles.boundary.Cycles.CycleOverview;
import se.kvalitet.platform.security.Role;
import se.kvalitet.start.control.TaskList.Task;

/** Start pages when several cycles are under way: this year's with the jury, next year's accepting applications. */
class StartCyclesTest {

    static CycleOverview cycle(long id, int year, String phase, LocalDate opens) {
        return new CycleOverview(id, year, "Utmärkelseåret " + year, phase, opens, Instant.parse(year + "-03-31T14:00:00Z"),
                LocalDate.of(year, 4, 15), LocalDate.of(year, 5, 15), LocalDate.of(year, 6, 1), null, null, List.of(),
                List.of("QUALITY_AWARD", "RENEWAL_PRIZE"));
    }

    static final CycleOverview WITH_JURY = cycle(1, 2026, "JURY", LocalDate.of(2026, 1, 10));
    static final CycleOverview OPEN = cycle(2, 2027, "APPLICATION_OPEN", LocalDate.of(2027, 1, 10));
    static final CycleOverview PLANNED = cycle(3, 2028, "PLANNING", null);
    static final List<CycleOverview> NOT_CLOSED = List.of(WITH_JURY, OPEN, PLANNED);

    static List<String> keys(List<Task> tasks) {
        return tasks.stream().map(Task::messageKey).toList();
    }

    @Test
    void theAdministratorHasWorkInEveryCycleNotClosed() {
        assertEquals(NOT_CLOSED, StartCycles.relevant(Role.ADMIN, NOT_CLOSED, StartCycles.Work.NONE));
        var tasks = StartCycles.tasks(Set.of(Role.ADMIN), NOT_CLOSED, StartCycles.Work.NONE);
        assertTrue(tasks.stream().anyMatch(t -> t.arguments().contains(2026)), tasks.toString());
        assertTrue(tasks.stream().anyMatch(t -> t.messageKey().equals("start.admin.examiners") && t.arguments().contains(2027)),
                "next year's open cycle asks for the examiner register: " + tasks);
        assertTrue(keys(tasks).contains("start.admin.setDates"), "the planned one too: " + tasks);
    }

    @Test
    void theApplicantIsToldOfTheOpenCycleBesideTheirOwnApplication() {
        var work = new StartCycles.Work(Set.of(), Set.of(1L));
        assertEquals(List.of(WITH_JURY, OPEN), StartCycles.relevant(Role.APPLICANT, NOT_CLOSED, work));
        assertEquals(List.of("start.applicant.underWay", "start.applicant.open"),
                keys(StartCycles.tasks(Set.of(Role.APPLICANT), NOT_CLOSED, work)));
        assertEquals(List.of(OPEN), StartCycles.relevant(Role.APPLICANT, NOT_CLOSED, StartCycles.Work.NONE),
                "a unit that did not apply this year hears only of the open cycle");
    }

    @Test
    void theExaminerSeesTheirTeamsCycleAndTheNextOnesPreparation() {
        var work = new StartCycles.Work(Set.of(1L), Set.of());
        assertEquals(List.of(WITH_JURY, OPEN), StartCycles.relevant(Role.EXAMINER, NOT_CLOSED, work));
        var tasks = keys(StartCycles.tasks(Set.of(Role.EXAMINER), NOT_CLOSED, work));
        assertEquals(List.of("start.examiner.lateTeams", "start.examiner.reviewStarts", "start.examiner.record",
                "start.examiner.conflicts"), tasks);
        assertEquals(List.of(OPEN), StartCycles.relevant(Role.EXAMINER, NOT_CLOSED, StartCycles.Work.NONE),
                "no team this year: only next year's preparation");
    }

    @Test
    void aRoleWithoutACycleHearsThereIsNothingAndStaffHaveTheirOneTask() {
        assertEquals(List.of("start.examiner.nothing", "start.staff.library"),
                keys(StartCycles.tasks(Set.of(Role.EXAMINER, Role.STAFF), List.of(PLANNED), StartCycles.Work.NONE)));
        assertEquals(List.of(), StartCycles.shown(Set.of(Role.STAFF), NOT_CLOSED, StartCycles.Work.NONE));
    }

    @Test
    void theStartPageListsEachCycleOnceOldestFirst() {
        var work = new StartCycles.Work(Set.of(1L), Set.of(1L));
        assertEquals(List.of(WITH_JURY, OPEN),
                StartCycles.shown(Set.of(Role.APPLICANT, Role.EXAMINER, Role.JURY), NOT_CLOSED, work));
        assertEquals(List.<Object>of(2026, 2027), StartCycles.tasks(Set.of(Role.JURY), NOT_CLOSED, work).stream()
                .filter(t -> t.messageKey().equals("start.jury.conflicts")).map(t -> t.arguments().get(0)).toList(),
                "the jury declares conflicts for each cycle past planning");
    }
}

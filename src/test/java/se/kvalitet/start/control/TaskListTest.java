package se.kvalitet.start.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kvalitet.cycles.boundary.Cycles.CycleOverview;
import se.kvalitet.platform.security.Role;
import se.kvalitet.start.control.TaskList.Task;

/** What each role is asked to do, phase by phase. */
class TaskListTest {

    static CycleOverview cycle(String phase, List<String> withoutModel, LocalDate opens, Instant closes) {
        return new CycleOverview(7L, 2027, "Utmärkelseåret 2027", phase, opens, closes, LocalDate.of(2027, 8, 25),
                LocalDate.of(2027, 9, 20), LocalDate.of(2027, 10, 18), null, null, withoutModel,
                List.of("QUALITY_AWARD", "RENEWAL_PRIZE"));
    }

    static List<String> keys(List<Task> tasks) {
        return tasks.stream().map(Task::messageKey).toList();
    }

    @Test
    void adminWithoutACycleIsAskedToOpenOne() {
        assertEquals(List.of("start.admin.openCycle"), keys(TaskList.tasks(Set.of(Role.ADMIN), null)));
    }

    @Test
    void adminInPlanningIsAskedForEachMissingPiece() {
        var tasks = TaskList.tasks(Set.of(Role.ADMIN), cycle("PLANNING", List.of("RENEWAL_PRIZE"), null, null));
        assertEquals(List.of("start.admin.chooseModel.RENEWAL_PRIZE", "start.admin.setDates"), keys(tasks));
        assertTrue(tasks.get(0).link().endsWith("id=7"), "links to the cycle page");
    }

    @Test
    void adminInPlanningWithEverythingSetIsToldToOpen() {
        var tasks = TaskList.tasks(Set.of(Role.ADMIN), cycle("PLANNING", List.of(), LocalDate.of(2027, 2, 1),
                Instant.parse("2027-04-30T14:00:00Z")));
        assertEquals(List.of("start.admin.readyToOpen"), keys(tasks));
    }

    @Test
    void applicantSeesTheDeadlineWhileApplicationsAreOpen() {
        var closes = Instant.parse("2027-04-30T14:00:00Z");
        var tasks = TaskList.tasks(Set.of(Role.APPLICANT), cycle("APPLICATION_OPEN", List.of(), LocalDate.of(2027, 2, 1), closes));
        assertEquals(List.of("start.applicant.open"), keys(tasks));
        assertEquals(java.util.Date.from(closes), tasks.get(0).arguments().get(1));
        assertEquals("/applications/mine.xhtml", tasks.get(0).link(), "straight to the unit's applications");
    }

    @Test
    void examinerAndJuryFollowThePhase() {
        var review = TaskList.tasks(Set.of(Role.EXAMINER), cycle("INDIVIDUAL_REVIEW", List.of(), null, null));
        assertEquals(List.of("start.examiner.review", "start.examiner.conflicts"), keys(review));
        assertEquals("/assignments/mine.xhtml", review.get(0).link(), "straight to the examiner's applications");
        assertEquals(List.of("start.examiner.reviewStarts", "start.examiner.record", "start.examiner.conflicts"),
                keys(TaskList.tasks(Set.of(Role.EXAMINER), cycle("APPLICATION_OPEN", List.of(), null, null))));
        assertEquals(List.of("start.examiner.lateTeams"),
                keys(TaskList.tasks(Set.of(Role.EXAMINER), cycle("JURY", List.of(), null, null))),
                "late teams still work while the jury does");
        assertEquals(List.of("start.examiner.done"),
                keys(TaskList.tasks(Set.of(Role.EXAMINER), cycle("ANNOUNCED", List.of(), null, null))));
        var juryNow = TaskList.tasks(Set.of(Role.JURY), cycle("JURY", List.of(), null, null));
        assertEquals(List.of("start.jury.now", "start.jury.renewal", "start.jury.conflicts"), keys(juryNow));
        assertEquals("/jury/workspace.xhtml", juryNow.get(0).link(), "straight to the ranked applications");
        assertEquals("/renewal/entries.xhtml", juryNow.get(1).link());
        assertEquals(List.of("start.jury.startsOn", "start.jury.renewal", "start.jury.conflicts"),
                keys(TaskList.tasks(Set.of(Role.JURY), cycle("CONSENSUS", List.of(), null, null))));
        assertEquals(List.of("start.jury.startsOn", "start.jury.conflicts"),
                keys(TaskList.tasks(Set.of(Role.JURY), cycle("APPLICATION_OPEN", List.of(), null, null))),
                "no renewal entries to score while applications are open");
        assertEquals(List.of("start.jury.startsOn"),
                keys(TaskList.tasks(Set.of(Role.JURY), cycle("ANNOUNCED", List.of(), null, null))),
                "after the announcement there is nothing left to declare");
    }

    @Test
    void administratorIsSentToTheRegisterThenToTheTeams() {
        assertEquals(List.of("start.admin.examiners", "start.admin.phase"),
                keys(TaskList.tasks(Set.of(Role.ADMIN), cycle("APPLICATION_OPEN", List.of(), null, null))));
        var closed = TaskList.tasks(Set.of(Role.ADMIN), cycle("APPLICATION_CLOSED", List.of(), null, null));
        assertEquals(List.of("start.admin.assign", "start.admin.phase"), keys(closed));
        assertEquals("/assignments/proposal.xhtml", closed.get(0).link());
        assertEquals(new TaskList.PhaseName("APPLICATION_CLOSED"), closed.get(1).arguments().get(1),
                "the phase goes in as a localizable name, not as a code");
    }

    @Test
    void aPersonWithSeveralRolesGetsTasksForEachInRoleOrder() {
        var tasks = TaskList.tasks(EnumSet.of(Role.STAFF, Role.EXAMINER), cycle("CONSENSUS", List.of(), null, null));
        assertEquals(List.of(Role.EXAMINER, Role.STAFF), tasks.stream().map(Task::role).toList());
    }
}

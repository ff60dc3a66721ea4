package se.kvalitet.examiners.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.examiners.entity.CourseKind;
import se.kvalitet.examiners.entity.ExaminerCourse;
import se.kvalitet.examiners.entity.ExaminerProfile;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * The year's examiner courses and their attendance. Administrators define the courses of a cycle and record, after
 * the day, who attended (many at once, all or nothing, on the course's version). An examiner is <em>trained</em> for
 * the cycle when they attended a required course: their record's training date follows attendance (the first day of
 * the earliest required course attended), so readiness ({@link ExaminerProfile#isReady()}) comes from attendance. An
 * examiner reads the cycle's courses with their own attendance.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Courses {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Cycles cycles;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    DomainEvents events;

    Clock clock = Clock.systemUTC();

    /** The cycle's courses, by first day. */
    public List<CourseRow> inCycle(Long cycleId) {
        requireCycle(cycleId);
        return courses(cycleId).stream().map(Courses::row).toList();
    }

    public CourseRow course(Long id) {
        return row(find(id));
    }

    public CourseRow create(Long cycleId, CourseChange change) {
        requireCycle(cycleId);
        if (change == null) {
            throw new RuleViolation("examiners.course.kindAndDateRequired");
        }
        var course = new ExaminerCourse(cycleId, clock.instant());
        course.describe(change.name(), kind(change.kind()), change.heldOn(), change.endsOn(), change.place(), change.required());
        em.persist(course);
        flush();
        events.record("ExaminerCourseCreated", "ExaminerCourse", course.getId(), "cycle=" + cycleId + ";kind=" + course.getKind());
        return row(course);
    }

    /**
     * Records that these examiner records of the course's cycle attended (those already recorded stay), on the
     * course's version the administrator saw. Refused before the course's first day and for a record of another
     * cycle; nothing is recorded then.
     */
    public CourseRow recordAttendance(Long courseId, long expectedVersion, Collection<Long> profileIds) {
        var course = find(courseId, expectedVersion);
        if (profileIds == null || profileIds.isEmpty()) {
            throw new RuleViolation("examiners.bulk.noneSelected");
        }
        LocalDate today = LocalDate.now(clock.withZone(CITY));
        var profiles = profiles(course.getCycleId(), profileIds);
        profiles.forEach(p -> course.recordAttendance(p.getId(), today, clock.instant()));
        em.lock(course, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        retrain(course, profiles);
        flush();
        events.record("CourseAttendanceRecorded", "ExaminerCourse", courseId, "count=" + profiles.size());
        return row(course);
    }

    /** Takes a record off the course's attendance (recorded by mistake); their training date follows. */
    public CourseRow removeAttendance(Long courseId, long expectedVersion, Long profileId) {
        var course = find(courseId, expectedVersion);
        var profiles = profiles(course.getCycleId(), List.of(profileId));
        course.removeAttendance(profileId);
        em.lock(course, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        retrain(course, profiles);
        flush();
        events.record("CourseAttendanceRemoved", "ExaminerCourse", courseId, "profile=" + profileId);
        return row(course);
    }

    /** The cycle's courses with the caller's own attendance, for the examiner's own page. */
    @RolesAllowed({Role.EXAMINER_NAME, Role.ADMIN_NAME})
    public List<MyCourse> mine(Long cycleId) {
        var caller = currentPerson.caller();
        if (caller.isEmpty() || cycleId == null) {
            return List.of();
        }
        var profile = em.createQuery("select p.id from ExaminerProfile p where p.cycleId = :c and p.personId = :p", Long.class)
                .setParameter("c", cycleId).setParameter("p", caller.get().id()).getResultStream().findFirst();
        if (profile.isEmpty()) {
            return List.of();
        }
        return courses(cycleId).stream().map(c -> new MyCourse(c.getId(), c.getName(), c.getKind().name(), c.getHeldOn(),
                c.getEndsOn(), c.getPlace(), c.isRequired(), c.attended(profile.get()))).toList();
    }

    /**
     * The training date of each record follows its attendance at the cycle's required courses: the earliest such
     * course's first day, or none. Attendance at a course that is not required changes no date, so a date recorded
     * by hand (a training held elsewhere, the CSV import) stays until required attendance is recorded.
     */
    private void retrain(ExaminerCourse changed, List<ExaminerProfile> profiles) {
        if (!changed.isRequired()) {
            return;
        }
        Long cycleId = changed.getCycleId();
        var required = courses(cycleId).stream().filter(ExaminerCourse::isRequired).toList();
        for (var profile : profiles) {
            var earliest = required.stream().filter(c -> c.attended(profile.getId())).map(ExaminerCourse::getHeldOn)
                    .min(Comparator.naturalOrder());
            profile.setTrainedOn(earliest.orElse(null));
            profile.touched(clock.instant());
        }
    }

    private List<ExaminerCourse> courses(Long cycleId) {
        return em.createQuery("select c from ExaminerCourse c where c.cycleId = :c order by c.heldOn, c.id", ExaminerCourse.class)
                .setParameter("c", cycleId).getResultList();
    }

    private List<ExaminerProfile> profiles(Long cycleId, Collection<Long> ids) {
        var found = em.createQuery("select p from ExaminerProfile p where p.id in :ids", ExaminerProfile.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList();
        if (found.size() != Set.copyOf(ids).size() || found.stream().anyMatch(p -> !p.getCycleId().equals(cycleId))) {
            throw new NotFound("examiners.notFound", ids);
        }
        return found;
    }

    private ExaminerCourse find(Long id) {
        var course = id == null ? null : em.find(ExaminerCourse.class, id);
        if (course == null) {
            throw new NotFound("examiners.course.notFound", id);
        }
        return course;
    }

    private ExaminerCourse find(Long id, long expectedVersion) {
        var course = find(id);
        if (course.getVersion() != expectedVersion) {
            throw new RuleViolation("examiners.stale");
        }
        return course;
    }

    private void requireCycle(Long cycleId) {
        if (!cycles.exists(cycleId)) {
            throw new NotFound("examiners.cycle.notFound", cycleId);
        }
    }

    private static CourseKind kind(String kind) {
        try {
            return kind == null ? null : CourseKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("examiners.course.kindUnknown", kind);
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new RuleViolation("examiners.stale");
        }
    }

    private static CourseRow row(ExaminerCourse c) {
        return new CourseRow(c.getId(), c.getCycleId(), c.getName(), c.getKind().name(), c.getHeldOn(), c.getEndsOn(),
                c.getPlace(), c.isRequired(), c.getAttendance().keySet().stream().sorted().toList(), c.getVersion());
    }
}

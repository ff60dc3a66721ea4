package se.kvalitet.examiners.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.examiners.boundary.CourseRow;
import se.kvalitet.examiners.boundary.Courses;
import se.kvalitet.examiners.boundary.ExaminerRow;
import se.kvalitet.examiners.boundary.Examiners;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * /examiners/course.xhtml?id=…: one course and its attendance. The administrator ticks the examiners who attended
 * and records them at once (as the register's bulk training and approval), on the course's version.
 */
@Named
@ViewScoped
public class CoursePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Courses courses;

    @Inject
    Examiners examiners;

    private String idParam;
    private CourseRow course;
    private List<ExaminerRow> register = List.of();
    private final Map<Long, Boolean> picked = new HashMap<>();

    public void load() throws java.io.IOException {
        try {
            course = courses.course(Ids.parse(idParam));
            register = examiners.register(course.cycleId());
        } catch (NotFound notReachable) {
            // as every record page: a record the caller may not reach is "not found", with the status to match
            Responses.notFound();
        } catch (RuleViolation notFound) {
            Messages.error(notFound);
            course = null;
        }
    }

    public void record() {
        var chosen = register.stream().map(ExaminerRow::id).filter(id -> Boolean.TRUE.equals(picked.get(id))).toList();
        CourseRow[] saved = new CourseRow[1];
        if (Attempt.succeeded(() -> saved[0] = courses.recordAttendance(course.id(), course.version(), chosen))) {
            Messages.info("examiners.course.recorded", chosen.size());
            picked.clear();
            refresh(saved[0]);
        }
    }

    public void remove(ExaminerRow row) {
        CourseRow[] saved = new CourseRow[1];
        if (Attempt.succeeded(() -> saved[0] = courses.removeAttendance(course.id(), course.version(), row.id()))) {
            Messages.info("examiners.course.removed", row.fullName());
            refresh(saved[0]);
        }
    }

    private void refresh(CourseRow changed) {
        course = changed;
        register = examiners.register(course.cycleId());
    }

    public long getAttendedCount() {
        return course == null ? 0 : course.attendanceCount();
    }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public CourseRow getCourse() { return course; }
    public List<ExaminerRow> getRegister() { return register; }
    public Map<Long, Boolean> getPicked() { return picked; }
}

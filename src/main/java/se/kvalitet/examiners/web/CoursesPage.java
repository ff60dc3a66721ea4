package se.kvalitet.examiners.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.kvalitet.cycles.boundary.CycleChoice;
import se.kvalitet.cycles.boundary.CyclePurpose;
import se.kvalitet.examiners.boundary.CourseChange;
import se.kvalitet.examiners.boundary.CourseRow;
import se.kvalitet.examiners.boundary.Courses;
import se.kvalitet.examiners.entity.CourseKind;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Messages;

/** /examiners/courses.xhtml?cycle=…: the administrator's courses of a cycle, and a new course. */
@Named
@ViewScoped
public class CoursesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Courses courses;

    @Inject
    CycleChoice cycleChoice;

    private String cycleParam;
    private Long cycleId;
    private List<CourseRow> rows = List.of();

    private String name;
    private String kind = CourseKind.BASIC.name();
    private LocalDate heldOn;
    private LocalDate endsOn;
    private String place;
    private boolean required = true;

    /** The cycle in the address, else the one chosen last, else the first under review (examiners train before they assess). */
    public void load() {
        cycleId = cycleChoice.resolve(cycleParam, CyclePurpose.REVIEW);
        reload();
    }

    private void reload() {
        rows = cycleId == null ? List.of() : courses.inCycle(cycleId);
    }

    public void create() {
        if (Attempt.succeeded(() -> courses.create(cycleId, new CourseChange(name, kind, heldOn, endsOn, place, required)))) {
            Messages.info("examiners.course.created", name);
            name = null;
            heldOn = null;
            endsOn = null;
            place = null;
            reload();
        }
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(CourseKind.values()).map(Enum::name).toList();
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public List<CourseRow> getRows() { return rows; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
}

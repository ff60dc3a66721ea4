package se.kvalitet.examiners.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.examiners.boundary.ExaminerRow;
import se.kvalitet.examiners.boundary.Examiners;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Messages;

/**
 * The examiner's own record for a cycle ({@code mine.xhtml?cycle=…}; the cycle chosen last, else the first under
 * review): read-only except their availability notes, with the year's courses and whether they attended.
 */
@Named
@ViewScoped
public class MyRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Examiners examiners;

    @Inject
    Cycles cycles;

    @Inject
    se.kvalitet.cycles.boundary.CycleChoice cycleChoice;

    @Inject
    se.kvalitet.examiners.boundary.Courses courses;

    private String cycleParam;
    private java.util.List<se.kvalitet.examiners.boundary.MyCourse> myCourses = java.util.List.of();

    private Long cycleId;
    private Integer cycleYear;
    private ExaminerRow record;
    private String notes;

    public void load() {
        cycleId = cycleChoice.resolve(cycleParam, se.kvalitet.cycles.boundary.CyclePurpose.REVIEW);
        cycleYear = cycleId == null ? null : cycles.detail(cycleId).map(se.kvalitet.cycles.boundary.CycleDetail::year).orElse(null);
        record = cycleYear == null ? null : examiners.mine(cycleId).orElse(null);
        myCourses = record == null ? java.util.List.of() : courses.mine(cycleId);
        notes = record == null ? null : record.availabilityNotes();
    }

    public void saveNotes() {
        ExaminerRow[] saved = new ExaminerRow[1];
        if (Attempt.succeeded(() -> saved[0] = examiners.changeMyNotes(cycleId, record.version(), notes))) {
            record = saved[0];
            notes = record.availabilityNotes();
            Messages.info("saved");
        }
    }

    public String notReady() {
        return record == null ? "" : String.join("; ", record.notReadyReasons().stream().map(Messages::text).toList());
    }

    public ExaminerRow getRecord() { return record; }
    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getCycleId() { return cycleId; }
    public java.util.List<se.kvalitet.examiners.boundary.MyCourse> getMyCourses() { return myCourses; }
    public Integer getCycleYear() { return cycleYear; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}

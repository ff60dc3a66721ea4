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

/** The examiner's own record for the current cycle: read-only except their availability notes. */
@Named
@ViewScoped
public class MyRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Examiners examiners;

    @Inject
    Cycles cycles;

    private Long cycleId;
    private Integer cycleYear;
    private ExaminerRow record;
    private String notes;

    public void load() {
        var current = cycles.currentOverview();
        cycleId = current.map(Cycles.CycleOverview::id).orElse(null);
        cycleYear = current.map(Cycles.CycleOverview::year).orElse(null);
        record = examiners.mine(cycleId).orElse(null);
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
    public Integer getCycleYear() { return cycleYear; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}

package se.kvalitet.examiners.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.kvalitet.cycles.boundary.CycleChoice;
import se.kvalitet.cycles.boundary.CyclePurpose;
import se.kvalitet.examiners.boundary.CalibrationDraft;
import se.kvalitet.examiners.boundary.CalibrationSummary;
import se.kvalitet.examiners.boundary.CalibrationView;
import se.kvalitet.examiners.boundary.Calibrations;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Messages;

/**
 * /examiners/calibrations.xhtml?cycle=…: a cycle's calibration exercises (administrators, and examiners with a record
 * in the cycle) and, for administrators, a new exercise: a case with one criterion per line
 * ({@code code; title; reference score}), or an earlier application whose consensus is closed.
 */
@Named
@ViewScoped
public class CalibrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Calibrations calibrations;

    @Inject
    CycleChoice cycleChoice;

    private String cycleParam;
    private Long cycleId;
    private List<CalibrationSummary> rows = List.of();

    private String title;
    private Integer scaleMax = 100;
    private String caseText;
    private String criteria;
    private Long applicationId;

    public void load() {
        cycleId = cycleChoice.resolve(cycleParam, CyclePurpose.REVIEW);
        try {
            rows = cycleId == null ? List.of() : calibrations.inCycle(cycleId);
        } catch (RuleViolation notFound) {
            Messages.error(notFound);
        }
    }

    public String create() {
        CalibrationView[] created = new CalibrationView[1];
        int max = scaleMax == null ? 100 : scaleMax;
        boolean done = applicationId != null
                ? Attempt.succeeded(() -> created[0] = calibrations.createFromApplication(cycleId, applicationId, title, max))
                : Attempt.succeeded(() -> created[0] = calibrations.create(cycleId,
                        new CalibrationDraft(title, caseText, max, references(criteria))));
        if (!done) {
            return null;
        }
        Messages.info("examiners.calibration.created", created[0].title());
        Messages.keepForRedirect();
        return "/examiners/calibration?faces-redirect=true&id=" + created[0].id();
    }

    /** One criterion per line: code; title; reference score. A line that does not read so is refused with its number. */
    static List<CalibrationDraft.Reference> references(String lines) {
        var references = new ArrayList<CalibrationDraft.Reference>();
        if (lines == null) {
            return references;
        }
        int number = 0;
        for (String line : lines.split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";");
            try {
                if (parts.length != 3) {
                    throw new NumberFormatException();
                }
                references.add(new CalibrationDraft.Reference(parts[0].strip(), parts[1].strip(), Integer.parseInt(parts[2].strip())));
            } catch (NumberFormatException unreadable) {
                throw new RuleViolation("examiners.calibration.line", number);
            }
        }
        return references;
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public List<CalibrationSummary> getRows() { return rows; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Integer getScaleMax() { return scaleMax; }
    public void setScaleMax(Integer scaleMax) { this.scaleMax = scaleMax; }
    public String getCaseText() { return caseText; }
    public void setCaseText(String caseText) { this.caseText = caseText; }
    public String getCriteria() { return criteria; }
    public void setCriteria(String criteria) { this.criteria = criteria; }
    public Long getApplicationId() { return applicationId; }
    public void setApplicationId(Long applicationId) { this.applicationId = applicationId; }
}

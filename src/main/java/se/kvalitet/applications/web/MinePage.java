package se.kvalitet.applications.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.kvalitet.applications.boundary.ApplicationSummary;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.cycles.boundary.CompetitionClassView;
import se.kvalitet.cycles.boundary.CycleCategoryView;
import se.kvalitet.cycles.boundary.CycleDetail;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.web.Messages;

/**
 * The applicant's applications page: the unit's applications over the years, and starting a new one in the
 * cycle that accepts applications (award, then competition class of that award; the cycle too, in the rare case
 * that more than one accepts applications).
 */
@Named("myApplicationsPage")
@ViewScoped
public class MinePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    Cycles cycles;

    private List<ApplicationSummary> rows;
    private List<CycleDetail> openCycles;
    private CycleDetail openCycle;
    private Long cycleId;
    private String award;
    private Long classId;
    private Long startFromId;
    private List<Long> attachmentIds = new java.util.ArrayList<>();
    private List<se.kvalitet.applications.boundary.StartingPoint> startingPoints = List.of();

    @PostConstruct
    void load() {
        rows = applications.listForMyUnit();
        openCycles = cycles.acceptingApplications();
        openCycle = openCycles.isEmpty() ? null : openCycles.get(0);
        cycleId = openCycle == null ? null : openCycle.id();
    }

    /** Choosing another cycle (when more than one accepts applications) empties the award and the class. */
    public void cycleChanged() {
        openCycle = openCycles.stream().filter(c -> c.id().equals(cycleId)).findFirst().orElse(openCycle);
        award = null;
        classId = null;
        startingPointsChanged();
    }

    /** Starts the application and opens it for writing (Post-Redirect-Get). */
    public String start() {
        var started = Pages.attempt(() -> startFromId == null ? applications.start(openCycle.id(), award, classId)
                : applications.startFrom(openCycle.id(), award, classId, startFromId, attachmentIds));
        if (started.isEmpty()) {
            return null;
        }
        Messages.info("applications.page.start.started");
        Messages.keepForRedirect();
        return "/applications/edit?faces-redirect=true&id=" + started.get();
    }

    /** Choosing another award empties the class (classes belong to one award). */
    public void awardChanged() {
        classId = null;
        startingPointsChanged();
    }

    /** The unit's earlier applications in the chosen award; the choice and its attachments start empty. */
    private void startingPointsChanged() {
        startFromId = null;
        attachmentIds = new java.util.ArrayList<>();
        startingPoints = openCycle == null || award == null ? List.of()
                : applications.startingPoints(openCycle.id(), award);
    }

    /** Choosing another earlier application empties the chosen attachments (they belong to one application). */
    public void startFromChanged() {
        attachmentIds = new java.util.ArrayList<>();
    }

    public String startingPointLabel(se.kvalitet.applications.boundary.StartingPoint point) {
        return Messages.text("applications.page.startFrom.option", String.valueOf(point.cycleYear()),
                point.registrationNumber() == null ? "–" : point.registrationNumber(),
                Messages.text("applications.page.status." + point.status()), point.answered());
    }

    /** The attachments of the chosen earlier application. */
    public List<se.kvalitet.applications.boundary.AttachmentView> getStartFromAttachments() {
        return startingPoints.stream().filter(p -> p.applicationId().equals(startFromId)).findFirst()
                .map(se.kvalitet.applications.boundary.StartingPoint::attachments).orElse(List.of());
    }

    public List<String> getAwards() {
        return openCycle == null ? List.of() : openCycle.categories().stream().map(c -> String.valueOf(c.award())).toList();
    }

    public List<CompetitionClassView> getClasses() {
        if (openCycle == null || award == null) {
            return List.of();
        }
        return openCycle.categories().stream().filter(c -> String.valueOf(c.award()).equals(award)).findFirst()
                .map(CycleCategoryView::classes).orElse(List.of());
    }

    public String getOpenCycleText() {
        return openCycle == null ? null : Messages.text("applications.page.start.cycle", openCycle.name(),
                Pages.dateTime(openCycle.dates().applicationClosesAt()));
    }

    public String submittedAt(ApplicationSummary row) {
        return row.submittedAt() == null ? Messages.text("applications.page.notSubmitted") : Pages.dateTime(row.submittedAt());
    }

    public List<ApplicationSummary> getRows() { return rows; }
    public CycleDetail getOpenCycle() { return openCycle; }
    public List<CycleDetail> getOpenCycles() { return openCycles; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public List<se.kvalitet.applications.boundary.StartingPoint> getStartingPoints() { return startingPoints; }
    public Long getStartFromId() { return startFromId; }
    public void setStartFromId(Long startFromId) { this.startFromId = startFromId; }
    public List<Long> getAttachmentIds() { return attachmentIds; }
    public void setAttachmentIds(List<Long> attachmentIds) { this.attachmentIds = attachmentIds; }
    public String getAward() { return award; }
    public void setAward(String award) { this.award = award; }
    public Long getClassId() { return classId; }
    public void setClassId(Long classId) { this.classId = classId; }
}

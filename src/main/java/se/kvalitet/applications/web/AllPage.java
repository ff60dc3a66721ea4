package se.kvalitet.applications.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.kvalitet.applications.boundary.ApplicationFilter;
import se.kvalitet.applications.boundary.ApplicationSummary;
import se.kvalitet.applications.boundary.ApplicationRegister;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.cycles.boundary.CompetitionClassView;
import se.kvalitet.cycles.boundary.CycleRow;
import se.kvalitet.cycles.boundary.CyclePurpose;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.boundary.CycleChoice;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.boundary.Organizations.AdministrationSummary;

/**
 * All applications of a cycle for administrators: counts per status, a lazy table filtered by class,
 * administration, status and award and sorted by column, and reopening one with a recorded reason.
 */
@Named("allApplicationsPage")
@ViewScoped
public class AllPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    ApplicationRegister applicationRegister;

    @Inject
    Cycles cycles;

    @Inject
    Organizations organizations;

    @Inject
    CycleChoice cycleChoice;

    private List<CycleRow> cycleChoices;
    private List<AdministrationSummary> administrations;
    private List<CompetitionClassView> classes;
    private Map<String, Long> counts;
    private ApplicationRows rows;
    private Map<Long, se.kvalitet.applications.boundary.Notice> quarantined = Map.of();

    private String cycleParam;
    private Long cycleId;
    private Long classId;
    private Long administrationId;
    private String status;
    private String award;
    private String unitName;

    private Long reopenId;
    private String reopenNumber;
    private String reopenReason;

    @PostConstruct
    void load() {
        rows = new ApplicationRows(applicationRegister);
        cycleChoices = cycles.rows();
        administrations = organizations.administrationSummaries();
    }

    /** The cycle in the address, else the one chosen last, else the one accepting applications. */
    public void showChosenCycle() {
        cycleId = cycleChoice.resolve(cycleParam, CyclePurpose.APPLICATIONS);
        showCycle();
    }

    /** Another cycle: its classes, counts and applications; the class filter no longer applies. */
    public void showCycle() {
        classId = null;
        classes = cycleId == null ? List.of() : cycles.detail(cycleId)
                .map(c -> c.categories().stream().flatMap(cat -> cat.classes().stream()).toList()).orElse(List.of());
        filter();
    }

    public void filter() {
        counts = cycleId == null ? Map.of() : applicationRegister.statusCounts(cycleId);
        quarantined = cycleId == null ? Map.of() : applicationRegister.quarantined(cycleId);
        rows.show(cycleId, new ApplicationFilter(classId, administrationId, status, award, blankToNull(unitName)));
    }

    public void clear() {
        classId = null;
        administrationId = null;
        status = null;
        award = null;
        unitName = null;
        filter();
    }

    /** Opens the reopen dialog for one application. */
    public void prepareReopen(ApplicationSummary row) {
        reopenId = row.id();
        reopenNumber = row.registrationNumber();
        reopenReason = null;
    }

    public void reopen() {
        var done = Pages.attempt(() -> {
            applications.reopen(reopenId, reopenReason.strip());
            return Boolean.TRUE;
        });
        if (done.isPresent()) {
            se.kvalitet.platform.web.Messages.info("applications.page.reopened", reopenNumber);
            org.primefaces.PrimeFaces.current().executeScript("PF('reopenDialog').hide()");
            reopenId = null;
            filter();
        }
    }

    public long getTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<Map.Entry<String, Long>> getCountEntries() {
        return List.copyOf(counts.entrySet());
    }

    public boolean reopenable(ApplicationSummary row) {
        return !"DRAFT".equals(row.status()) && !"WITHDRAWN".equals(row.status());
    }

    public List<String> getStatuses() {
        return List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "SITE_VISIT", "DECIDED", "FEEDBACK_RELEASED", "WITHDRAWN");
    }

    public List<String> getAwards() {
        return List.of("QUALITY_AWARD", "RENEWAL_PRIZE");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Why the row's unit may not win this year (a recorded win within the quarantine), or null. */
    public String quarantine(ApplicationSummary row) {
        var notice = quarantined.get(row.id());
        return notice == null ? null : Pages.text(notice);
    }

    public String submittedAt(ApplicationSummary row) {
        return Pages.dateTime(row.submittedAt());
    }

    public List<CycleRow> getCycleChoices() { return cycleChoices; }
    public List<AdministrationSummary> getAdministrations() { return administrations; }
    public List<CompetitionClassView> getClasses() { return classes; }
    public ApplicationRows getRows() { return rows; }
    public Long getCycleId() { return cycleId; }
    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getClassId() { return classId; }
    public void setClassId(Long classId) { this.classId = classId; }
    public Long getAdministrationId() { return administrationId; }
    public void setAdministrationId(Long administrationId) { this.administrationId = administrationId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getAward() { return award; }
    public void setAward(String award) { this.award = award; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public String getReopenNumber() { return reopenNumber; }
    public String getReopenReason() { return reopenReason; }
    public void setReopenReason(String reopenReason) { this.reopenReason = reopenReason; }
}

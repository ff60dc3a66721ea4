package se.kvalitet.conflicts.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.kvalitet.conflicts.boundary.ApplicationChoice;
import se.kvalitet.conflicts.boundary.Conflicts;
import se.kvalitet.conflicts.boundary.Declaration;
import se.kvalitet.conflicts.boundary.DeclarationView;
import se.kvalitet.conflicts.entity.ActingAs;
import se.kvalitet.conflicts.entity.ConflictReason;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.boundary.Organizations.AdministrationSummary;
import se.kvalitet.organizations.boundary.Organizations.UnitSummary;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * An examiner's or juror's own conflicts for a cycle ({@code mine.xhtml?cycle=…}, else the one chosen last): the declarations made (withdrawn ones too)
 * and the form to declare one. {@code mine.xhtml?application=…} preselects that application (the examiner's
 * assignment list links here).
 */
@Named
@ViewScoped
public class MyConflictsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Conflicts conflicts;

    @Inject
    Cycles cycles;

    @Inject
    Organizations organizations;

    private String applicationParam;
    private Long cycleId;
    private String cycleParam;

    @Inject
    se.kvalitet.cycles.boundary.CycleChoice cycleChoice;
    private Integer cycleYear;
    private List<DeclarationView> declarations = List.of();
    private List<ApplicationChoice> applications = List.of();
    private List<UnitSummary> units = List.of();
    private List<AdministrationSummary> administrations = List.of();
    private List<String> capacities = List.of();

    private String actingAs;
    private String target = "APPLICATION";
    private Long unitId;
    private Long administrationId;
    private Long applicationId;
    private String reason;
    private String explanation;
    private LocalDate endedOn;

    public void load() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        // the cycle in the address, else the one chosen last, else the examiners' cycle under review (a juror's: the jury's)
        cycleId = cycleChoice.resolve(cycleParam, external.isUserInRole(Role.EXAMINER_NAME)
                ? se.kvalitet.cycles.boundary.CyclePurpose.REVIEW : se.kvalitet.cycles.boundary.CyclePurpose.JURY);
        cycleYear = cycleId == null ? null : cycles.detail(cycleId).map(se.kvalitet.cycles.boundary.CycleDetail::year).orElse(null);
        if (cycleYear == null) {
            cycleId = null;
        }
        var roles = new ArrayList<String>();
        if (external.isUserInRole(Role.EXAMINER_NAME)) {
            roles.add(ActingAs.EXAMINER.name());
        }
        if (external.isUserInRole(Role.JURY_NAME)) {
            roles.add(ActingAs.JUROR.name());
        }
        capacities = roles;
        actingAs = roles.isEmpty() ? null : roles.get(0);
        units = organizations.unitChoices(null);
        administrations = organizations.administrationSummaries();
        reload();
        Long wanted = Ids.parse(applicationParam);
        if (wanted != null && applications.stream().anyMatch(a -> a.id().equals(wanted))) {
            applicationId = wanted;
            target = "APPLICATION";
        }
    }

    private void reload() {
        declarations = conflicts.mine(cycleId);
        applications = conflicts.applicationChoices(cycleId);
    }

    public void declare() {
        var declaration = new Declaration(actingAs, "UNIT".equals(target) ? unitId : null,
                "ADMINISTRATION".equals(target) ? administrationId : null,
                "APPLICATION".equals(target) ? applicationId : null, reason, explanation,
                ConflictReason.FORMER_EMPLOYMENT.name().equals(reason) ? endedOn : null);
        if (Attempt.succeeded(() -> conflicts.declare(cycleId, declaration))) {
            Messages.info("conflicts.declared");
            reason = null;
            explanation = null;
            endedOn = null;
            reload();
        }
    }

    public void withdraw(Long id, long version) {
        if (Attempt.succeeded(() -> conflicts.withdraw(id, version))) {
            Messages.info("conflicts.withdrawn");
            reload();
        }
    }

    /** The reasons a person declares (the automatic ones come from the organisation tree). */
    public List<String> getReasons() {
        return Arrays.stream(ConflictReason.values()).filter(r -> !r.isAutomatic()).map(Enum::name).toList();
    }

    public List<String> getTargets() {
        return List.of("APPLICATION", "UNIT", "ADMINISTRATION");
    }

    public String targetOf(DeclarationView d) {
        if (d.applicationId() != null) {
            return d.registrationNumber();
        }
        return d.unitId() != null ? d.unitName() : d.administrationName();
    }

    public String getApplicationParam() { return applicationParam; }
    public void setApplicationParam(String applicationParam) { this.applicationParam = applicationParam; }
    public Long getCycleId() { return cycleId; }
    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Integer getCycleYear() { return cycleYear; }
    public List<DeclarationView> getDeclarations() { return declarations; }
    public List<ApplicationChoice> getApplications() { return applications; }
    public List<UnitSummary> getUnits() { return units; }
    public List<AdministrationSummary> getAdministrations() { return administrations; }
    public List<String> getCapacities() { return capacities; }
    public String getActingAs() { return actingAs; }
    public void setActingAs(String actingAs) { this.actingAs = actingAs; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getAdministrationId() { return administrationId; }
    public void setAdministrationId(Long administrationId) { this.administrationId = administrationId; }
    public Long getApplicationId() { return applicationId; }
    public void setApplicationId(Long applicationId) { this.applicationId = applicationId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
}

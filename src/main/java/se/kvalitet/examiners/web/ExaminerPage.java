package se.kvalitet.examiners.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import se.kvalitet.examiners.boundary.ExaminerChange;
import se.kvalitet.examiners.boundary.ExaminerRow;
import se.kvalitet.examiners.boundary.Examiners;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.boundary.Organizations.AdministrationSummary;
import se.kvalitet.organizations.boundary.Organizations.UnitSummary;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * Creates an examiner record ({@code examiner.xhtml?cycle=…}, for an existing person named by e-mail) or
 * changes one ({@code examiner.xhtml?id=…}) as the administrator saw it.
 */
@Named
@ViewScoped
public class ExaminerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Examiners examiners;

    @Inject
    Organizations organizations;

    @Inject
    People people;

    private String idParam;
    private String cycleParam;
    private Long id;
    private Long cycleId;
    private long version;
    private String fullName;
    private String email;
    private boolean ready;
    private List<String> notReadyReasons = List.of();
    private List<UnitSummary> units = List.of();
    private List<AdministrationSummary> administrations = List.of();

    private Long unitId;
    private Long administrationId;
    private LocalDate trainedOn;
    private Integer yearsOfExperience = 0;
    private Integer earlierAssessments = 0;
    private boolean leaderEligible;
    private List<String> competences = new ArrayList<>();
    private Integer capacity = 2;
    private String managerName;
    private LocalDate managerApprovedOn;
    private String availabilityNotes;
    private boolean active = true;

    public String load() {
        id = Ids.parse(idParam);
        cycleId = Ids.parse(cycleParam);
        units = organizations.unitChoices(null);
        administrations = organizations.administrationSummaries();
        if (id == null) {
            if (cycleId == null) {
                Messages.error("examiners.cycle.notFound", cycleParam);
                Messages.keepForRedirect();
                return "/examiners/register?faces-redirect=true";
            }
            return null;
        }
        var found = examiners.record(id);
        if (found.isEmpty()) {
            Messages.error("examiners.notFound", idParam);
            Messages.keepForRedirect();
            return "/examiners/register?faces-redirect=true";
        }
        show(found.get());
        return null;
    }

    private void show(ExaminerRow row) {
        cycleId = row.cycleId();
        version = row.version();
        fullName = row.fullName();
        email = row.email();
        ready = row.ready();
        notReadyReasons = row.notReadyReasons();
        unitId = row.unitId();
        administrationId = row.administrationId();
        trainedOn = row.trainedOn();
        yearsOfExperience = row.yearsOfExperience();
        earlierAssessments = row.earlierAssessments();
        leaderEligible = row.leaderEligible();
        competences = new ArrayList<>(row.competences());
        capacity = row.capacity();
        managerName = row.managerName();
        managerApprovedOn = row.managerApprovedOn();
        availabilityNotes = row.availabilityNotes();
        active = row.active();
    }

    private ExaminerChange change() {
        return new ExaminerChange(unitId, unitId == null ? administrationId : null, trainedOn,
                yearsOfExperience == null ? 0 : yearsOfExperience, earlierAssessments == null ? 0 : earlierAssessments,
                leaderEligible, new HashSet<>(competences), capacity == null ? 0 : capacity, managerName,
                managerApprovedOn, availabilityNotes, active);
    }

    public String save() {
        ExaminerRow[] saved = new ExaminerRow[1];
        boolean ok = Attempt.succeeded(() -> {
            if (id == null) {
                Long personId = email == null ? null : people.idsByEmail(List.of(email.strip())).get(email.strip().toLowerCase());
                if (personId == null) {
                    throw new se.kvalitet.platform.errors.RuleViolation("examiners.person.unknownEmail", email);
                }
                saved[0] = examiners.create(cycleId, personId, change());
            } else {
                saved[0] = examiners.update(id, version, change());
            }
        });
        if (!ok) {
            return null;
        }
        Messages.info("saved");
        Messages.keepForRedirect();
        return "/examiners/examiner?faces-redirect=true&id=" + saved[0].id();
    }

    public void deactivate() {
        ExaminerRow[] saved = new ExaminerRow[1];
        if (Attempt.succeeded(() -> saved[0] = examiners.deactivate(id, version))) {
            show(saved[0]);
            Messages.info("examiners.deactivated", saved[0].fullName());
        }
    }

    public String notReady() {
        return String.join("; ", notReadyReasons.stream().map(Messages::text).toList());
    }

    public boolean isCreating() { return id == null; }
    public List<String> getServiceAreas() { return Organizations.SERVICE_AREAS; }
    public int getMaxCapacity() { return se.kvalitet.examiners.entity.ExaminerProfile.MAX_CAPACITY; }
    public int getMaxYears() { return se.kvalitet.examiners.entity.ExaminerProfile.MAX_YEARS; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isReady() { return ready; }
    public List<UnitSummary> getUnits() { return units; }
    public List<AdministrationSummary> getAdministrations() { return administrations; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getAdministrationId() { return administrationId; }
    public void setAdministrationId(Long administrationId) { this.administrationId = administrationId; }
    public LocalDate getTrainedOn() { return trainedOn; }
    public void setTrainedOn(LocalDate trainedOn) { this.trainedOn = trainedOn; }
    public Integer getYearsOfExperience() { return yearsOfExperience; }
    public void setYearsOfExperience(Integer v) { this.yearsOfExperience = v; }
    public Integer getEarlierAssessments() { return earlierAssessments; }
    public void setEarlierAssessments(Integer v) { this.earlierAssessments = v; }
    public boolean isLeaderEligible() { return leaderEligible; }
    public void setLeaderEligible(boolean leaderEligible) { this.leaderEligible = leaderEligible; }
    public List<String> getCompetences() { return competences; }
    public void setCompetences(List<String> competences) { this.competences = competences == null ? new ArrayList<>() : new ArrayList<>(competences); }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getManagerName() { return managerName; }
    public void setManagerName(String managerName) { this.managerName = managerName; }
    public LocalDate getManagerApprovedOn() { return managerApprovedOn; }
    public void setManagerApprovedOn(LocalDate managerApprovedOn) { this.managerApprovedOn = managerApprovedOn; }
    public String getAvailabilityNotes() { return availabilityNotes; }
    public void setAvailabilityNotes(String availabilityNotes) { this.availabilityNotes = availabilityNotes; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}

package se.kvalitet.examiners.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * An examiner's record for one cycle (examinatorsregister): training, experience, leader eligibility,
 * competences, capacity and the manager's approval. Kept per cycle because people change jobs, train anew
 * and offer a different number of days each year; last year's record stays as it was. Where the examiner
 * works this cycle (unit, administration) drives the automatic conflicts of interest.
 */
@Entity
@Table(name = "examiner_profile")
public class ExaminerProfile {

    public static final int MAX_CAPACITY = 50;
    public static final int MAX_YEARS = 60;
    public static final int MAX_NOTES = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "administration_id")
    private Long administrationId;

    @Column(name = "trained_on")
    private LocalDate trainedOn;

    @Min(0)
    @Max(MAX_YEARS)
    @Column(name = "years_of_experience")
    private int yearsOfExperience;

    @Min(0)
    @Column(name = "earlier_assessments")
    private int earlierAssessments;

    @Column(name = "leader_eligible")
    private boolean leaderEligible;

    @Min(0)
    @Max(MAX_CAPACITY)
    private int capacity = 2;

    @Size(max = 200)
    @Column(name = "manager_name")
    private String managerName;

    @Column(name = "manager_approved_on")
    private LocalDate managerApprovedOn;

    @Size(max = MAX_NOTES)
    @Column(name = "availability_notes")
    private String availabilityNotes;

    private boolean active = true;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    /** Service-area names (organizations' ServiceArea), matched against the applying unit's. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "examiner_competence", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "service_area")
    private Set<String> competences = new TreeSet<>();

    @Version
    private long version;

    protected ExaminerProfile() {
    }

    public ExaminerProfile(Long cycleId, Long personId, Instant now) {
        this.cycleId = cycleId;
        this.personId = personId;
        this.createdAt = now;
    }

    /**
     * Experienced: has assessed in an earlier cycle. Every team needs one, and leaders should be.
     */
    public boolean isExperienced() {
        return yearsOfExperience > 0 || earlierAssessments > 0;
    }

    /** Ready to be assigned: active, trained for this cycle, approved by their manager and with room. */
    public boolean isReady() {
        return active && trainedOn != null && managerApprovedOn != null && capacity > 0;
    }

    /**
     * Why the examiner is not ready (bundle keys, in a fixed order); empty when ready. Shown in the register so
     * the administrator knows what is missing.
     */
    public java.util.List<String> notReadyReasons() {
        var reasons = new java.util.ArrayList<String>();
        if (!active) {
            reasons.add("examiners.notReady.inactive");
        }
        if (trainedOn == null) {
            reasons.add("examiners.notReady.untrained");
        }
        if (managerApprovedOn == null) {
            reasons.add("examiners.notReady.notApproved");
        }
        if (capacity <= 0) {
            reasons.add("examiners.notReady.noCapacity");
        }
        return reasons;
    }

    /**
     * Next cycle's record from this one: one more year of experience and the teams sat on this cycle added to
     * the earlier assessments; training and the manager's approval are yearly and start empty.
     */
    public ExaminerProfile carriedOver(Long nextCycleId, int teamsThisCycle, Instant now) {
        var next = new ExaminerProfile(nextCycleId, personId, now);
        next.unitId = unitId;
        next.administrationId = administrationId;
        next.yearsOfExperience = Math.min(MAX_YEARS, yearsOfExperience + 1);
        next.earlierAssessments = earlierAssessments + Math.max(0, teamsThisCycle);
        next.leaderEligible = leaderEligible;
        next.capacity = capacity;
        next.managerName = managerName;
        next.competences = new TreeSet<>(competences);
        next.availabilityNotes = null;
        next.active = true;
        return next;
    }

    /** A leader must be experienced: the flag alone is refused for a first-year examiner. */
    public void requireConsistent() {
        if (leaderEligible && !isExperienced()) {
            throw new RuleViolation("examiners.leader.needsExperience");
        }
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new RuleViolation("examiners.capacity.range", 0, MAX_CAPACITY);
        }
        if (yearsOfExperience < 0 || yearsOfExperience > MAX_YEARS) {
            throw new RuleViolation("examiners.years.range", 0, MAX_YEARS);
        }
        if (earlierAssessments < 0) {
            throw new RuleViolation("examiners.earlierAssessments.negative");
        }
        if (availabilityNotes != null && availabilityNotes.length() > MAX_NOTES) {
            throw new RuleViolation("examiners.notes.tooLong", MAX_NOTES);
        }
        if (managerName != null && managerName.length() > 200) {
            throw new RuleViolation("examiners.manager.tooLong", 200);
        }
        if (managerApprovedOn != null && (managerName == null || managerName.isBlank())) {
            throw new RuleViolation("examiners.approval.needsManager");
        }
    }

    /**
     * Records the yearly training and the manager's approval (either may be null: left as it is). Days still to
     * come are refused: this records what happened. An approval needs the manager's name on the record.
     */
    public void recordTrainingAndApproval(LocalDate trained, LocalDate approved, LocalDate today) {
        if ((trained != null && trained.isAfter(today)) || (approved != null && approved.isAfter(today))) {
            throw new RuleViolation("examiners.bulk.future");
        }
        if (approved != null && (managerName == null || managerName.isBlank())) {
            throw new RuleViolation("examiners.bulk.needsManager");
        }
        if (trained != null) {
            trainedOn = trained;
        }
        if (approved != null) {
            managerApprovedOn = approved;
        }
    }

    public void touched(Instant now) {
        changedAt = now;
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getPersonId() { return personId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getAdministrationId() { return administrationId; }
    public void setAdministrationId(Long administrationId) { this.administrationId = administrationId; }
    public LocalDate getTrainedOn() { return trainedOn; }
    public void setTrainedOn(LocalDate trainedOn) { this.trainedOn = trainedOn; }
    public int getYearsOfExperience() { return yearsOfExperience; }
    public void setYearsOfExperience(int yearsOfExperience) { this.yearsOfExperience = yearsOfExperience; }
    public int getEarlierAssessments() { return earlierAssessments; }
    public void setEarlierAssessments(int earlierAssessments) { this.earlierAssessments = earlierAssessments; }
    public boolean isLeaderEligible() { return leaderEligible; }
    public void setLeaderEligible(boolean leaderEligible) { this.leaderEligible = leaderEligible; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public String getManagerName() { return managerName; }
    public void setManagerName(String managerName) { this.managerName = managerName; }
    public LocalDate getManagerApprovedOn() { return managerApprovedOn; }
    public void setManagerApprovedOn(LocalDate managerApprovedOn) { this.managerApprovedOn = managerApprovedOn; }
    public String getAvailabilityNotes() { return availabilityNotes; }
    public void setAvailabilityNotes(String availabilityNotes) { this.availabilityNotes = availabilityNotes; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getChangedAt() { return changedAt; }
    public Set<String> getCompetences() { return competences; }
    public void setCompetences(Set<String> competences) { this.competences = new TreeSet<>(competences); }
    public long getVersion() { return version; }
}

package se.kvalitet.examiners.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** What an examiner's record is to become, on creation or change by the administrator. */
public record ExaminerChange(Long unitId, Long administrationId, LocalDate trainedOn, int yearsOfExperience,
                             int earlierAssessments, boolean leaderEligible, Set<String> competences, int capacity,
                             String managerName, LocalDate managerApprovedOn, String availabilityNotes,
                             boolean active) implements Serializable {
}

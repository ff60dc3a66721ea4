package se.kvalitet.examiners.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An examiner's record for one cycle as the register and the examiner see it, with the person's name, where
 * they work, whether they are ready to be assigned and, if not, why ({@code notReadyReasons}: bundle keys).
 */
public record ExaminerRow(Long id, Long cycleId, Long personId, String fullName, String email, Long unitId,
                          String unitName, Long administrationId, String administrationName, LocalDate trainedOn,
                          int yearsOfExperience, int earlierAssessments, boolean leaderEligible, boolean experienced,
                          List<String> competences, int capacity, String managerName, LocalDate managerApprovedOn,
                          String availabilityNotes, boolean active, boolean ready, List<String> notReadyReasons,
                          long version) implements Serializable {

    public ExaminerRow {
        competences = List.copyOf(competences);
        notReadyReasons = List.copyOf(notReadyReasons);
    }
}

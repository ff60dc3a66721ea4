package se.kvalitet.examiners.boundary;

import java.util.Set;

/**
 * An examiner of a cycle as other components (assignment) see them.
 *
 * @param ready trained for the cycle, approved by their manager, active and with capacity: only ready examiners
 *              are proposed for teams
 */
public record ExaminerCandidate(long personId, String fullName, String email, Long unitId, Long administrationId,
                                int capacity, boolean leaderEligible, boolean experienced, Set<String> competences,
                                boolean ready) {

    public ExaminerCandidate {
        competences = Set.copyOf(competences);
    }
}

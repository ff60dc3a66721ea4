package se.kvalitet.assignments.control;

import java.util.Set;

/**
 * An examiner of the cycle as the solver sees them.
 *
 * @param examinerId     the examiner's person id
 * @param capacity       how many applications they take at most this cycle (the load already committed elsewhere
 *                       in the cycle is subtracted by the caller)
 * @param leaderEligible may lead a team (hard rule: every leader is)
 * @param experienced    has assessed in an earlier cycle (hard rule: every team has at least one)
 * @param competences    the service areas they know (soft: matched against the application's service area)
 */
public record AvailableExaminer(long examinerId, int capacity, boolean leaderEligible, boolean experienced,
                                Set<String> competences) {

    public AvailableExaminer {
        competences = Set.copyOf(competences);
    }

    /** A new examiner: first cycle. New examiners are spread over the teams. */
    public boolean isNew() {
        return !experienced;
    }
}

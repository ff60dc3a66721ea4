package se.kvalitet.assignments.boundary;

import java.io.Serializable;

/**
 * A member of a proposed team and why they are there: competence in the unit's service area, experienced or
 * new, may lead, and their load (this proposal plus committed teams) against their capacity.
 */
public record MemberView(Long personId, String name, boolean leader, boolean competenceMatch, boolean experienced,
                         boolean leaderEligible, int load, int capacity) implements Serializable {
}

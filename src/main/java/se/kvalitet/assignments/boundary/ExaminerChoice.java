package se.kvalitet.assignments.boundary;

import java.io.Serializable;

/** An examiner offered in the adjustment dropdowns: load (proposal and committed) against capacity. */
public record ExaminerChoice(Long personId, String name, int load, int capacity, boolean leaderEligible,
                             boolean experienced) implements Serializable {
}

package se.kvalitet.examiners.boundary;

import java.io.Serializable;

/** An exercise in a list: how many criteria, whether it is closed, how many have submitted, and the caller's standing. */
public record CalibrationSummary(Long id, Long cycleId, String title, int criteria, boolean closed, int submittedCount,
                                 boolean mySubmitted) implements Serializable {
}

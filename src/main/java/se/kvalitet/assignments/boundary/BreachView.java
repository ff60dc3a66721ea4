package se.kvalitet.assignments.boundary;

import java.io.Serializable;

/** A hard rule a team breaks ({@code rule} is the bundle key), with the examiner concerned if any. */
public record BreachView(Long applicationId, String registrationNumber, Long examinerId, String examinerName,
                         String rule) implements Serializable {
}

package se.kvalitet.examiners.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A course of the cycle as an examiner sees it: the course and whether they are recorded as attending. */
public record MyCourse(Long id, String name, String kind, LocalDate heldOn, LocalDate endsOn, String place,
                       boolean required, boolean attended) implements Serializable {
}

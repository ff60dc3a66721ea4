package se.kvalitet.examiners.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A new course as the administrator describes it; {@code kind} is BASIC, CALIBRATION or REFRESHER. */
public record CourseChange(String name, String kind, LocalDate heldOn, LocalDate endsOn, String place, boolean required)
        implements Serializable {
}

package se.kvalitet.examiners.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An examiner course as the administrator sees it: what, when, where, whether it trains for the cycle, and who
 * attended (examiner record ids). {@code version} goes back with the next change of its attendance.
 */
public record CourseRow(Long id, Long cycleId, String name, String kind, LocalDate heldOn, LocalDate endsOn, String place,
                        boolean required, List<Long> attendedBy, long version) implements Serializable {

    public int attendanceCount() {
        return attendedBy.size();
    }

    public boolean attendedBy(Long profileId) {
        return attendedBy.contains(profileId);
    }
}

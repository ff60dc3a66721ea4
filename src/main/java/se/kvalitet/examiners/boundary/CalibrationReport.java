package se.kvalitet.examiners.boundary;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For administrators: every examiner's scores and deviations on an exercise, by name, and the group's spread. */
public record CalibrationReport(Long exerciseId, String title, List<CalibrationView.Criterion> criteria,
                                List<Examiner> examiners, List<CalibrationView.Spread> spread) implements Serializable {

    /** One examiner's scoring; deviations null where not scored. */
    @Schema(name = "CalibrationExaminer")
    public record Examiner(Long personId, String fullName, boolean submitted, List<Integer> scores,
                           List<Integer> deviations, double meanAbsolute) implements Serializable {
    }
}

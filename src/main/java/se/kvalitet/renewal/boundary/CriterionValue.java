package se.kvalitet.renewal.boundary;

import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One criterion of a juror's scoring: the value, its level's label, the points it gives, the justification. */
@Schema(name = "JurorCriterionValue")
public record CriterionValue(String criterionCode, String title, int maxPoints, Integer value, String label,
                             Double points, String justification) implements Serializable {
}

package se.kvalitet.scoring.boundary;

import java.io.Serializable;
import java.util.Map;

/**
 * One criterion of an assessment as others may see it: the value with its band and points (null while not
 * scored), the texts, and the RADAR attribute values (empty on other scales).
 */
public record ScoreView(String criterionCode, String criterionTitle, Integer value, String band, Double points,
                        String justification, String strengths, String improvements, String visitQuestions,
                        Map<String, Integer> radar) implements Serializable {

    public ScoreView {
        radar = radar == null ? Map.of() : Map.copyOf(radar);
    }
}

package se.kvalitet.scoring.entity;

import java.util.Map;

/**
 * What an examiner wrote for one criterion, already checked against the scale: the value (null while undecided),
 * the band and points it gives, the texts, and the RADAR attribute values (empty on other scales).
 */
public record ScoreEntry(Long criterionId, String criterionCode, Integer value, String bandLabel, Double points,
                         String justification, String strengths, String improvements, String visitQuestions,
                         Map<String, Integer> radar) {

    public ScoreEntry {
        radar = radar == null ? Map.of() : Map.copyOf(radar);
    }
}

package se.kvalitet.scoring.boundary;

import java.io.Serializable;
import java.util.Map;

/**
 * What an examiner writes for one criterion: the value on the scale (null while undecided; on RADAR the overall
 * value), the texts, and the RADAR attribute values by attribute code. A criterion sent is replaced as a whole
 * (a field left out is cleared), like the form that always sends every field; criteria not sent are kept.
 */
public record ScoreInput(String criterionCode, Integer value, String justification, String strengths,
                         String improvements, String visitQuestions, Map<String, Integer> radar) implements Serializable {
}

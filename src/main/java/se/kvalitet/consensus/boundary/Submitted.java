package se.kvalitet.consensus.boundary;

import java.io.Serializable;
import java.util.Map;

/** One examiner's submitted assessment as the consensus uses it: per criterion code the value and its words. */
public record Submitted(Long examinerId, String examinerName, Map<String, Individual> scores) implements Serializable {

    public record Individual(Integer value, String band, String justification, String strengths,
                             String improvements) implements Serializable {
    }
}

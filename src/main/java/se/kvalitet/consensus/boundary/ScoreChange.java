package se.kvalitet.consensus.boundary;

import java.io.Serializable;

/** The team's agreed score on a criterion and its words, as a page or the API sends it. */
public record ScoreChange(Integer value, String justification, String strengths, String improvements)
        implements Serializable {
}

package se.kvalitet.feedback.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the feedback report needs of an application's consensus (the consensus component's
 * {@code ConsensusResult}, reduced): the status, the agreed themes and per criterion the agreed score and texts.
 */
public record ConsensusFacts(Long applicationId, String status, List<Criterion> criteria, List<String> keyStrengths,
                             List<String> keyImprovements, LocalDate siteVisitOn, Instant closedAt)
        implements Serializable {

    public ConsensusFacts {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        keyStrengths = keyStrengths == null ? List.of() : List.copyOf(keyStrengths);
        keyImprovements = keyImprovements == null ? List.of() : List.copyOf(keyImprovements);
    }

    public record Criterion(String code, String title, Integer value, String band, Double points, String strengths,
                            String improvements) implements Serializable {
    }
}

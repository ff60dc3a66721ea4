package se.kvalitet.feedback.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * An application's consensus result as its unit may see it once released: per criterion the band and the
 * improvement area, and the score ({@code value}) and {@code totalPoints} only when the cycle's setting shows
 * scores ({@code scoresShown}); otherwise they are null.
 */
public record UnitResult(Long applicationId, boolean scoresShown, Double totalPoints, List<String> keyImprovements,
                         List<Criterion> criteria) implements Serializable {

    public UnitResult {
        keyImprovements = keyImprovements == null ? List.of() : List.copyOf(keyImprovements);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public record Criterion(String code, String title, Integer value, String band, String improvements)
            implements Serializable {
    }
}

package se.kvalitet.renewal.boundary;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The renewal prize's ranking of a cycle: the prize money, the criteria (column order) and the entries by class. */
@Schema(name = "RenewalRanking")
public record RenewalRanking(long cycleId, int year, String cycleName, String phase, Integer prizeAmount,
                             List<Heading> criteria, List<RankingRow> rows) implements Serializable {

    /** A criterion as a column heading. */
    public record Heading(String code, String title, int maxPoints) implements Serializable {
    }
}

package se.kvalitet.renewal.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of the ranking as the caller may see it. While {@code visible} is false (a juror who has not submitted
 * their own scoring of the entry, or a recused one) the mean, the criterion means, the spread and the rank are
 * null or empty; how many have submitted is always shown. {@code criterionMeans} follow the ranking's criteria. In
 * blind jury mode a juror gets only the entry's {@code code}: id, registration number, unit and title are null.
 */
@Schema(name = "RenewalRankingRow")
public record RankingRow(Long applicationId, String code, String registrationNumber, String unitName, String title,
                         Long competitionClassId, String className, boolean recused, String ownStatus,
                         boolean visible, int submitted, int scoring, BigDecimal mean, List<BigDecimal> criterionMeans,
                         BigDecimal spread, Integer rank) implements Serializable {

    /** The unit's name and the title, or the code in blind mode. */
    public String label() {
        return unitName != null ? unitName + ": " + title : code;
    }
}

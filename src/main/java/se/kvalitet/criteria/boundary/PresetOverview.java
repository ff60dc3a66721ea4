package se.kvalitet.criteria.boundary;

import java.io.Serializable;
import se.kvalitet.criteria.control.PresetCatalog.PresetSummary;

/**
 * A preset in one line, for choosing one: its name, the award it was written for, its scale and size.
 * {@code award} is the name of the cycles component's award (QUALITY_AWARD or RENEWAL_PRIZE).
 */
public record PresetOverview(String key, String name, String award, String description, String scaleKind,
                             int criteria, int totalPoints) implements Serializable {

    static PresetOverview of(PresetSummary s) {
        return new PresetOverview(s.key(), s.name(), s.award(), s.description(), s.scaleKind(), s.criteria(),
                s.totalPoints());
    }
}

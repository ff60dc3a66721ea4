package se.kvalitet.applications.boundary;

import java.io.Serializable;

/**
 * Which applications of a cycle to list; null criteria do not filter. {@code status} and {@code award} are
 * the enum names (e.g. SUBMITTED, QUALITY_AWARD); {@code unitName} matches a part of the unit's name.
 */
public record ApplicationFilter(Long competitionClassId, Long administrationId, String status, String award,
                                String unitName) implements Serializable {

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null, null, null);
    }
}

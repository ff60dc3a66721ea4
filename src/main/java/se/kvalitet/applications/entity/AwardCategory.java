package se.kvalitet.applications.entity;

/** The award an application competes for; the same names as the cycles component's awards. */
public enum AwardCategory {
    QUALITY_AWARD, RENEWAL_PRIZE;

    /** The category of this name; refused with a localized reason when there is none. */
    public static AwardCategory of(String name) {
        for (var category : values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        throw new ApplicationRuleException("applications.award.unknown", String.valueOf(name));
    }
}

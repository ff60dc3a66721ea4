package se.kvalitet.applications.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. A draft is written and may be withdrawn; once submitted it is frozen and
 * moves on through review, an optional site visit, the jury's decision and the release of feedback. A
 * submitted application goes back to draft only when an administrator reopens it.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, UNDER_REVIEW, SITE_VISIT, DECIDED, FEEDBACK_RELEASED;

    /** The statuses the review process may move an application to from this one. */
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, DECIDED);
            case UNDER_REVIEW -> EnumSet.of(SITE_VISIT, DECIDED);
            case SITE_VISIT -> EnumSet.of(DECIDED);
            case DECIDED -> EnumSet.of(FEEDBACK_RELEASED);
            default -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    /** A withdrawn application no longer takes the unit's place in its category. */
    public boolean isActive() {
        return this != WITHDRAWN;
    }

    /** Submitted or further: the content is frozen. */
    public boolean isSubmitted() {
        return this != DRAFT && this != WITHDRAWN;
    }
}

package se.kvalitet.cycles.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The phases of an award cycle, in order. A cycle moves forward one phase at a time; the site-visit
 * phase may be skipped, and two steps back are allowed because real cycles need them: reopening
 * the application period (an extended deadline) and reopening consensus after a site visit.
 */
public enum Phase implements se.kvalitet.platform.i18n.Localizable {
    PLANNING,
    APPLICATION_OPEN,
    APPLICATION_CLOSED,
    INDIVIDUAL_REVIEW,
    CONSENSUS,
    SITE_VISITS,
    JURY,
    ANNOUNCED,
    FEEDBACK,
    CLOSED;

    /** From the close of applications until the jury takes over: teams, assessments, consensus, site visits. */
    public static final Set<Phase> UNDER_REVIEW = java.util.Collections.unmodifiableSet(
            EnumSet.of(APPLICATION_CLOSED, INDIVIDUAL_REVIEW, CONSENSUS, SITE_VISITS));

    /** Past the application period and not closed: the year's applications are being worked on. */
    public static final Set<Phase> WORKING = java.util.Collections.unmodifiableSet(
            EnumSet.range(APPLICATION_CLOSED, FEEDBACK));

    /** The phases this phase may move to. */
    public Set<Phase> next() {
        return switch (this) {
            case PLANNING -> EnumSet.of(APPLICATION_OPEN);
            case APPLICATION_OPEN -> EnumSet.of(APPLICATION_CLOSED);
            case APPLICATION_CLOSED -> EnumSet.of(INDIVIDUAL_REVIEW, APPLICATION_OPEN);
            case INDIVIDUAL_REVIEW -> EnumSet.of(CONSENSUS);
            case CONSENSUS -> EnumSet.of(SITE_VISITS, JURY);
            case SITE_VISITS -> EnumSet.of(JURY, CONSENSUS);
            case JURY -> EnumSet.of(ANNOUNCED);
            case ANNOUNCED -> EnumSet.of(FEEDBACK);
            case FEEDBACK -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(Phase.class);
        };
    }

    public boolean canMoveTo(Phase target) {
        return next().contains(target);
    }

    /** Evaluation models may change only before any applicant has seen them. */
    public boolean allowsModelChanges() {
        return this == PLANNING;
    }

    @Override
    public String messageKey() {
        return "cycle.phase." + name();
    }
}

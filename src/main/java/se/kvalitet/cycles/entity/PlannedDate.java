package se.kvalitet.cycles.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Function;

/**
 * One planned date of a cycle and the phase it governs. A date is history once the cycle has moved past the
 * phase it governs: then it is locked, and only an administrator's correction with a recorded reason may change
 * it ({@link AwardCycle#correctDates}). The deadline governs the closed application period, not the open one:
 * while applications are closed and review has not begun, the period may still be reopened with a later
 * deadline, so it locks only when the review starts.
 */
public enum PlannedDate implements se.kvalitet.platform.i18n.Localizable {
    APPLICATION_OPENS_ON(Phase.APPLICATION_OPEN, "applicationOpensOn", PhaseDates::getApplicationOpensOn),
    APPLICATION_CLOSES_AT(Phase.APPLICATION_CLOSED, "applicationClosesAt",
            // the form holds minutes; a deadline set to the second elsewhere is the same date to a person
            d -> d.getApplicationClosesAt() == null ? null : d.getApplicationClosesAt().truncatedTo(ChronoUnit.MINUTES)),
    REVIEW_STARTS_ON(Phase.INDIVIDUAL_REVIEW, "reviewStartsOn", PhaseDates::getReviewStartsOn),
    CONSENSUS_STARTS_ON(Phase.CONSENSUS, "consensusStartsOn", PhaseDates::getConsensusStartsOn),
    SITE_VISITS_START_ON(Phase.SITE_VISITS, "siteVisitsStartOn", PhaseDates::getSiteVisitsStartOn),
    JURY_STARTS_ON(Phase.JURY, "juryStartsOn", PhaseDates::getJuryStartsOn),
    ANNOUNCEMENT_ON(Phase.ANNOUNCED, "announcementOn", PhaseDates::getAnnouncementOn),
    FEEDBACK_ON(Phase.FEEDBACK, "feedbackOn", PhaseDates::getFeedbackOn);

    private final Phase governs;
    private final String field;
    private final Function<PhaseDates, Object> value;

    PlannedDate(Phase governs, String field, Function<PhaseDates, Object> value) {
        this.governs = governs;
        this.field = field;
        this.value = value;
    }

    /** The phase this date governs. */
    public Phase governs() {
        return governs;
    }

    /** Locked in the given phase: the cycle has moved past the phase this date governs. */
    public boolean lockedIn(Phase current) {
        return current.compareTo(governs) > 0;
    }

    /** The field's name in the settings form and the events (e.g. {@code applicationClosesAt}). */
    public String field() {
        return field;
    }

    /** The date as compared and recorded: a day, or the deadline's instant to the minute; null when unset. */
    public Object of(PhaseDates dates) {
        return value.apply(dates);
    }

    /** Whether the two sets of dates differ in this one. */
    public boolean differs(PhaseDates before, PhaseDates after) {
        return !Objects.equals(of(before), of(after));
    }

    /** How the date reads in an event: days as ISO dates, the deadline in city time. */
    public String text(PhaseDates dates) {
        Object v = of(dates);
        if (v instanceof Instant instant) {
            return instant.atZone(PhaseDates.CITY_TIME).toLocalDateTime().toString();
        }
        return v == null ? "-" : v.toString();
    }

    @Override
    public String messageKey() {
        return "cycle.dates." + field;
    }
}

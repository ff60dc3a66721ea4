package se.kvalitet.cycles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The planned dates of a cycle's phases. The application deadline is an instant (a moment in
 * Europe/Stockholm time, stored in UTC) because late submission is refused to the second; the other
 * dates are days. Set dates must not go backwards.
 */
@Embeddable
public class PhaseDates {

    public static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");

    @Column(name = "application_opens_on")
    private LocalDate applicationOpensOn;
    @Column(name = "application_closes_at")
    private Instant applicationClosesAt;
    @Column(name = "review_starts_on")
    private LocalDate reviewStartsOn;
    @Column(name = "consensus_starts_on")
    private LocalDate consensusStartsOn;
    @Column(name = "site_visits_start_on")
    private LocalDate siteVisitsStartOn;
    @Column(name = "jury_starts_on")
    private LocalDate juryStartsOn;
    @Column(name = "announcement_on")
    private LocalDate announcementOn;
    @Column(name = "feedback_on")
    private LocalDate feedbackOn;

    /**
     * Throws when a later phase is dated before an earlier one. Unset dates are skipped; two phases may
     * start on the same day (the application deadline counts by its day in city time). The refusal names
     * both dates and the phases they belong to:
     * arguments {@code (earlierDate, laterDate, earlierPhase, laterPhase)}.
     */
    public void requireInOrder() {
        List<LocalDate> ordered = new ArrayList<>();
        ordered.add(applicationOpensOn);
        ordered.add(applicationClosesAt == null ? null : applicationClosesAt.atZone(CITY_TIME).toLocalDate());
        ordered.add(reviewStartsOn);
        ordered.add(consensusStartsOn);
        ordered.add(siteVisitsStartOn);
        ordered.add(juryStartsOn);
        ordered.add(announcementOn);
        ordered.add(feedbackOn);
        LocalDate previous = null;
        int previousIndex = -1;
        for (int i = 0; i < ordered.size(); i++) {
            LocalDate date = ordered.get(i);
            if (date == null) {
                continue;
            }
            if (previous != null && date.isBefore(previous)) {
                throw new PhaseTransitionException("cycle.dates.outOfOrder", previous, date, ORDER.get(previousIndex),
                        ORDER.get(i));
            }
            previous = date;
            previousIndex = i;
        }
    }

    /** The dated phases in the order {@link #requireInOrder()} checks them. */
    public static final List<Phase> ORDER = List.of(Phase.APPLICATION_OPEN, Phase.APPLICATION_CLOSED,
            Phase.INDIVIDUAL_REVIEW, Phase.CONSENSUS, Phase.SITE_VISITS, Phase.JURY, Phase.ANNOUNCED, Phase.FEEDBACK);

    /** The planned day a phase starts (the deadline's day in city time for the closing), or null. */
    public LocalDate startOf(Phase phase) {
        return switch (phase) {
            case APPLICATION_OPEN -> applicationOpensOn;
            case APPLICATION_CLOSED -> applicationClosesAt == null ? null : applicationClosesAt.atZone(CITY_TIME).toLocalDate();
            case INDIVIDUAL_REVIEW -> reviewStartsOn;
            case CONSENSUS -> consensusStartsOn;
            case SITE_VISITS -> siteVisitsStartOn;
            case JURY -> juryStartsOn;
            case ANNOUNCED -> announcementOn;
            case FEEDBACK -> feedbackOn;
            case PLANNING, CLOSED -> null;
        };
    }

    /**
     * The same plan {@code years} later: every day moved by whole years, the deadline at the same wall-clock
     * time in the city (29 February becomes 28 February).
     */
    public PhaseDates movedBy(int years) {
        var d = new PhaseDates();
        d.applicationOpensOn = plus(applicationOpensOn, years);
        d.setApplicationClosesAtCityTime(applicationClosesAt == null ? null
                : getApplicationClosesAtCityTime().plusYears(years));
        d.reviewStartsOn = plus(reviewStartsOn, years);
        d.consensusStartsOn = plus(consensusStartsOn, years);
        d.siteVisitsStartOn = plus(siteVisitsStartOn, years);
        d.juryStartsOn = plus(juryStartsOn, years);
        d.announcementOn = plus(announcementOn, years);
        d.feedbackOn = plus(feedbackOn, years);
        return d;
    }

    private static LocalDate plus(LocalDate day, int years) {
        return day == null ? null : day.plusYears(years);
    }

    /** The application deadline as the administrator enters and reads it: wall-clock time in the city. */
    public LocalDateTime getApplicationClosesAtCityTime() {
        return applicationClosesAt == null ? null : LocalDateTime.ofInstant(applicationClosesAt, CITY_TIME);
    }

    /**
     * Sets the deadline from wall-clock time in the city. In the hour skipped when summer time starts the
     * time is moved forward by the gap; in the repeated autumn hour the earlier moment is taken.
     */
    public void setApplicationClosesAtCityTime(LocalDateTime cityTime) {
        this.applicationClosesAt = cityTime == null ? null : cityTime.atZone(CITY_TIME).toInstant();
    }

    public LocalDate getApplicationOpensOn() { return applicationOpensOn; }
    public void setApplicationOpensOn(LocalDate d) { this.applicationOpensOn = d; }
    public Instant getApplicationClosesAt() { return applicationClosesAt; }
    public void setApplicationClosesAt(Instant d) { this.applicationClosesAt = d; }
    public LocalDate getReviewStartsOn() { return reviewStartsOn; }
    public void setReviewStartsOn(LocalDate d) { this.reviewStartsOn = d; }
    public LocalDate getConsensusStartsOn() { return consensusStartsOn; }
    public void setConsensusStartsOn(LocalDate d) { this.consensusStartsOn = d; }
    public LocalDate getSiteVisitsStartOn() { return siteVisitsStartOn; }
    public void setSiteVisitsStartOn(LocalDate d) { this.siteVisitsStartOn = d; }
    public LocalDate getJuryStartsOn() { return juryStartsOn; }
    public void setJuryStartsOn(LocalDate d) { this.juryStartsOn = d; }
    public LocalDate getAnnouncementOn() { return announcementOn; }
    public void setAnnouncementOn(LocalDate d) { this.announcementOn = d; }
    public LocalDate getFeedbackOn() { return feedbackOn; }
    public void setFeedbackOn(LocalDate d) { this.feedbackOn = d; }
}

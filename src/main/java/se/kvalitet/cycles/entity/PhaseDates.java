package se.kvalitet.cycles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
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

    /** Throws when a later phase is dated before an earlier one. */
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
        for (LocalDate date : ordered) {
            if (date == null) {
                continue;
            }
            if (previous != null && date.isBefore(previous)) {
                throw new PhaseTransitionException("cycle.dates.outOfOrder", previous, date);
            }
            previous = date;
        }
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

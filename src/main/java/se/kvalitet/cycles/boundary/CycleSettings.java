package se.kvalitet.cycles.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.cycles.entity.PhaseDates;

/**
 * The editable settings of a cycle as a form holds them: name, registration-number format and the
 * planned dates. The application deadline is wall-clock time in the city (Europe/Stockholm); the cycle
 * stores it as an instant.
 */
public class CycleSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String registrationFormat;
    private LocalDate applicationOpensOn;
    private LocalDateTime applicationClosesAt;
    private LocalDate reviewStartsOn;
    private LocalDate consensusStartsOn;
    private LocalDate siteVisitsStartOn;
    private LocalDate juryStartsOn;
    private LocalDate announcementOn;
    private LocalDate feedbackOn;

    public static CycleSettings of(AwardCycle cycle) {
        var s = new CycleSettings();
        var d = cycle.plannedDates();
        s.name = cycle.getName();
        s.registrationFormat = cycle.getRegistrationFormat();
        s.applicationOpensOn = d.getApplicationOpensOn();
        s.applicationClosesAt = d.getApplicationClosesAtCityTime();
        s.reviewStartsOn = d.getReviewStartsOn();
        s.consensusStartsOn = d.getConsensusStartsOn();
        s.siteVisitsStartOn = d.getSiteVisitsStartOn();
        s.juryStartsOn = d.getJuryStartsOn();
        s.announcementOn = d.getAnnouncementOn();
        s.feedbackOn = d.getFeedbackOn();
        return s;
    }

    PhaseDates toDates() {
        var d = new PhaseDates();
        d.setApplicationOpensOn(applicationOpensOn);
        d.setApplicationClosesAtCityTime(applicationClosesAt);
        d.setReviewStartsOn(reviewStartsOn);
        d.setConsensusStartsOn(consensusStartsOn);
        d.setSiteVisitsStartOn(siteVisitsStartOn);
        d.setJuryStartsOn(juryStartsOn);
        d.setAnnouncementOn(announcementOn);
        d.setFeedbackOn(feedbackOn);
        return d;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRegistrationFormat() { return registrationFormat; }
    public void setRegistrationFormat(String registrationFormat) { this.registrationFormat = registrationFormat; }
    public LocalDate getApplicationOpensOn() { return applicationOpensOn; }
    public void setApplicationOpensOn(LocalDate applicationOpensOn) { this.applicationOpensOn = applicationOpensOn; }
    public LocalDateTime getApplicationClosesAt() { return applicationClosesAt; }
    public void setApplicationClosesAt(LocalDateTime applicationClosesAt) { this.applicationClosesAt = applicationClosesAt; }
    public LocalDate getReviewStartsOn() { return reviewStartsOn; }
    public void setReviewStartsOn(LocalDate reviewStartsOn) { this.reviewStartsOn = reviewStartsOn; }
    public LocalDate getConsensusStartsOn() { return consensusStartsOn; }
    public void setConsensusStartsOn(LocalDate consensusStartsOn) { this.consensusStartsOn = consensusStartsOn; }
    public LocalDate getSiteVisitsStartOn() { return siteVisitsStartOn; }
    public void setSiteVisitsStartOn(LocalDate siteVisitsStartOn) { this.siteVisitsStartOn = siteVisitsStartOn; }
    public LocalDate getJuryStartsOn() { return juryStartsOn; }
    public void setJuryStartsOn(LocalDate juryStartsOn) { this.juryStartsOn = juryStartsOn; }
    public LocalDate getAnnouncementOn() { return announcementOn; }
    public void setAnnouncementOn(LocalDate announcementOn) { this.announcementOn = announcementOn; }
    public LocalDate getFeedbackOn() { return feedbackOn; }
    public void setFeedbackOn(LocalDate feedbackOn) { this.feedbackOn = feedbackOn; }
}

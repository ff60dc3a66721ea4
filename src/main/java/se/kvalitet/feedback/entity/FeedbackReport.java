package se.kvalitet.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The feedback report of one application. Its text is never stored: it is rendered from the closed consensus
 * each time, so a correction of the consensus before release reaches the applicant. What is stored is the
 * workflow (who drafted, reviewed and released it, when) and the report's language and meeting date.
 */
@Entity
@Table(name = "feedback_report")
public class FeedbackReport {

    /** Release days are the city's days: a report released "on the feedback date" means in Stockholm. */
    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Column(nullable = false)
    private String language;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;
    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "released_at")
    private Instant releasedAt;
    @Column(name = "released_by")
    private String releasedBy;
    @Column(name = "meeting_on")
    private LocalDate meetingOn;

    @Version
    private long version;

    protected FeedbackReport() {
    }

    /**
     * Drafts the report of an application. Only from a closed consensus: an open one may still change the
     * scores the applicant would read.
     */
    public static FeedbackReport draft(Long applicationId, Long cycleId, String consensusStatus, String language,
                                       Instant now, String actor) {
        requireClosed(consensusStatus);
        var report = new FeedbackReport();
        report.applicationId = applicationId;
        report.cycleId = cycleId;
        report.status = ReportStatus.DRAFTED;
        report.language = language(language);
        report.draftedAt = now;
        report.draftedBy = actor;
        return report;
    }

    /** The leader drafts again (e.g. after an adjusted consensus): back to DRAFTED, the review is void. */
    public void redraft(String consensusStatus, String language, Instant now, String actor) {
        requireNotReleased();
        requireClosed(consensusStatus);
        this.language = language(language);
        this.status = ReportStatus.DRAFTED;
        this.draftedAt = now;
        this.draftedBy = actor;
        this.reviewedAt = null;
        this.reviewedBy = null;
    }

    /** The administrator has read the draft and approves it for release. */
    public void review(String consensusStatus, Instant now, String actor) {
        requireNotReleased();
        requireClosed(consensusStatus);
        if (status != ReportStatus.DRAFTED) {
            throw new RuleViolation("feedback.review.notDrafted");
        }
        status = ReportStatus.REVIEWED;
        reviewedAt = now;
        reviewedBy = actor;
    }

    /**
     * Released to the applicant: only a reviewed report, and not before the cycle's feedback date (all units
     * hear at the same time, after the announcement).
     */
    public void release(LocalDate feedbackOn, Instant now, String actor) {
        requireNotReleased();
        if (status != ReportStatus.REVIEWED) {
            throw new RuleViolation("feedback.release.notReviewed");
        }
        if (feedbackOn == null) {
            throw new RuleViolation("feedback.release.noFeedbackDate");
        }
        if (now.atZone(CITY).toLocalDate().isBefore(feedbackOn)) {
            throw new RuleViolation("feedback.release.tooEarly", feedbackOn);
        }
        status = ReportStatus.RELEASED;
        releasedAt = now;
        releasedBy = actor;
    }

    /** The day the team meets the unit to talk the report through; recorded, or cleared with null. */
    public void recordMeeting(LocalDate on) {
        this.meetingOn = on;
    }

    public boolean released() {
        return status == ReportStatus.RELEASED;
    }

    private void requireNotReleased() {
        if (status == ReportStatus.RELEASED) {
            throw new RuleViolation("feedback.alreadyReleased");
        }
    }

    static void requireClosed(String consensusStatus) {
        if (!"CLOSED".equals(consensusStatus)) {
            throw new RuleViolation("feedback.consensusNotClosed");
        }
    }

    static String language(String language) {
        return "en".equals(language) ? "en" : "sv";
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Long getCycleId() { return cycleId; }
    public ReportStatus getStatus() { return status; }
    public String getLanguage() { return language; }
    public Instant getDraftedAt() { return draftedAt; }
    public String getDraftedBy() { return draftedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReleasedAt() { return releasedAt; }
    public String getReleasedBy() { return releasedBy; }
    public LocalDate getMeetingOn() { return meetingOn; }
    public long getVersion() { return version; }
}

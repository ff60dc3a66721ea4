package se.kvalitet.feedback.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The feedback report of one application. Its text is rendered from the closed consensus each time, so a
 * correction of the consensus before release reaches the applicant; what the leader or an administrator edited
 * (the summary, per criterion the strengths and areas for improvement) is stored and replaces the consensus's
 * text, and only that: a text nobody edited keeps following the consensus. A redraft keeps the edits unless the
 * drafter chooses to replace them. Also stored: the workflow (who drafted, reviewed and released it, when) and
 * the report's language and meeting date. Edits after the review send the report back to be reviewed again.
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

    /** The edited summary; null while it is the one made from the consensus's key themes. */
    @Column(name = "summary")
    private String summary;
    @Column(name = "texts_edited_at")
    private Instant textsEditedAt;
    @Column(name = "texts_edited_by")
    private String textsEditedBy;

    /** Per criterion code the edited texts; a criterion without an entry reads the consensus's texts. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_report_text", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "criterion_code")
    private Map<String, EditedText> texts = new HashMap<>();

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

    /** Drafts again and keeps the edited texts. */
    public void redraft(String consensusStatus, String language, Instant now, String actor) {
        redraft(consensusStatus, language, false, now, actor);
    }

    /**
     * The leader drafts again (e.g. after an adjusted consensus): back to DRAFTED, the review is void. The edited
     * texts are kept unless {@code replaceEdits}: then the report reads the consensus's texts again.
     */
    public void redraft(String consensusStatus, String language, boolean replaceEdits, Instant now, String actor) {
        requireNotReleased();
        requireClosed(consensusStatus);
        if (replaceEdits && edited()) {
            summary = null;
            texts.clear();
            textsEditedAt = now;
            textsEditedBy = actor;
        }
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

    /**
     * Stores the edited texts (only those that differ from the consensus's: the caller compares). Not after
     * release; a change to a reviewed report voids the review, since the administrator approved other words.
     * Returns whether anything changed.
     */
    public boolean editTexts(String summary, Map<String, EditedText> edited, Instant now, String actor) {
        requireNotReleased();
        var kept = new HashMap<String, EditedText>();
        edited.forEach((code, text) -> {
            if (text != null && !text.empty()) {
                kept.put(code, text);
            }
        });
        if (Objects.equals(this.summary, summary) && texts.equals(kept)) {
            return false;
        }
        this.summary = summary;
        texts.clear();
        texts.putAll(kept);
        textsEditedAt = now;
        textsEditedBy = actor;
        if (status == ReportStatus.REVIEWED) {
            status = ReportStatus.DRAFTED;
            reviewedAt = null;
            reviewedBy = null;
        }
        return true;
    }

    /** Whether any text differs from the consensus's. */
    public boolean edited() {
        return summary != null || !texts.isEmpty();
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
    public String getSummary() { return summary; }
    public Instant getTextsEditedAt() { return textsEditedAt; }
    public String getTextsEditedBy() { return textsEditedBy; }
    public Map<String, EditedText> getTexts() { return Map.copyOf(texts); }
    public long getVersion() { return version; }
}

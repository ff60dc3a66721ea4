package se.kvalitet.renewal.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
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
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The renewal prize's written feedback to one entrant: a summary and per criterion a text, drafted from the jurors'
 * submitted justifications and edited by an administrator. DRAFTED until an administrator releases it, not before the
 * cycle's feedback date (every entrant hears at the same time, after the announcement); then it is final.
 */
@Entity
@Table(name = "renewal_feedback")
public class RenewalFeedback {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "summary")
    private String summary;

    /** DRAFTED or RELEASED. */
    @Column(nullable = false)
    private String status;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;
    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;
    @Column(name = "released_at")
    private Instant releasedAt;
    @Column(name = "released_by")
    private String releasedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "renewal_feedback_text", joinColumns = @JoinColumn(name = "feedback_id"))
    @MapKeyColumn(name = "criterion_code")
    @Column(name = "text")
    private Map<String, String> texts = new HashMap<>();

    @Version
    private long version;

    protected RenewalFeedback() {
    }

    /** The first draft: the starting texts made from the jurors' justifications. */
    public static RenewalFeedback draft(Long applicationId, Long cycleId, String summary, Map<String, String> texts,
                                        Instant now, String actor) {
        var feedback = new RenewalFeedback();
        feedback.applicationId = applicationId;
        feedback.cycleId = cycleId;
        feedback.status = "DRAFTED";
        feedback.draftedAt = now;
        feedback.draftedBy = actor;
        feedback.write(summary, texts);
        return feedback;
    }

    /** The administrator's edit: the whole text as it should read; not after release. */
    public void edit(String summary, Map<String, String> texts, Instant now, String actor) {
        requireDraft();
        write(summary, texts);
        draftedAt = now;
        draftedBy = actor;
    }

    /** Released to the entrant's unit, on or after the cycle's feedback date. */
    public void release(LocalDate feedbackOn, Instant now, String actor) {
        requireDraft();
        if (feedbackOn == null) {
            throw new RuleViolation("renewal.feedback.noFeedbackDate");
        }
        if (now.atZone(CITY).toLocalDate().isBefore(feedbackOn)) {
            throw new RuleViolation("renewal.feedback.tooEarly", feedbackOn);
        }
        status = "RELEASED";
        releasedAt = now;
        releasedBy = actor;
    }

    public boolean released() {
        return "RELEASED".equals(status);
    }

    private void requireDraft() {
        if (released()) {
            throw new RuleViolation("renewal.feedback.alreadyReleased");
        }
    }

    private void write(String summary, Map<String, String> texts) {
        this.summary = checked("summary", summary);
        var kept = new HashMap<String, String>();
        texts.forEach((code, text) -> {
            String t = checked(code, text);
            if (t != null) {
                kept.put(code, t);
            }
        });
        this.texts.clear();
        this.texts.putAll(kept);
    }

    private static String checked(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.replace("\r\n", "\n").strip();
        if (t.length() > MAX_LENGTH) {
            throw new RuleViolation("renewal.feedback.tooLong", field, t.length(), MAX_LENGTH);
        }
        return t;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Long getCycleId() { return cycleId; }
    public String getSummary() { return summary; }
    public String getStatus() { return status; }
    public Instant getDraftedAt() { return draftedAt; }
    public Instant getReleasedAt() { return releasedAt; }
    public Map<String, String> getTexts() { return Map.copyOf(texts); }
    public long getVersion() { return version; }
}

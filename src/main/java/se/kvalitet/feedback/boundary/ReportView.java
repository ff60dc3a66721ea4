package se.kvalitet.feedback.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A feedback report as its page and the REST API show it. {@code status} is NONE before the leader drafts;
 * {@code version} (null before the draft) goes back with the next change. The {@code may*} flags say what the
 * caller may do now; the boundary checks again on every call.
 */
public record ReportView(Long applicationId, Long cycleId, String registrationNumber, String unitName,
                         String competitionClassName, String consensusStatus, String status, Long version,
                         String language, Instant draftedAt, String draftedBy, Instant reviewedAt, String reviewedBy,
                         Instant releasedAt, LocalDate meetingOn, LocalDate feedbackOn, boolean mayDraft,
                         boolean mayReview, boolean mayRelease, boolean mayDownload) implements Serializable {
}

package se.kvalitet.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The report's PDF as it was released. Kept apart from {@link FeedbackReport} so lists of reports never load
 * the bytes; never changed after it is written, so it needs no version.
 */
@Entity
@Table(name = "feedback_report_file")
public class ReleasedPdf {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Lob
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReleasedPdf() {
    }

    public ReleasedPdf(Long reportId, byte[] content, Instant createdAt) {
        this.reportId = reportId;
        this.content = content.clone();
        this.createdAt = createdAt;
    }

    public Long getReportId() { return reportId; }
    public byte[] getContent() { return content.clone(); }
    public Instant getCreatedAt() { return createdAt; }
}

package se.kvalitet.applications.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A file attached to an application, stored in the database with its SHA-256 checksum. The content is
 * loaded only when asked for. Which files are accepted is decided by {@code AttachmentRules}.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Version
    private long version;

    protected Attachment() {
    }

    public Attachment(Long applicationId, String fileName, String contentType, byte[] content, String sha256,
                      Instant uploadedAt, String uploadedBy) {
        this.applicationId = applicationId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    /** The same file attached to another application (a new year's draft started from this one's). */
    public Attachment copyTo(Long otherApplicationId, Instant now, String by) {
        return new Attachment(otherApplicationId, fileName, contentType, content, sha256, now, by);
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
    public long getVersion() { return version; }
}

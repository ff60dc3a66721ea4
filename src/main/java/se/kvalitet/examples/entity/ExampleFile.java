package se.kvalitet.examples.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * A file of a record, made for publication: the publication PDF (rendered from the record's own texts, see
 * {@code examples.control.PublicationPdf}, replaced whenever the texts change) or an image the administrator
 * added. An image must say what it shows (alt text), or people who cannot see it learn nothing from it. A file is
 * never a copy of the application's files: the application carries what the unit told the city (eligibility
 * answers, contacts), not what it agreed to publish. Files are added and removed, never changed.
 */
@Entity
@Table(name = "good_example_file")
public class ExampleFile {

    public enum Kind { PUBLICATION, IMAGE }

    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "example_id", nullable = false, updatable = false)
    private Long exampleId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "alt_text")
    private String altText;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ExampleFile() {
    }

    /** The publication PDF of a record, made from its texts. */
    public static ExampleFile publication(Long exampleId, String fileName, byte[] content, Instant now) {
        return new ExampleFile(exampleId, Kind.PUBLICATION, fileName, "application/pdf", null, content, now);
    }

    /**
     * Whether the file may reach the record's readers (with the record's audience). Every kind today is; the
     * library asks anyway, so a kind added later (a working file) is not published by default.
     */
    public boolean isMadeForPublication() {
        return kind == Kind.PUBLICATION || kind == Kind.IMAGE;
    }

    /** An image (PNG, JPEG, GIF or WebP by its first bytes), with the alt text it requires. */
    public static ExampleFile image(Long exampleId, String fileName, String altText, byte[] content, Instant now) {
        if (altText == null || altText.isBlank()) {
            throw new RuleViolation("examples.image.altTextRequired");
        }
        String type = imageType(content);
        if (type == null) {
            throw new RuleViolation("examples.image.notAnImage");
        }
        return new ExampleFile(exampleId, Kind.IMAGE, fileName, type, altText.strip(), content, now);
    }

    private ExampleFile(Long exampleId, Kind kind, String fileName, String contentType, String altText, byte[] content,
                        Instant now) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new RuleViolation("examples.file.size");
        }
        this.exampleId = exampleId;
        this.kind = kind;
        this.fileName = fileName == null || fileName.isBlank() ? "fil" : fileName.strip();
        this.contentType = contentType;
        this.altText = altText;
        this.content = content.clone();
        this.sha256 = sha256(content);
        this.addedAt = now;
    }

    static String imageType(byte[] c) {
        if (c == null || c.length < 12) {
            return null;
        }
        if ((c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return "image/png";
        }
        if ((c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8) {
            return "image/jpeg";
        }
        if (c[0] == 'G' && c[1] == 'I' && c[2] == 'F') {
            return "image/gif";
        }
        if (c[0] == 'R' && c[1] == 'I' && c[2] == 'F' && c[3] == 'F' && c[8] == 'W' && c[9] == 'E' && c[10] == 'B') {
            return "image/webp";
        }
        return null;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() { return id; }
    public Long getExampleId() { return exampleId; }
    public Kind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public String getAltText() { return altText; }
    public byte[] getContent() { return content == null ? null : content.clone(); }
    public String getSha256() { return sha256; }
    public Instant getAddedAt() { return addedAt; }
}

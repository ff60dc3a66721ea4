package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An attached file without its content: name, detected type, size, checksum, who uploaded it when. */
public record AttachmentView(Long id, String fileName, String contentType, long sizeBytes, String sha256,
                             Instant uploadedAt, String uploadedBy) implements Serializable {
}

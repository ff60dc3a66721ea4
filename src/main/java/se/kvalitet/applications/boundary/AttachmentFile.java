package se.kvalitet.applications.boundary;

/** A file to download: its (safe) name, detected content type, bytes and SHA-256 checksum. */
public record AttachmentFile(String fileName, String contentType, byte[] content, String sha256) {
}

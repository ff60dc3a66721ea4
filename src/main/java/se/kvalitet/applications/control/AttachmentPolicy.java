package se.kvalitet.applications.control;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import se.kvalitet.applications.control.DetectedType.Family;

/**
 * What a cycle lets applicants attach: the allowed file families (PDF only, or PDF and office documents),
 * the largest single file and the most all of one application's attachments may weigh together.
 *
 * @param allowedFamilies        which {@link Family families} are accepted; REFUSED and UNKNOWN never are
 * @param maxBytesPerFile        the largest accepted file, in bytes (positive)
 * @param maxBytesPerApplication the largest accepted total of one application's attachments, in bytes (positive)
 */
public record AttachmentPolicy(Set<Family> allowedFamilies, long maxBytesPerFile, long maxBytesPerApplication) {

    public AttachmentPolicy {
        if (allowedFamilies == null || allowedFamilies.isEmpty()) {
            throw new IllegalArgumentException("a policy allows at least one family");
        }
        if (allowedFamilies.contains(Family.REFUSED) || allowedFamilies.contains(Family.UNKNOWN)) {
            throw new IllegalArgumentException("refused and unknown files are never allowed");
        }
        if (maxBytesPerFile <= 0 || maxBytesPerApplication <= 0) {
            throw new IllegalArgumentException("size limits are positive");
        }
        allowedFamilies = Collections.unmodifiableSet(EnumSet.copyOf(allowedFamilies));
    }

    /** Only PDF files. */
    public static AttachmentPolicy pdfOnly(long maxBytesPerFile, long maxBytesPerApplication) {
        return new AttachmentPolicy(EnumSet.of(Family.PDF), maxBytesPerFile, maxBytesPerApplication);
    }

    /** PDF files and office documents (Word, Excel, PowerPoint, OpenDocument). */
    public static AttachmentPolicy pdfAndOffice(long maxBytesPerFile, long maxBytesPerApplication) {
        return new AttachmentPolicy(EnumSet.of(Family.PDF, Family.OFFICE), maxBytesPerFile, maxBytesPerApplication);
    }

    public boolean allows(DetectedType type) {
        return allowedFamilies.contains(type.family());
    }
}

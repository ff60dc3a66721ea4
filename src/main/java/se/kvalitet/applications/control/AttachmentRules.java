package se.kvalitet.applications.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import se.kvalitet.applications.control.DetectedType.Family;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * Whether a file may be attached to an application, given the cycle's {@link AttachmentPolicy}, the file's
 * real type (from {@link ContentTypes}), its size and what the application's attachments already weigh.
 * The first rule broken is reported as a {@link RuleViolation} whose key lives in {@code i18n/applications}:
 * <ol>
 *   <li>{@code applications.attachment.empty} {0 name}: the file has no content;</li>
 *   <li>{@code applications.attachment.dangerous} {0 name}: a program, script, web page, macro document,
 *       archive or zip bomb, whatever its name says;</li>
 *   <li>{@code applications.attachment.unknownType} {0 name, 1 allowed formats}: not a format we recognise;</li>
 *   <li>{@code applications.attachment.typeNotAllowed} {0 name, 1 detected format, 2 allowed formats}: a
 *       format this cycle does not accept;</li>
 *   <li>{@code applications.attachment.tooLarge} {0 name, 1 size in MB, 2 limit in MB};</li>
 *   <li>{@code applications.attachment.totalTooLarge} {0 name, 1 total after adding in MB, 2 limit in MB,
 *       3 room left in MB}.</li>
 * </ol>
 * Sizes are passed as megabytes ({@code double}, 1 MB = 1 048 576 bytes) for the message to format.
 */
public final class AttachmentRules {

    static final double MEGABYTE = 1024.0 * 1024.0;

    private AttachmentRules() {
    }

    /**
     * The rule the file breaks, if any.
     *
     * @param policy            the cycle's policy
     * @param fileName          the (sanitised) name to mention in the message
     * @param type              what {@link ContentTypes#detect(byte[])} found
     * @param sizeBytes         the file's size
     * @param currentTotalBytes what the application's other attachments weigh together (a replaced file not counted)
     */
    public static Optional<RuleViolation> check(AttachmentPolicy policy, String fileName, DetectedType type,
                                                long sizeBytes, long currentTotalBytes) {
        if (type == DetectedType.EMPTY || sizeBytes <= 0) {
            return refuse("applications.attachment.empty", fileName);
        }
        if (type.family() == Family.REFUSED) {
            return refuse("applications.attachment.dangerous", fileName);
        }
        if (type.family() == Family.UNKNOWN) {
            return refuse("applications.attachment.unknownType", fileName, allowedFormats(policy));
        }
        if (!policy.allows(type)) {
            return refuse("applications.attachment.typeNotAllowed", fileName, type.name(), allowedFormats(policy));
        }
        if (sizeBytes > policy.maxBytesPerFile()) {
            return refuse("applications.attachment.tooLarge", fileName, megabytes(sizeBytes),
                    megabytes(policy.maxBytesPerFile()));
        }
        long total = Math.max(0, currentTotalBytes) + sizeBytes;
        if (total > policy.maxBytesPerApplication()) {
            long left = Math.max(0, policy.maxBytesPerApplication() - Math.max(0, currentTotalBytes));
            return refuse("applications.attachment.totalTooLarge", fileName, megabytes(total),
                    megabytes(policy.maxBytesPerApplication()), megabytes(left));
        }
        return Optional.empty();
    }

    /** Throws the {@link RuleViolation} of {@link #check} when the file breaks a rule. */
    public static void enforce(AttachmentPolicy policy, String fileName, DetectedType type,
                               long sizeBytes, long currentTotalBytes) {
        Optional<RuleViolation> violation = check(policy, fileName, type, sizeBytes, currentTotalBytes);
        if (violation.isPresent()) {
            throw violation.get();
        }
    }

    /** The formats a policy accepts, for messages: {@code PDF} or {@code PDF, DOCX, XLSX, …}. */
    public static String allowedFormats(AttachmentPolicy policy) {
        return Arrays.stream(DetectedType.values())
                .filter(policy::allows)
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    static double megabytes(long bytes) {
        return Math.round(bytes / MEGABYTE * 10) / 10.0;
    }

    private static Optional<RuleViolation> refuse(String key, Object... arguments) {
        return Optional.of(new RuleViolation(key, arguments));
    }
}

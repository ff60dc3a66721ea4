package se.kvalitet.applications.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as applicants give them, made safe to store and to send back on download. Keeps what a person
 * recognises (letters with åäö, digits, spaces, punctuation) and drops what could do harm: folders
 * ({@code C:\Users\x\}, {@code ../}), control characters, characters Windows forbids in names, leading dots
 * (hidden files), trailing dots and spaces, and
 * Windows device names ({@code CON.pdf} becomes {@code _CON.pdf}). At most {@link #MAX_LENGTH} characters, keeping the extension.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;
    /** The name of a file whose own name had nothing left. */
    public static final String FALLBACK = "attachment";

    private FileNames() {
    }

    /** A safe name for storage and download; never blank. */
    public static String sanitize(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (c == '\t' || Character.isSpaceChar(c)) {
                kept.append(' ');
                return;
            }
            if (Character.isISOControl(c) || "<>:\"|?*".indexOf(c) >= 0
                    || Character.getType(c) == Character.FORMAT      // bidi overrides like U+202E hide a real extension
                    || Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.SURROGATE
                    || Character.getType(c) == Character.UNASSIGNED) {
                return;
            }
            kept.appendCodePoint(c);
        });
        name = kept.toString().replaceAll(" {2,}", " ").strip();
        name = name.replaceFirst("^[. ]+", "").replaceFirst("[. ]+$", "");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        String stem = (name.contains(".") ? name.substring(0, name.indexOf('.')) : name).strip();
        if (WINDOWS_DEVICE.matcher(stem).matches()) {
            name = "_" + name; // "CON.pdf" cannot be saved on Windows
        }
        return shorten(name);
    }

    private static final java.util.regex.Pattern WINDOWS_DEVICE =
            java.util.regex.Pattern.compile("(?i)CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]");

    /**
     * A safe name that ends with the usual extension of the file's real type: {@code "rapport"} detected as
     * PDF becomes {@code "rapport.pdf"}; {@code "bild.JPEG"} stays as it is.
     */
    public static String sanitize(String original, DetectedType type) {
        String name = sanitize(original);
        if (type.extension() == null || hasExtensionOf(name, type)) {
            return name;
        }
        return shorten(name + "." + type.extension());
    }

    /**
     * A Content-Disposition header value for downloading {@code name} (already sanitised): an ASCII
     * fallback plus the exact UTF-8 name (RFC 6266 / RFC 5987), so "Årsrapport.pdf" arrives as such.
     */
    public static String contentDisposition(String name) {
        String safe = sanitize(name);
        String ascii = Normalizer.normalize(safe, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static boolean hasExtensionOf(String name, DetectedType type) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("." + type.extension())
                || (type == DetectedType.JPEG && lower.endsWith(".jpeg"));
    }

    /** Cuts the base name, not the extension, so a long name keeps its ".pdf". */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.length();
        int end = base.offsetByCodePoints(0, Math.min(keep, base.codePointCount(0, base.length())));
        return base.substring(0, end).strip() + extension;
    }
}

package se.kvalitet.applications.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells what a file really is from its bytes, never from its name or the browser's Content-Type: a
 * renamed executable stays an executable. Recognises the documents applicants may attach (PDF, Office
 * Open XML, OpenDocument, legacy Word/Excel), images, and the things we refuse outright (programs,
 * scripts, markup a browser would run, macro documents, plain archives and zip bombs).
 * <p>
 * ZIP-based formats are inspected entry by entry on the bytes themselves; at most
 * {@link #MAX_INSPECTED_UNCOMPRESSED_BYTES} are ever unpacked and at most {@link #MAX_ZIP_ENTRIES} entries
 * are looked at, so a zip bomb costs us a bounded amount of work and is refused as {@link DetectedType#ZIP_BOMB}.
 * Pure and thread-safe.
 */
public final class ContentTypes {

    /** The most we unpack while inspecting one ZIP-based file (office files are mostly already compressed). */
    public static final long MAX_INSPECTED_UNCOMPRESSED_BYTES = 200L * 1024 * 1024;
    /** The most entries we look at in one ZIP-based file; real office documents have a few dozen to a few hundred. */
    public static final int MAX_ZIP_ENTRIES = 10_000;
    /** Unpacking more than this many times the file's size is a zip bomb, however small. */
    static final long MAX_COMPRESSION_RATIO = 100;
    private static final int TEXT_SNIFF_BYTES = 4096;
    private static final int SMALL_ENTRY_BYTES = 64 * 1024;

    private ContentTypes() {
    }

    /** What the whole file {@code content} is. A null or empty array is {@link DetectedType#EMPTY}. */
    public static DetectedType detect(byte[] content) {
        if (content == null || content.length == 0) {
            return DetectedType.EMPTY;
        }
        if (startsWith(content, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return DetectedType.PDF;
        }
        if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return DetectedType.PNG;
        }
        if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
            return DetectedType.JPEG;
        }
        if (startsWith(content, 0, 'P', 'K', 3, 4) || startsWith(content, 0, 'P', 'K', 5, 6)
                || startsWith(content, 0, 'P', 'K', 7, 8)) {
            return zip(content);
        }
        if (startsWith(content, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Ole2.classify(content);
        }
        if (isExecutable(content)) {
            return DetectedType.EXECUTABLE;
        }
        return text(content);
    }

    /** Reads the whole stream (the caller bounds its size) and tells what it is. */
    public static DetectedType detect(InputStream in) throws IOException {
        return detect(in.readAllBytes());
    }

    private static boolean isExecutable(byte[] b) {
        return startsWith(b, 0, 'M', 'Z')                        // Windows PE / DOS
                || startsWith(b, 0, 0x7F, 'E', 'L', 'F')          // Linux ELF
                || startsWith(b, 0, 0xFE, 0xED, 0xFA, 0xCE)       // Mach-O 32
                || startsWith(b, 0, 0xFE, 0xED, 0xFA, 0xCF)       // Mach-O 64
                || startsWith(b, 0, 0xCE, 0xFA, 0xED, 0xFE)       // Mach-O 32, little endian
                || startsWith(b, 0, 0xCF, 0xFA, 0xED, 0xFE)       // Mach-O 64, little endian
                || startsWith(b, 0, 0xCA, 0xFE, 0xBA, 0xBE);      // Mach-O universal / Java class
    }

    /** Scripts and markup are refused; any other text is simply not a document we know. */
    private static DetectedType text(byte[] b) {
        int length = Math.min(b.length, TEXT_SNIFF_BYTES);
        String head = new String(b, 0, length, StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {                // UTF-8 byte order mark
            head = head.substring(3);
        } else if (head.startsWith("\u00FE\u00FF") || head.startsWith("\u00FF\u00FE")) { // UTF-16: drop the NULs
            head = head.substring(2).replace("\u0000", "");
        }
        String start = head.stripLeading();
        if (start.startsWith("#!")) {
            return DetectedType.SCRIPT;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (start.startsWith("<") || lower.contains("<script") || lower.contains("<html") || lower.contains("<svg")
                || lower.contains("<iframe") || lower.contains("<!doctype") || lower.contains("<body")) {
            return DetectedType.MARKUP;
        }
        String lowerStart = start.toLowerCase(Locale.ROOT);
        for (String js : new String[]{"function", "var ", "let ", "const ", "'use strict'", "\"use strict\"",
                "(function", "import ", "export ", "//", "/*", "window.", "document.", "eval(", "@echo off",
                "powershell", "set objshell", "wscript."}) {
            if (lowerStart.startsWith(js)) {
                return DetectedType.SCRIPT;
            }
        }
        return DetectedType.UNKNOWN;
    }

    private static DetectedType zip(byte[] content) {
        long budget = Math.min(MAX_INSPECTED_UNCOMPRESSED_BYTES,
                Math.max(1024L * 1024, content.length * MAX_COMPRESSION_RATIO));
        Set<String> names = new HashSet<>();
        String firstName = null;
        String odfMimetype = null;
        String contentTypesXml = null;
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ZIP_ENTRIES) {
                    return DetectedType.ZIP_BOMB;
                }
                String name = entry.getName();
                names.add(name);
                if (firstName == null) {
                    firstName = name;
                }
                boolean keep = name.equals("mimetype") || name.equals("[Content_Types].xml");
                var kept = new java.io.ByteArrayOutputStream();
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > budget) {
                        return DetectedType.ZIP_BOMB;
                    }
                    if (keep && kept.size() < SMALL_ENTRY_BYTES) {
                        kept.write(buffer, 0, read);
                    }
                }
                if (name.equals("mimetype") && name.equals(firstName)) {
                    odfMimetype = kept.toString(StandardCharsets.US_ASCII).trim();
                } else if (name.equals("[Content_Types].xml")) {
                    contentTypesXml = kept.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            // corrupt, encrypted or otherwise unreadable: not a document we can vouch for
            return DetectedType.ARCHIVE;
        }
        if (odfMimetype != null) {
            return openDocument(odfMimetype, names);
        }
        if (contentTypesXml != null) {
            return officeOpenXml(contentTypesXml, names);
        }
        return DetectedType.ARCHIVE;
    }

    private static DetectedType openDocument(String mimetype, Set<String> names) {
        DetectedType type = switch (mimetype) {
            case "application/vnd.oasis.opendocument.text" -> DetectedType.ODT;
            case "application/vnd.oasis.opendocument.spreadsheet" -> DetectedType.ODS;
            case "application/vnd.oasis.opendocument.presentation" -> DetectedType.ODP;
            default -> DetectedType.ARCHIVE;
        };
        if (type != DetectedType.ARCHIVE && !names.contains("content.xml")) {
            return DetectedType.ARCHIVE;
        }
        boolean macros = names.stream().anyMatch(n -> n.startsWith("Basic/") || n.startsWith("Scripts/"));
        return type != DetectedType.ARCHIVE && macros ? DetectedType.MACRO_DOCUMENT : type;
    }

    private static DetectedType officeOpenXml(String contentTypes, Set<String> names) {
        boolean macros = contentTypes.contains("macroEnabled")
                || names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
        DetectedType type;
        if (hasEntryUnder(names, "word/") && contentTypes.contains("wordprocessingml.document.main+xml")) {
            type = DetectedType.DOCX;
        } else if (hasEntryUnder(names, "xl/") && contentTypes.contains("spreadsheetml.sheet.main+xml")) {
            type = DetectedType.XLSX;
        } else if (hasEntryUnder(names, "ppt/") && contentTypes.contains("presentationml.presentation.main+xml")) {
            type = DetectedType.PPTX;
        } else if (macros && (hasEntryUnder(names, "word/") || hasEntryUnder(names, "xl/") || hasEntryUnder(names, "ppt/"))) {
            return DetectedType.MACRO_DOCUMENT;
        } else {
            return DetectedType.ARCHIVE;
        }
        return macros ? DetectedType.MACRO_DOCUMENT : type;
    }

    private static boolean hasEntryUnder(Set<String> names, String folder) {
        return names.stream().anyMatch(n -> n.startsWith(folder) && n.length() > folder.length());
    }

    static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(byte[] b, int offset, int... prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[offset + i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Legacy Office files are OLE2 compound files; so are MSI installers and Outlook messages. We tell them
     * apart by the names of the streams in the file's directory: directory entries are 128 bytes each and
     * always start at a file offset that is a multiple of 128, with the name in UTF-16LE and its byte
     * length at offset 0x40.
     */
    private static final class Ole2 {
        private static final int ENTRY = 128;

        static DetectedType classify(byte[] b) {
            Set<String> names = new HashSet<>();
            for (int at = 512; at + ENTRY <= b.length; at += ENTRY) {
                int nameBytes = (b[at + 0x40] & 0xFF) | (b[at + 0x41] & 0xFF) << 8;
                int type = b[at + 0x42] & 0xFF;
                if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 != 0 || type < 1 || type > 5) {
                    continue;
                }
                if (b[at + nameBytes - 2] != 0 || b[at + nameBytes - 1] != 0) {
                    continue; // names end with a UTF-16 NUL
                }
                names.add(new String(b, at, nameBytes - 2, StandardCharsets.UTF_16LE));
            }
            boolean macros = names.contains("Macros") || names.contains("_VBA_PROJECT_CUR") || names.contains("VBA");
            DetectedType type;
            if (names.contains("WordDocument")) {
                type = DetectedType.DOC;
            } else if (names.contains("Workbook") || names.contains("Book")) {
                type = DetectedType.XLS;
            } else {
                return DetectedType.ARCHIVE; // an installer, a message, something else in a compound file
            }
            return macros ? DetectedType.MACRO_DOCUMENT : type;
        }
    }
}

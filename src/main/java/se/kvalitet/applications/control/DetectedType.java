package se.kvalitet.applications.control;

/**
 * What a file really is, as {@link ContentTypes} found out from its bytes (never from its name), with the
 * canonical MIME type to store and serve it with and the {@link Family} the cycle's attachment policy
 * speaks of. Types of family {@link Family#REFUSED} are dangerous or not documents and are never accepted;
 * {@link Family#UNKNOWN} means we could not tell, which is refused as well.
 */
public enum DetectedType {

    PDF("application/pdf", Family.PDF, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Family.OFFICE, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Family.OFFICE, "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Family.OFFICE, "pptx"),
    ODT("application/vnd.oasis.opendocument.text", Family.OFFICE, "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", Family.OFFICE, "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", Family.OFFICE, "odp"),
    DOC("application/msword", Family.OFFICE, "doc"),
    XLS("application/vnd.ms-excel", Family.OFFICE, "xls"),
    PNG("image/png", Family.IMAGE, "png"),
    JPEG("image/jpeg", Family.IMAGE, "jpg"),

    /** A file with no bytes at all. */
    EMPTY("application/octet-stream", Family.REFUSED, null),
    /** A program: Windows PE (MZ), ELF, Mach-O or Java class file. */
    EXECUTABLE("application/octet-stream", Family.REFUSED, null),
    /** A script: {@code #!} shebang or JavaScript source. */
    SCRIPT("text/plain", Family.REFUSED, null),
    /** HTML, SVG, XML or anything else a browser might render and run scripts in. */
    MARKUP("text/plain", Family.REFUSED, null),
    /** An office document with macros (docm, xlsm, VBA in a .doc/.xls, Basic in an OpenDocument file). */
    MACRO_DOCUMENT("application/octet-stream", Family.REFUSED, null),
    /** A ZIP (or other container) that is not an office document we accept. */
    ARCHIVE("application/octet-stream", Family.REFUSED, null),
    /** A ZIP that would unpack to more than we are willing to inspect. */
    ZIP_BOMB("application/octet-stream", Family.REFUSED, null),
    /** Something we do not recognise. */
    UNKNOWN("application/octet-stream", Family.UNKNOWN, null);

    /** The kinds of files a cycle's attachment policy allows or refuses. */
    public enum Family { PDF, OFFICE, IMAGE, REFUSED, UNKNOWN }

    private final String mimeType;
    private final Family family;
    private final String extension;

    DetectedType(String mimeType, Family family, String extension) {
        this.mimeType = mimeType;
        this.family = family;
        this.extension = extension;
    }

    /** The MIME type to store and to send as Content-Type on download. */
    public String mimeType() { return mimeType; }

    public Family family() { return family; }

    /** The usual file-name extension without the dot ({@code pdf}, {@code docx}); null for refused types. */
    public String extension() { return extension; }

    /** A document or image we know; whether it is allowed is the cycle's policy's business. */
    public boolean isRecognisedDocument() {
        return family == Family.PDF || family == Family.OFFICE || family == Family.IMAGE;
    }
}

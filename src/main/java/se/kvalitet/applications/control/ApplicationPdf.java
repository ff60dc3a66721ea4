package se.kvalitet.applications.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import se.kvalitet.platform.i18n.Texts;

/**
 * The PDF of a submitted application, handed to the applicant with the receipt and kept with the
 * application: what was submitted, when, by which unit, with the answers, the eligibility answers and the
 * attachments' checksums.
 * <p>
 * The PDF is made to be read by everyone: Swedish letters render (DejaVu Sans is embedded, see
 * {@code fonts/LICENSE-DejaVu.txt}); the document is tagged (MarkInfo, a structure tree Document → H1, H2,
 * P with every text line in marked content, page footers marked as pagination artifacts) so screen readers
 * read it in order; the catalog carries the language ({@code sv-SE} or {@code en-GB}) and the title, shown
 * as the window title. Labels come from {@code i18n/applications} ({@code applications.pdf.*}).
 * Pure: no container, thread-safe (a new document per call).
 */
public final class ApplicationPdf {

    /**
     * What goes into the PDF. Null lists are empty; null texts are left out.
     *
     * @param language           {@code sv} or {@code en}: the labels' language and the document's language
     * @param title              the application's title (the document title and its H1)
     * @param registrationNumber e.g. {@code KS 2026/123}
     * @param submittedAt        when it was submitted (shown in Europe/Stockholm time)
     * @param cycleName          the award cycle, e.g. {@code Kvalitetsutmärkelsen 2026}
     * @param award              the award or prize (category) applied for
     * @param competitionClass   the competition class
     * @param unit               the applying unit's name
     * @param administration     the unit's administration
     * @param contacts           the contact persons, one line each (name, e-mail, phone as the caller likes)
     * @param sections           the answers, in the model's order
     * @param eligibility        the eligibility answers, one line each
     * @param attachments        the attached files
     */
    public record Content(String language, String title, String registrationNumber, Instant submittedAt,
                          String cycleName, String award, String competitionClass, String unit,
                          String administration, List<String> contacts, List<Section> sections,
                          List<String> eligibility, List<Attachment> attachments) {
        public Content {
            language = "en".equals(language) ? "en" : "sv";
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
            sections = sections == null ? List.of() : List.copyOf(sections);
            eligibility = eligibility == null ? List.of() : List.copyOf(eligibility);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    /**
     * One answer: a criterion (or renewal-prize field) with its heading, the optional guiding text shown to
     * the applicant, and the applicant's answer (line breaks kept).
     */
    public record Section(String heading, String guidance, String answer) {
    }

    /** An attached file as listed on the receipt. */
    public record Attachment(String name, long sizeBytes, String sha256) {
    }

    static final String FONT = "/fonts/DejaVuSans.ttf";
    static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";
    private static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");

    private ApplicationPdf() {
    }

    /** The PDF's bytes. */
    public static byte[] render(Content content) {
        Objects.requireNonNull(content, "content");
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(document, content).write();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the application PDF", e);
        }
    }

    /** The document language for the catalog: {@code sv-SE} or {@code en-GB}. */
    static String languageTag(Content content) {
        return "en".equals(content.language()) ? "en-GB" : "sv-SE";
    }

    /** Lays the content out on A4 pages, top to bottom, building the structure tree as it goes. */
    private static final class Writer {
        private static final PDRectangle SIZE = PDRectangle.A4;
        private static final float MARGIN = 56;
        private static final float TOP = SIZE.getHeight() - 60;
        private static final float BOTTOM = 64;
        private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
        private static final float LABEL_WIDTH = 150;
        private static final float BODY = 10.5f;
        private static final float LEADING = 1.45f;
        private static final Color TEXT = Color.BLACK;
        private static final Color MUTED = new Color(0x40, 0x40, 0x40);

        private final PDDocument document;
        private final Content content;
        private final Locale locale;
        private final PDFont regular;
        private final PDFont bold;
        private final PDStructureTreeRoot root = new PDStructureTreeRoot();
        private final PDStructureElement body;
        private final List<PDPage> pages = new ArrayList<>();
        /** Per page (by index): the structure element owning each marked-content id, in MCID order. */
        private final List<List<PDStructureElement>> owners = new ArrayList<>();
        private final Map<Integer, String> printable = new HashMap<>();
        private PDPage page;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, Content content) throws IOException {
            this.document = document;
            this.content = content;
            this.locale = "en".equals(content.language()) ? Texts.ENGLISH : Texts.SWEDISH;
            this.regular = font(FONT);
            this.bold = font(BOLD_FONT);
            this.body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
            root.appendKid(body);
        }

        void write() throws IOException {
            describeDocument();
            newPage();
            block(StandardStructureTypes.H1, text(content.title()), bold, 18, TEXT, 0, 10);
            labelled("applications.pdf.registrationNumber", content.registrationNumber());
            labelled("applications.pdf.submittedAt", content.submittedAt() == null ? null
                    : DateTimeFormatter.ofPattern(label("applications.pdf.dateTime"), locale)
                    .withZone(CITY_TIME).format(content.submittedAt()));
            labelled("applications.pdf.cycle", content.cycleName());
            labelled("applications.pdf.award", content.award());
            labelled("applications.pdf.competitionClass", content.competitionClass());
            labelled("applications.pdf.unit", content.unit());
            labelled("applications.pdf.administration", content.administration());
            if (!content.contacts().isEmpty()) {
                heading(label("applications.pdf.contacts"));
                for (String contact : content.contacts()) {
                    paragraph(contact, regular, BODY, TEXT, 2);
                }
            }
            for (Section section : content.sections()) {
                heading(text(section.heading()));
                if (section.guidance() != null && !section.guidance().isBlank()) {
                    paragraph(label("applications.pdf.guidance") + ": " + section.guidance().strip(), regular, 9, MUTED, 6);
                }
                boolean answered = section.answer() != null && !section.answer().isBlank();
                paragraph(answered ? section.answer().strip() : label("applications.pdf.noAnswer"), regular, BODY, TEXT, 6);
            }
            if (!content.eligibility().isEmpty()) {
                heading(label("applications.pdf.eligibility"));
                for (String line : content.eligibility()) {
                    paragraph(line, regular, BODY, TEXT, 3);
                }
            }
            heading(label("applications.pdf.attachments"));
            if (content.attachments().isEmpty()) {
                paragraph(label("applications.pdf.noAttachments"), regular, BODY, TEXT, 3);
            }
            for (Attachment attachment : content.attachments()) {
                paragraph(Texts.text(locale, "applications.pdf.attachment", text(attachment.name()),
                        size(attachment.sizeBytes()), text(attachment.sha256())), regular, BODY, TEXT, 3);
            }
            stream.close();
            footers();
            structureTree();
        }

        private void describeDocument() throws IOException {
            String title = text(content.title());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(text(content.registrationNumber()));
            info.setAuthor(text(content.unit()));
            info.setCreator("Kvalitet");
            if (content.submittedAt() != null) {
                Calendar created = new GregorianCalendar(TimeZone.getTimeZone(CITY_TIME));
                created.setTimeInMillis(content.submittedAt().toEpochMilli());
                info.setCreationDate(created);
            }
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setLanguage(languageTag(content));
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            catalog.setStructureTreeRoot(root);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(title, languageTag(content)).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
        }

        private void heading(String text) throws IOException {
            // keep a heading with at least three lines of what follows it
            float needed = 13 * LEADING + 12 + 3 * BODY * LEADING;
            if (y - needed < BOTTOM) {
                newPage();
            }
            block(StandardStructureTypes.H2, text, bold, 13, TEXT, 12, 4);
        }

        private void paragraph(String text, PDFont font, float size, Color color, float spaceAfter) throws IOException {
            block(StandardStructureTypes.P, text(text), font, size, color, 0, spaceAfter);
        }

        /** A label and its value side by side, as one paragraph ("Enhet: Förskolan Solrosen" to a screen reader). */
        private void labelled(String labelKey, String value) throws IOException {
            if (value == null || value.isBlank()) {
                return;
            }
            String label = label(labelKey);
            PDStructureElement element = element(StandardStructureTypes.P);
            List<String> lines = wrap(text(value), regular, BODY, WIDTH - LABEL_WIDTH);
            float leading = BODY * LEADING;
            for (int i = 0; i < lines.size(); i++) {
                if (y - leading < BOTTOM) {
                    newPage();
                }
                y -= leading;
                if (i == 0) {
                    show(element, label + ":", bold, BODY, TEXT, MARGIN);
                }
                show(element, lines.get(i), regular, BODY, TEXT, MARGIN + LABEL_WIDTH);
            }
            y -= 2;
        }

        /** One structure element of wrapped text, flowing over pages as needed. */
        private void block(String type, String text, PDFont font, float size, Color color,
                           float spaceBefore, float spaceAfter) throws IOException {
            PDStructureElement element = element(type);
            float leading = size * LEADING;
            if (y < TOP) {
                y -= spaceBefore;
            }
            for (String line : wrap(text, font, size, WIDTH)) {
                if (y - leading < BOTTOM) {
                    newPage();
                }
                y -= leading;
                if (!line.isEmpty()) {
                    show(element, line, font, size, color, MARGIN);
                }
            }
            y -= spaceAfter;
        }

        private PDStructureElement element(String type) {
            PDStructureElement element = new PDStructureElement(type, body);
            element.setPage(page);
            body.appendKid(element);
            return element;
        }

        /** Draws one line as a marked-content sequence belonging to {@code element}. */
        private void show(PDStructureElement element, String line, PDFont font, float size, Color color, float x)
                throws IOException {
            int pageIndex = pages.size() - 1;
            List<PDStructureElement> pageOwners = owners.get(pageIndex);
            int mcid = pageOwners.size();
            pageOwners.add(element);
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, y);
            stream.showText(line);
            stream.endText();
            stream.endMarkedContent();
            if (element.getPage() == page) {
                appendKid(element, COSInteger.get(mcid));
            } else {
                PDMarkedContentReference reference = new PDMarkedContentReference();
                reference.setPage(page);
                reference.setMCID(mcid);
                element.appendKid(reference);
            }
        }

        /** Appends a marked-content id to an element's kids, keeping K an array once it has more than one. */
        private static void appendKid(PDStructureElement element, COSInteger mcid) {
            COSDictionary dictionary = element.getCOSObject();
            var kids = dictionary.getDictionaryObject(COSName.K);
            if (kids == null) {
                dictionary.setItem(COSName.K, mcid);
            } else if (kids instanceof COSArray array) {
                array.add(mcid);
            } else {
                COSArray array = new COSArray();
                array.add(kids);
                array.add(mcid);
                dictionary.setItem(COSName.K, array);
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            page = new PDPage(SIZE);
            page.setStructParents(pages.size());
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            document.addPage(page);
            pages.add(page);
            owners.add(new ArrayList<>());
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        /** "Sida 1 av 3" at the foot of every page, marked as a pagination artifact (not read as content). */
        private void footers() throws IOException {
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                String footer = text(content.registrationNumber()).isEmpty()
                        ? Texts.text(locale, "applications.pdf.page", i + 1, total)
                        : text(content.registrationNumber()) + "  ·  " + Texts.text(locale, "applications.pdf.page", i + 1, total);
                try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    COSDictionary artifact = new COSDictionary();
                    artifact.setName(COSName.TYPE, "Pagination");
                    foot.beginMarkedContent(COSName.getPDFName("Artifact"), PDPropertyList.create(artifact));
                    foot.beginText();
                    foot.setFont(regular, 9);
                    foot.setNonStrokingColor(MUTED);
                    float width = regular.getStringWidth(footer) / 1000 * 9;
                    foot.newLineAtOffset((SIZE.getWidth() - width) / 2, 36);
                    foot.showText(footer);
                    foot.endText();
                    foot.endMarkedContent();
                }
            }
        }

        /** The parent tree maps each page's marked content back to its structure elements. */
        private void structureTree() {
            COSArray numbers = new COSArray();
            for (int i = 0; i < owners.size(); i++) {
                COSArray elements = new COSArray();
                for (PDStructureElement owner : owners.get(i)) {
                    elements.add(owner);
                }
                numbers.add(COSInteger.get(i));
                numbers.add(elements);
            }
            COSDictionary parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, numbers);
            root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
            root.setParentTreeNextKey(owners.size());
        }

        private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String hard : text.split("\n", -1)) {
                if (hard.isBlank()) {
                    lines.add("");
                    continue;
                }
                StringBuilder line = new StringBuilder();
                for (String word : hard.strip().split(" +")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (width(candidate, font, size) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    // a word wider than the line (a long URL) is broken where it must be
                    while (width(word, font, size) > width) {
                        int cut = word.length() - 1;
                        while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                            cut--;
                        }
                        lines.add(word.substring(0, cut));
                        word = word.substring(cut);
                    }
                    line.append(word);
                }
                lines.add(line.toString());
            }
            while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The text with line breaks normalised and every character the font cannot draw replaced. */
        private String text(String raw) {
            if (raw == null) {
                return "";
            }
            StringBuilder clean = new StringBuilder(raw.length());
            raw.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").codePoints().forEach(c -> {
                if (c == '\n') {
                    clean.append('\n');
                } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    // drop
                } else {
                    clean.append(printable.computeIfAbsent(c, this::drawable));
                }
            });
            return clean.toString();
        }

        private String drawable(int codePoint) {
            String character = new String(Character.toChars(codePoint));
            try {
                regular.encode(character);
                bold.encode(character);
                return character;
            } catch (IOException | IllegalArgumentException notInFont) {
                return "?";
            }
        }

        private String label(String key) {
            return Texts.text(locale, key);
        }

        private String size(long bytes) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            if (bytes < 1024 * 1024) {
                format.setMaximumFractionDigits(0);
                return format.format(Math.max(1, Math.ceil(bytes / 1024.0))) + " kB";
            }
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format.format(bytes / (1024.0 * 1024.0)) + " MB";
        }

        private PDFont font(String resource) throws IOException {
            try (InputStream in = ApplicationPdf.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("font missing from the application: " + resource);
                }
                return PDType0Font.load(document, in, true);
            }
        }

        private static String xmp(String title, String language) {
            return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                    + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                    + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    + "<dc:format>application/pdf</dc:format>"
                    + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escapeXml(title) + "</rdf:li></rdf:Alt></dc:title>"
                    + "<dc:language><rdf:Bag><rdf:li>" + language + "</rdf:li></rdf:Bag></dc:language>"
                    + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        }

        private static String escapeXml(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}

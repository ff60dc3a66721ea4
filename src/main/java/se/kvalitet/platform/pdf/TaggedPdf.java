package se.kvalitet.platform.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.BiFunction;
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

/**
 * An accessible A4 document written top to bottom: the layout and tagging every PDF of Kvalitet shares (the
 * submitted application, the feedback report), so that all of them stay readable by screen readers in the same way.
 * <p>
 * Swedish letters render (DejaVu Sans is embedded, see {@code fonts/LICENSE-DejaVu.txt}); the document is tagged
 * (MarkInfo, a structure tree Document → H1, H2, P with every text line in marked content, page footers marked as
 * pagination artifacts); the catalog carries the language and the title, shown as the window title. Characters the
 * font cannot draw become {@code ?} rather than breaking the rendering. Not thread-safe: one instance per document.
 */
public final class TaggedPdf implements AutoCloseable {

    /** Who and what the document is, for the catalog, the document information and the XMP metadata. */
    public record Description(String title, String languageTag, String subject, String author, Instant created) {
    }

    public static final Color TEXT = Color.BLACK;
    public static final Color MUTED = new Color(0x40, 0x40, 0x40);
    public static final float BODY = 10.5f;

    static final String FONT = "/fonts/DejaVuSans.ttf";
    static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";
    private static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float TOP = SIZE.getHeight() - 60;
    private static final float BOTTOM = 64;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 150;
    private static final float LEADING = 1.45f;

    private final PDDocument document = new PDDocument();
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

    public TaggedPdf(Description description) {
        try {
            this.regular = font(FONT);
            this.bold = font(BOLD_FONT);
            this.body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
            root.appendKid(body);
            describe(description);
            newPage();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("could not start a PDF", e);
        }
    }

    /** The document's one top-level heading. */
    public TaggedPdf title(String text) {
        return run(() -> block(StandardStructureTypes.H1, clean(text), bold, 18, TEXT, 0, 10));
    }

    /** A section heading, kept on a page with at least three lines of what follows it. */
    public TaggedPdf heading(String text) {
        return run(() -> {
            float needed = 13 * LEADING + 12 + 3 * BODY * LEADING;
            if (y - needed < BOTTOM) {
                newPage();
            }
            block(StandardStructureTypes.H2, clean(text), bold, 13, TEXT, 12, 4);
        });
    }

    /** A body paragraph; line breaks in the text are kept. */
    public TaggedPdf paragraph(String text, float spaceAfter) {
        return paragraph(text, BODY, TEXT, spaceAfter);
    }

    public TaggedPdf paragraph(String text, float size, Color color, float spaceAfter) {
        return run(() -> block(StandardStructureTypes.P, clean(text), regular, size, color, 0, spaceAfter));
    }

    /** A label and its value side by side, as one paragraph ("Enhet: Förskolan Solrosen" to a screen reader). */
    public TaggedPdf labelled(String label, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        return run(() -> {
            PDStructureElement element = element(StandardStructureTypes.P);
            List<String> lines = wrap(clean(value), regular, BODY, WIDTH - LABEL_WIDTH);
            float leading = BODY * LEADING;
            for (int i = 0; i < lines.size(); i++) {
                if (y - leading < BOTTOM) {
                    newPage();
                }
                y -= leading;
                if (i == 0) {
                    show(element, clean(label) + ":", bold, BODY, TEXT, MARGIN);
                }
                show(element, lines.get(i), regular, BODY, TEXT, MARGIN + LABEL_WIDTH);
            }
            y -= 2;
        });
    }

    /**
     * A table with one header row, tagged Table / TR / TH (scope column) / TD with the caption as Caption. The first
     * column gets three shares of the width, every other one share; a cell's text wraps inside its column, a row is
     * never split over two pages. Numbers are given as the reader should see them.
     */
    public TaggedPdf table(String caption, List<String> header, List<List<String>> rows) {
        return run(() -> {
            float size = 9;
            float leading = size * LEADING;
            float[] widths = columnWidths(header.size());
            if (y - (caption == null ? 0 : leading * 2) - 3 * leading < BOTTOM) {
                newPage();
            }
            PDStructureElement table = element(StandardStructureTypes.TABLE);
            if (caption != null && !caption.isBlank()) {
                PDStructureElement captionElement = child(table, StandardStructureTypes.CAPTION);
                y -= leading;
                show(captionElement, clean(caption), bold, size, TEXT, MARGIN);
                y -= 3;
            }
            tableRow(table, header, widths, StandardStructureTypes.TH, bold, size);
            for (List<String> row : rows) {
                tableRow(table, row, widths, StandardStructureTypes.TD, regular, size);
            }
            y -= 8;
        });
    }

    /** One series of a line chart: its name (the legend), values in label order (null: no value), colour, dashed. */
    public record Series(String name, List<Double> values, Color color, boolean dashed) {
    }

    /**
     * A simple line chart, tagged as a Figure with {@code alt} as its alternate description (the figures themselves
     * are in a table beside it): the labels along the x axis, the lowest and highest value on the y axis, and a
     * legend. Drawn with vector lines, 160 points high.
     */
    public TaggedPdf lineChart(String alt, List<String> labels, List<Series> series) {
        return run(() -> {
            float height = 160;
            if (y - height - 10 < BOTTOM) {
                newPage();
            }
            PDStructureElement figure = element(StandardStructureTypes.Figure);
            figure.setAlternateDescription(clean(alt));
            float top = y - 6;
            float bottom = top - height + 34;
            float left = MARGIN + 46;
            float right = MARGIN + WIDTH * 0.7f;
            var layout = new org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject();
            layout.setBBox(new PDRectangle(MARGIN, top - height, WIDTH, height));
            figure.addAttribute(layout);
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (Series one : series) {
                for (Double v : one.values()) {
                    if (v != null) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            if (min == Double.MAX_VALUE) {
                min = 0;
                max = 1;
            }
            if (max - min < 1e-9) {
                min -= 1;
                max += 1;
            }
            double pad = (max - min) * 0.1;
            double low = min - pad;
            double high = max + pad;
            List<PDStructureElement> pageOwners = owners.get(pages.size() - 1);
            int mcid = pageOwners.size();
            pageOwners.add(figure);
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            stream.beginMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), PDPropertyList.create(properties));
            stream.setStrokingColor(MUTED);
            stream.setLineWidth(0.6f);
            stream.moveTo(left, top);
            stream.lineTo(left, bottom);
            stream.lineTo(right, bottom);
            stream.stroke();
            axisText(shortNumber(high), MARGIN, top - 4);
            axisText(shortNumber(low), MARGIN, bottom - 2);
            int n = labels.size();
            float step = n <= 1 ? 0 : (right - left - 20) / (n - 1);
            for (int i = 0; i < n; i++) {
                axisText(clean(labels.get(i)), left + 10 + i * step - 10, bottom - 14);
            }
            float legendY = top - 4;
            for (Series one : series) {
                stream.setStrokingColor(one.color());
                stream.setLineWidth(one.dashed() ? 1.2f : 2f);
                stream.setLineDashPattern(one.dashed() ? new float[] {5, 3} : new float[] {}, 0);
                boolean drawing = false;
                for (int i = 0; i < n && i < one.values().size(); i++) {
                    Double v = one.values().get(i);
                    if (v == null) {
                        continue;
                    }
                    float px = left + 10 + i * step;
                    float py = (float) (bottom + (v - low) / (high - low) * (top - bottom));
                    if (drawing) {
                        stream.lineTo(px, py);
                    } else {
                        stream.moveTo(px, py);
                        drawing = true;
                    }
                }
                if (drawing) {
                    stream.stroke();
                }
                stream.moveTo(right + 14, legendY + 3);
                stream.lineTo(right + 34, legendY + 3);
                stream.stroke();
                axisText(clean(one.name()), right + 40, legendY);
                legendY -= 12;
            }
            stream.setLineDashPattern(new float[] {}, 0);
            stream.endMarkedContent();
            appendKid(figure, COSInteger.get(mcid));
            y = top - height - 6;
        });
    }

    private void axisText(String text, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(regular, 8);
        stream.setNonStrokingColor(MUTED);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    private static String shortNumber(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(Math.abs(value) >= 100 ? 0 : 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private float[] columnWidths(int columns) {
        float shares = columns + 2f;
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = WIDTH * (i == 0 ? 3 : 1) / shares;
        }
        return widths;
    }

    private void tableRow(PDStructureElement table, List<String> cells, float[] widths, String cellType, PDFont font,
                          float size) throws IOException {
        float leading = size * LEADING;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            String text = i < cells.size() && cells.get(i) != null ? clean(cells.get(i)) : "";
            List<String> cellLines = wrap(text, font, size, widths[i] - 6);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        float height = lines * leading + 4;
        if (y - height < BOTTOM) {
            newPage();
        }
        PDStructureElement row = child(table, StandardStructureTypes.TR);
        float rowTop = y;
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            PDStructureElement cell = child(row, cellType);
            if (StandardStructureTypes.TH.equals(cellType)) {
                var scope = new org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject();
                scope.setScope(org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject.SCOPE_COLUMN);
                cell.addAttribute(scope);
            }
            List<String> cellLines = wrapped.get(i);
            for (int l = 0; l < cellLines.size(); l++) {
                y = rowTop - (l + 1) * leading;
                if (!cellLines.get(l).isEmpty()) {
                    show(cell, cellLines.get(l), font, size, TEXT, x + 2);
                }
            }
            x += widths[i];
        }
        y = rowTop - height;
        COSDictionary artifact = new COSDictionary();
        artifact.setName(COSName.TYPE, "Layout");
        stream.beginMarkedContent(COSName.getPDFName("Artifact"), PDPropertyList.create(artifact));
        stream.setStrokingColor(MUTED);
        stream.setLineWidth(0.4f);
        stream.moveTo(MARGIN, y + 1);
        stream.lineTo(MARGIN + WIDTH, y + 1);
        stream.stroke();
        stream.endMarkedContent();
    }

    private PDStructureElement child(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    /**
     * Finishes the document and returns its bytes. {@code footer} gives the text at the foot of page
     * (number, total), both counted from 1; it is marked as a pagination artifact, not read as content.
     */
    public byte[] finish(BiFunction<Integer, Integer, String> footer) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            stream.close();
            footers(footer);
            structureTree();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not finish the PDF", e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException ignored) {
            // nothing was written anywhere; the memory goes with the object
        }
    }

    /** The text with line breaks normalised and every character the font cannot draw replaced. */
    public String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(raw.length());
        raw.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").codePoints().forEach(c -> {
            if (c == '\n') {
                clean.append('\n');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                // dropped: nothing a reader would see
            } else {
                clean.append(printable.computeIfAbsent(c, this::drawable));
            }
        });
        return clean.toString();
    }

    private interface Step {
        void run() throws IOException;
    }

    private TaggedPdf run(Step step) {
        try {
            step.run();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF", e);
        }
    }

    private void describe(Description description) throws IOException {
        String title = clean(description.title());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(clean(description.subject()));
        info.setAuthor(clean(description.author()));
        info.setCreator("Kvalitet");
        if (description.created() != null) {
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(CITY_TIME));
            created.setTimeInMillis(description.created().toEpochMilli());
            info.setCreationDate(created);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(description.languageTag());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setStructureTreeRoot(root);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, description.languageTag()).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
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
        List<PDStructureElement> pageOwners = owners.get(pages.size() - 1);
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

    private void footers(BiFunction<Integer, Integer, String> text) throws IOException {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            String footer = clean(text.apply(i + 1, total));
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

    private PDFont font(String resource) throws IOException {
        try (InputStream in = TaggedPdf.class.getResourceAsStream(resource)) {
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

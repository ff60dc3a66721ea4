package se.kvalitet.applications.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real, minimal files of each kind, made in memory for the tests. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Verksamhetsplan 2026");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "/word/document.xml"));
        entries.put("_rels/.rels", rels("word/document.xml"));
        entries.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Förskolan Solrosen</w:t></w:r></w:p></w:body></w:document>");
        return zip(entries, false);
    }

    static byte[] docm() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("application/vnd.ms-word.document.macroEnabled.main+xml", "/word/document.xml"));
        entries.put("_rels/.rels", rels("word/document.xml"));
        entries.put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        entries.put("word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\"");
        return zip(entries, false);
    }

    static byte[] xlsx() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "/xl/workbook.xml"));
        entries.put("_rels/.rels", rels("xl/workbook.xml"));
        entries.put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
        return zip(entries, false);
    }

    static byte[] pptx() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "/ppt/presentation.xml"));
        entries.put("_rels/.rels", rels("ppt/presentation.xml"));
        entries.put("ppt/presentation.xml", "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");
        return zip(entries, false);
    }

    static byte[] openDocument(String mimetype) {
        return openDocument(mimetype, false);
    }

    static byte[] openDocument(String mimetype, boolean withBasicMacros) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", mimetype);
        entries.put("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>");
        entries.put("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        if (withBasicMacros) {
            entries.put("Basic/Standard/Module1.xml", "Sub Main\nShell(\"calc\")\nEnd Sub");
        }
        return zip(entries, true);
    }

    static byte[] plainZip() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("readme.txt", "hej");
        entries.put("setup.exe", "MZ...");
        return zip(entries, false);
    }

    /** A small zip that unpacks to {@code megabytes} of zeros. */
    static byte[] zipBomb(int megabytes) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "/word/document.xml").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 compound file header followed by a directory sector naming the given streams. */
    static byte[] ole2(String... streamNames) {
        byte[] file = new byte[512 + 512];
        int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        for (int i = 0; i < magic.length; i++) {
            file[i] = (byte) magic[i];
        }
        file[0x1E] = 9; // sector size 2^9
        String[] names = new String[streamNames.length + 1];
        names[0] = "Root Entry";
        System.arraycopy(streamNames, 0, names, 1, streamNames.length);
        for (int i = 0; i < names.length && i < 4; i++) {
            int at = 512 + i * 128;
            byte[] name = (names[i] + "\u0000").getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(name, 0, file, at, name.length);
            file[at + 0x40] = (byte) name.length;
            file[at + 0x42] = (byte) (i == 0 ? 5 : 2);
        }
        return file;
    }

    static byte[] elf() {
        byte[] head = new byte[64];
        head[0] = 0x7F;
        head[1] = 'E';
        head[2] = 'L';
        head[3] = 'F';
        head[4] = 2;
        return head;
    }

    static byte[] windowsExecutable() {
        byte[] head = new byte[128];
        head[0] = 'M';
        head[1] = 'Z';
        head[0x3C] = 0x40;
        head[0x40] = 'P';
        head[0x41] = 'E';
        return head;
    }

    static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }

    static byte[] jpeg() {
        return new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    }

    private static String contentTypes(String mainType, String mainPart) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>";
    }

    private static String rels(String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                + target + "\"/></Relationships>";
    }

    /** A zip of the entries in order; the first one stored uncompressed when {@code firstStored} (as ODF requires for mimetype). */
    static byte[] zip(Map<String, String> entries, boolean firstStored) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            boolean first = true;
            for (var e : entries.entrySet()) {
                byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(e.getKey());
                if (first && firstStored) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

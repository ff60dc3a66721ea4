package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kvalitet.applications.control.DetectedType.Family;

class ContentTypesTest {

    @Test
    void aRealPdfIsAPdf() throws IOException {
        byte[] pdf = TestFiles.pdf();
        assertEquals(DetectedType.PDF, ContentTypes.detect(pdf));
        assertEquals(DetectedType.PDF, ContentTypes.detect(new ByteArrayInputStream(pdf)));
        assertEquals("application/pdf", DetectedType.PDF.mimeType());
        assertEquals(Family.PDF, DetectedType.PDF.family());
    }

    @Test
    void officeOpenXmlIsToldApartByItsParts() {
        assertEquals(DetectedType.DOCX, ContentTypes.detect(TestFiles.docx()));
        assertEquals(DetectedType.XLSX, ContentTypes.detect(TestFiles.xlsx()));
        assertEquals(DetectedType.PPTX, ContentTypes.detect(TestFiles.pptx()));
        assertEquals(Family.OFFICE, DetectedType.DOCX.family());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DetectedType.DOCX.mimeType());
    }

    @Test
    void openDocumentIsKnownByItsMimetypeEntry() {
        assertEquals(DetectedType.ODT, ContentTypes.detect(TestFiles.openDocument("application/vnd.oasis.opendocument.text")));
        assertEquals(DetectedType.ODS, ContentTypes.detect(TestFiles.openDocument("application/vnd.oasis.opendocument.spreadsheet")));
        assertEquals(DetectedType.ODP, ContentTypes.detect(TestFiles.openDocument("application/vnd.oasis.opendocument.presentation")));
        assertEquals(DetectedType.ARCHIVE, ContentTypes.detect(TestFiles.openDocument("application/vnd.oasis.opendocument.graphics")),
                "OpenDocument kinds we do not accept are just archives");
        assertEquals(DetectedType.ARCHIVE, ContentTypes.detect(TestFiles.openDocument("application/x-msdownload")));
    }

    @Test
    void legacyOfficeFilesAreKnownByTheirStreams() {
        assertEquals(DetectedType.DOC, ContentTypes.detect(TestFiles.ole2("WordDocument", "1Table")));
        assertEquals(DetectedType.XLS, ContentTypes.detect(TestFiles.ole2("Workbook")));
        assertEquals(DetectedType.MACRO_DOCUMENT, ContentTypes.detect(TestFiles.ole2("WordDocument", "Macros")));
        assertEquals(DetectedType.MACRO_DOCUMENT, ContentTypes.detect(TestFiles.ole2("Workbook", "_VBA_PROJECT_CUR")));
        assertEquals(DetectedType.ARCHIVE, ContentTypes.detect(TestFiles.ole2("\u0005SummaryInformation")),
                "a compound file that is not Word or Excel (e.g. an MSI installer) is refused");
    }

    @Test
    void macroDocumentsAreRefused() {
        assertEquals(DetectedType.MACRO_DOCUMENT, ContentTypes.detect(TestFiles.docm()));
        assertEquals(DetectedType.MACRO_DOCUMENT,
                ContentTypes.detect(TestFiles.openDocument("application/vnd.oasis.opendocument.text", true)));
        assertEquals(Family.REFUSED, DetectedType.MACRO_DOCUMENT.family());
    }

    @Test
    void imagesAreImages() {
        assertEquals(DetectedType.PNG, ContentTypes.detect(TestFiles.png()));
        assertEquals(DetectedType.JPEG, ContentTypes.detect(TestFiles.jpeg()));
        assertEquals(Family.IMAGE, DetectedType.PNG.family());
    }

    @Test
    void executablesAreRefusedWhateverTheyAreCalled() {
        // the name "report.pdf" never reaches the detector: only the bytes count
        assertEquals(DetectedType.EXECUTABLE, ContentTypes.detect(TestFiles.elf()));
        assertEquals(DetectedType.EXECUTABLE, ContentTypes.detect(TestFiles.windowsExecutable()));
        assertEquals(DetectedType.EXECUTABLE, ContentTypes.detect(new byte[]{(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE, 7, 0, 0, 1}));
        assertEquals(DetectedType.EXECUTABLE, ContentTypes.detect(new byte[]{(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE}));
        assertEquals(DetectedType.EXECUTABLE, ContentTypes.detect(new byte[]{(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61}));
        assertEquals(Family.REFUSED, DetectedType.EXECUTABLE.family());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#!/bin/sh\nrm -rf /\n", "  #!/usr/bin/env python\n", "function f() { alert(1) }",
            "(function(){ fetch('/x') })()", "\"use strict\";\nconst a = 1;", "@echo off\r\ndel *.*"})
    void scriptsAreRefused(String source) {
        assertEquals(DetectedType.SCRIPT, ContentTypes.detect(source.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><html><body>hej</body></html>", "<html><script>alert(1)</script></html>",
            "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            "<svg><script>alert(1)</script></svg>", "\uFEFF  <HTML>", "Rapport\n<script>alert(1)</script>"})
    void markupIsRefused(String source) {
        assertEquals(DetectedType.MARKUP, ContentTypes.detect(source.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void markupInUtf16IsStillMarkup() {
        assertEquals(DetectedType.MARKUP, ContentTypes.detect("\uFEFF<html></html>".getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void plainTextIsUnknown() {
        DetectedType type = ContentTypes.detect("Hej, här är vår verksamhetsplan.".getBytes(StandardCharsets.UTF_8));
        assertEquals(DetectedType.UNKNOWN, type);
        assertFalse(type.isRecognisedDocument());
    }

    @Test
    void aZipThatIsNotAnOfficeDocumentIsRefused() {
        assertEquals(DetectedType.ARCHIVE, ContentTypes.detect(TestFiles.plainZip()));
    }

    @Test
    void aBrokenZipIsRefused() {
        byte[] docx = TestFiles.docx();
        byte[] truncated = Arrays.copyOf(docx, 40);
        assertEquals(DetectedType.ARCHIVE, ContentTypes.detect(truncated));
    }

    @Test
    void aZipBombIsRefusedWithoutUnpackingItAll() {
        byte[] bomb = TestFiles.zipBomb(50);
        assertTrue(bomb.length < 200_000, "the bomb itself is small: " + bomb.length);
        long start = System.nanoTime();
        assertEquals(DetectedType.ZIP_BOMB, ContentTypes.detect(bomb));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "inspection stops early");
    }

    @Test
    void openDocumentNeedsItsMimetypeFirst() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("content.xml", "<office:document-content/>");
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        assertEquals(DetectedType.ARCHIVE, ContentTypes.detect(TestFiles.zip(entries, false)));
    }

    @Test
    void officeOpenXmlNeedsItsMainPartDeclared() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>");
        entries.put("word/document.xml", "<w:document/>");
        assertEquals(DetectedType.ARCHIVE, ContentTypes.detect(TestFiles.zip(entries, false)));
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>");
        for (int i = 0; i <= ContentTypes.MAX_ZIP_ENTRIES; i++) {
            entries.put("word/" + i, "");
        }
        assertEquals(DetectedType.ZIP_BOMB, ContentTypes.detect(TestFiles.zip(entries, false)));
    }

    @Test
    void emptyIsRefused() {
        assertEquals(DetectedType.EMPTY, ContentTypes.detect(new byte[0]));
        assertEquals(DetectedType.EMPTY, ContentTypes.detect((byte[]) null));
        assertEquals(Family.REFUSED, DetectedType.EMPTY.family());
    }

    @Test
    void recognisedDocumentsHaveAnExtensionAndRefusedOnesNone() {
        for (DetectedType type : DetectedType.values()) {
            assertEquals(type.isRecognisedDocument(), type.extension() != null, type.name());
        }
    }
}

package se.kvalitet.platform.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * How a screen reader meets a PDF, for the tests of every {@link TaggedPdf} document: the structure tree walked in
 * order, each element with the text of its marked content ("H2: Styrkor"), and whether all fonts are embedded.
 */
public final class PdfReading {

    private PdfReading() {
    }

    /** The Document element's kids as "TYPE: text", following MCIDs (and MCRs across pages) to the drawn text. */
    public static List<String> structure(PDDocument document) throws IOException {
        Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();
        List<Map<Integer, String>> textByMcid = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            pageIndex.put(page.getCOSObject(), i);
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> texts = new HashMap<>();
            for (PDMarkedContent marked : extractor.getMarkedContents()) {
                if (marked.getMCID() >= 0) {
                    StringBuilder text = new StringBuilder();
                    marked.getContents().forEach(item -> {
                        if (item instanceof TextPosition position) {
                            text.append(position.getUnicode());
                        }
                    });
                    texts.put(marked.getMCID(), text.toString());
                } else if (!"Artifact".equals(marked.getTag())) {
                    throw new AssertionError("untagged content that is not an artifact: " + marked.getTag());
                }
            }
            textByMcid.add(texts);
        }
        PDStructureElement documentElement = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                .getKids().get(0);
        List<String> read = new ArrayList<>();
        for (Object kid : documentElement.getKids()) {
            PDStructureElement element = (PDStructureElement) kid;
            StringBuilder text = new StringBuilder();
            for (COSBase reference : kidsOf(element)) {
                int page;
                int mcid;
                if (reference instanceof COSInteger number) {
                    page = pageIndex.get(element.getPage().getCOSObject());
                    mcid = number.intValue();
                } else {
                    COSDictionary mcr = (COSDictionary) reference;
                    page = pageIndex.get((COSDictionary) mcr.getDictionaryObject(COSName.PG));
                    mcid = mcr.getInt(COSName.MCID);
                }
                text.append(text.isEmpty() ? "" : " ").append(textByMcid.get(page).get(mcid));
            }
            read.add(element.getStructureType() + ": " + text);
        }
        return read;
    }

    /** True when every font of every page is embedded. */
    public static boolean fontsEmbedded(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (!font.isEmbedded()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<COSBase> kidsOf(PDStructureElement element) {
        COSBase kids = element.getCOSObject().getDictionaryObject(COSName.K);
        List<COSBase> list = new ArrayList<>();
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                list.add(array.getObject(i));
            }
        } else if (kids != null) {
            list.add(kids);
        }
        return list;
    }
}

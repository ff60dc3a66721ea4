package se.kvalitet.examples.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import se.kvalitet.examples.entity.ExampleCriterion;
import se.kvalitet.examples.entity.GoodExample;
import se.kvalitet.platform.i18n.Texts;
import se.kvalitet.platform.pdf.TaggedPdf;

/**
 * The file published with a good example: a tagged PDF (see {@link TaggedPdf}) made from exactly the record's
 * texts, the ones the unit gives its consent to: the facts of the award, the title, summary, the jury's
 * motivation, what the unit did (the answers per criterion as edited for publication), results, lessons, the
 * criteria where the unit scored highest and the film link. The contact person only when they agreed to be
 * named. Nothing else of the application goes in: never its eligibility answers (manager, business plan, staff,
 * board), its contacts or its attachments; that is why it is made here from the record and not copied from the
 * application's PDF. Swedish, like the library. Pure and thread-safe.
 */
public final class PublicationPdf {

    static final Locale LANGUAGE = Texts.SWEDISH;

    private PublicationPdf() {
    }

    /** The file name the publication PDF gets: {@code gott-exempel-<id>-<slug>.pdf}. */
    public static String fileName(GoodExample e) {
        return "gott-exempel-" + e.getId() + "-" + e.getSlug() + ".pdf";
    }

    public static byte[] render(GoodExample e) {
        String title = e.getTitle();
        TaggedPdf pdf = new TaggedPdf(new TaggedPdf.Description(title, "sv-SE",
                text("examples.pdf.subject", e.getUnitName()), "Kvalitet", null));
        pdf.title(title);
        pdf.labelled(text("examples.pdf.unit"), e.getUnitName());
        pdf.labelled(text("examples.pdf.administration"), e.getAdministrationName());
        pdf.labelled(text("examples.pdf.award"), e.getYear() + " · " + text("examples.award." + e.getAward()));
        pdf.labelled(text("examples.pdf.outcome"), text("examples.outcome." + e.getOutcome()));
        pdf.labelled(text("examples.pdf.class"), e.getClassName());
        section(pdf, "examples.field.summary", e.getSummary());
        section(pdf, "examples.field.motivation", e.getMotivation());
        section(pdf, "examples.field.whatWasDone", e.getWhatWasDone());
        section(pdf, "examples.field.results", e.getResults());
        section(pdf, "examples.field.lessons", e.getLessons());
        if (!e.getTopCriteria().isEmpty()) {
            pdf.heading(text("examples.field.topCriteria"));
            for (ExampleCriterion c : e.getTopCriteria()) {
                pdf.paragraph("• " + c.getCode() + " " + c.getTitle() + ": " + c.getScore() + " "
                        + text("examples.record.score") + (c.getBand() == null ? "" : " (" + c.getBand() + ")"), 3);
            }
        }
        if (e.getFilmLink() != null) {
            pdf.heading(text("examples.field.filmLink"));
            pdf.paragraph(e.getFilmLink(), 6);
        }
        // the contact is the one personal detail a record may carry, and only with the contact's own consent
        if (e.isContactConsent() && (e.getContactName() != null || e.getContactEmail() != null || e.getContactPhone() != null)) {
            pdf.heading(text("examples.field.contact"));
            pdf.labelled(text("examples.field.contactName"), e.getContactName());
            pdf.labelled(text("examples.field.contactEmail"), e.getContactEmail());
            pdf.labelled(text("examples.field.contactPhone"), e.getContactPhone());
        }
        String address = "/exempel/" + e.getId() + "-" + e.getSlug();
        return pdf.finish((page, total) -> address + "  ·  " + text("examples.pdf.page", page, total));
    }

    /**
     * The text a reader of the PDF gets, page by page: what the personal-data check reads of a published file.
     * Compatibility forms are folded (the font's "ﬂ" ligature is read as "fl"), so an address or a name drawn
     * with a ligature is still found.
     */
    public static String textOf(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the PDF", e);
        }
    }

    private static void section(TaggedPdf pdf, String key, String text) {
        if (text != null && !text.isBlank()) {
            pdf.heading(text(key));
            pdf.paragraph(text, 6);
        }
    }

    private static String text(String key, Object... arguments) {
        return Texts.text(LANGUAGE, key, arguments);
    }
}

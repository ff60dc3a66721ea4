package se.kvalitet.renewal.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import se.kvalitet.platform.i18n.Texts;
import se.kvalitet.platform.pdf.TaggedPdf;

/**
 * The renewal prize's feedback as an accessible tagged PDF ({@link TaggedPdf}): the entry, the jury's summary, per
 * criterion the mean score and the feedback text. Labels from {@code i18n/renewal}. Pure.
 */
public final class RenewalFeedbackPdf {

    public record Content(String language, String cycleName, String unit, String title, String registrationNumber,
                          String summary, BigDecimal meanTotal, List<Criterion> criteria) {
    }

    public record Criterion(String code, String title, BigDecimal mean, int maxPoints, String text) {
    }

    private RenewalFeedbackPdf() {
    }

    public static byte[] render(Content content) {
        Locale locale = "en".equals(content.language()) ? Texts.ENGLISH : Texts.SWEDISH;
        String heading = Texts.text(locale, "renewal.feedback.pdf.title", content.unit());
        var pdf = new TaggedPdf(new TaggedPdf.Description(heading, "en".equals(content.language()) ? "en-GB" : "sv-SE",
                content.registrationNumber(), "Kvalitet", null));
        pdf.title(heading);
        pdf.labelled(Texts.text(locale, "renewal.feedback.pdf.cycle"), content.cycleName());
        pdf.labelled(Texts.text(locale, "renewal.feedback.pdf.entry"), content.title());
        pdf.labelled(Texts.text(locale, "renewal.feedback.pdf.registrationNumber"), content.registrationNumber());
        pdf.labelled(Texts.text(locale, "renewal.feedback.pdf.meanTotal"),
                content.meanTotal() == null ? null : content.meanTotal().toPlainString());
        pdf.heading(Texts.text(locale, "renewal.feedback.pdf.summary"));
        pdf.paragraph(or(content.summary(), locale), 6);
        for (var c : content.criteria()) {
            pdf.heading(c.code() + " " + c.title());
            pdf.labelled(Texts.text(locale, "renewal.feedback.pdf.mean"), c.mean() == null ? null
                    : Texts.text(locale, "renewal.feedback.pdf.meanOf", c.mean().toPlainString(), c.maxPoints()));
            pdf.paragraph(or(c.text(), locale), 6);
        }
        String number = pdf.clean(content.registrationNumber());
        return pdf.finish((page, total) -> number + "  ·  " + Texts.text(locale, "renewal.feedback.pdf.page", page, total));
    }

    private static String or(String text, Locale locale) {
        return text == null || text.isBlank() ? Texts.text(locale, "renewal.feedback.pdf.none") : text.strip();
    }
}

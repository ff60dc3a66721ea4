package se.kvalitet.winners.control;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.kvalitet.platform.i18n.Texts;
import se.kvalitet.platform.pdf.TaggedPdf;

/**
 * The diploma as an accessible PDF through {@link TaggedPdf} (tagged structure, language, title, embedded font): a
 * title, the unit, the award and year, the class, the jury's motivation, the ceremony. Labels from
 * {@code i18n/winners}. Pure.
 */
public final class DiplomaPdf {

    private DiplomaPdf() {
    }

    public static byte[] render(Diploma diploma) {
        Locale locale = "en".equals(diploma.language()) ? Texts.ENGLISH : Texts.SWEDISH;
        String title = Texts.text(locale, "winners.diploma.title", diploma.award(), diploma.year());
        var pdf = new TaggedPdf(new TaggedPdf.Description(title + " – " + diploma.unit(),
                "en".equals(diploma.language()) ? "en-GB" : "sv-SE", diploma.award(), "Kvalitet", null));
        pdf.title(title);
        pdf.paragraph(Texts.text(locale, "winners.diploma.awardedTo"), 4);
        pdf.heading(diploma.unit());
        pdf.labelled(Texts.text(locale, "winners.diploma.award"), diploma.award());
        pdf.labelled(Texts.text(locale, "winners.diploma.year"), String.valueOf(diploma.year()));
        pdf.labelled(Texts.text(locale, "winners.diploma.class"), diploma.competitionClass());
        pdf.heading(Texts.text(locale, "winners.diploma.motivation"));
        pdf.paragraph(diploma.motivation() == null || diploma.motivation().isBlank() ? "–" : diploma.motivation().strip(), 8);
        if (diploma.ceremonyOn() != null || diploma.ceremonyPlace() != null) {
            pdf.labelled(Texts.text(locale, "winners.diploma.ceremony"), ceremony(diploma, locale));
        }
        return pdf.finish((page, total) -> diploma.award() + " " + diploma.year());
    }

    static String ceremony(Diploma diploma, Locale locale) {
        String day = diploma.ceremonyOn() == null ? null
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(diploma.ceremonyOn());
        if (day == null) {
            return diploma.ceremonyPlace();
        }
        return diploma.ceremonyPlace() == null ? day : day + ", " + diploma.ceremonyPlace();
    }
}

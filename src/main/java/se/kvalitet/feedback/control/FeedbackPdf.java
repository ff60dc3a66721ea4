package se.kvalitet.feedback.control;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.kvalitet.feedback.control.ReportContent.CriterionFeedback;
import se.kvalitet.platform.i18n.Texts;
import se.kvalitet.platform.pdf.TaggedPdf;

/**
 * The feedback report as an accessible PDF (tagged, embedded font, language and title: see {@link TaggedPdf}):
 * the facts of the application, how the process and the scale work, the key themes, per criterion the agreed
 * strengths and areas for improvement with the score or only its band, and the jury's decision once there is
 * one. Labels come from {@code i18n/feedback} ({@code feedback.pdf.*}). Pure and thread-safe.
 */
public final class FeedbackPdf {

    private FeedbackPdf() {
    }

    public static byte[] render(ReportContent content) {
        Objects.requireNonNull(content, "content");
        Locale locale = "en".equals(content.language()) ? Texts.ENGLISH : Texts.SWEDISH;
        Labels labels = new Labels(locale);
        String title = labels.text("feedback.pdf.title", content.unit() == null ? "" : content.unit());
        TaggedPdf pdf = new TaggedPdf(new TaggedPdf.Description(title, languageTag(content),
                content.registrationNumber(), "Kvalitet", null));
        pdf.title(title);
        pdf.labelled(labels.text("feedback.pdf.cycle"), content.cycleName());
        pdf.labelled(labels.text("feedback.pdf.award"), content.award());
        pdf.labelled(labels.text("feedback.pdf.competitionClass"), content.competitionClass());
        pdf.labelled(labels.text("feedback.pdf.unit"), content.unit());
        pdf.labelled(labels.text("feedback.pdf.registrationNumber"), content.registrationNumber());
        pdf.labelled(labels.text("feedback.pdf.submittedOn"), labels.date(content.submittedOn()));
        pdf.labelled(labels.text("feedback.pdf.consensusClosedOn"), labels.date(content.consensusClosedOn()));
        pdf.labelled(labels.text("feedback.pdf.siteVisitOn"), labels.date(content.siteVisitOn()));
        pdf.labelled(labels.text("feedback.pdf.feedbackOn"), labels.date(content.feedbackOn()));
        pdf.labelled(labels.text("feedback.pdf.meetingOn"), labels.date(content.meetingOn()));

        pdf.heading(labels.text("feedback.pdf.process.heading"));
        pdf.paragraph(labels.text("feedback.pdf.process.text"), 6);
        pdf.paragraph(labels.text("feedback.pdf.scale." + scaleKey(content.scaleKind())), 6);
        pdf.paragraph(labels.text(content.showScore() ? "feedback.pdf.scale.showsScore" : "feedback.pdf.scale.showsBand"), 6);

        if (content.summary() != null && !content.summary().isBlank()) {
            pdf.heading(labels.text("feedback.pdf.summary"));
            pdf.paragraph(content.summary().strip(), 6);
        }
        themes(pdf, labels.text("feedback.pdf.keyStrengths"), content.keyStrengths(), labels);
        themes(pdf, labels.text("feedback.pdf.keyImprovements"), content.keyImprovements(), labels);

        for (CriterionFeedback criterion : content.criteria()) {
            pdf.heading(join(criterion.code(), criterion.title()));
            pdf.labelled(labels.text("feedback.pdf.assessment"), assessment(criterion, content.showScore(), labels));
            pdf.labelled(labels.text("feedback.pdf.strengths"), orNone(criterion.strengths(), labels));
            pdf.labelled(labels.text("feedback.pdf.improvements"), orNone(criterion.improvements(), labels));
        }

        // the jury issue fills this in: the report has the section as soon as a decision exists
        if (content.juryDecision() != null) {
            pdf.heading(labels.text("feedback.pdf.jury.heading"));
            pdf.labelled(labels.text("feedback.pdf.jury.decision"), content.juryDecision().decision());
            pdf.paragraph(orNone(content.juryDecision().motivation(), labels), 6);
        }
        String number = pdf.clean(content.registrationNumber());
        return pdf.finish((page, total) -> {
            String of = labels.text("feedback.pdf.page", page, total);
            return number.isEmpty() ? of : number + "  ·  " + of;
        });
    }

    /** The document language for the catalog: {@code sv-SE} or {@code en-GB}. */
    public static String languageTag(ReportContent content) {
        return "en".equals(content.language()) ? "en-GB" : "sv-SE";
    }

    /** The score with its band and points, or only the band, as the cycle's setting says. */
    static String assessment(CriterionFeedback criterion, boolean showScore, Labels labels) {
        String band = criterion.band() == null || criterion.band().isBlank() ? null : criterion.band();
        if (!showScore || criterion.value() == null) {
            return band == null ? labels.text("feedback.pdf.none") : labels.text("feedback.pdf.bandOnly", band);
        }
        String points = criterion.points() == null ? "" : labels.text("feedback.pdf.points", labels.number(criterion.points()));
        return labels.text(band == null ? "feedback.pdf.scoreOnly" : "feedback.pdf.score", criterion.value(), band == null ? "" : band)
                + points;
    }

    private static void themes(TaggedPdf pdf, String heading, List<String> themes, Labels labels) {
        pdf.heading(heading);
        if (themes.isEmpty()) {
            pdf.paragraph(labels.text("feedback.pdf.none"), 3);
        }
        themes.forEach(theme -> pdf.paragraph("• " + theme, 3));
    }

    private static String scaleKey(String scaleKind) {
        return scaleKind == null ? "ORDINAL" : switch (scaleKind) {
            case "PERCENT", "RADAR" -> scaleKind;
            default -> "ORDINAL";
        };
    }

    private static String orNone(String text, Labels labels) {
        return text == null || text.isBlank() ? labels.text("feedback.pdf.none") : text.strip();
    }

    private static String join(String code, String title) {
        if (code == null || code.isBlank()) {
            return title == null ? "" : title;
        }
        return title == null || title.isBlank() ? code : code + " " + title;
    }

    /** Texts, dates and numbers in the report's language. */
    record Labels(Locale locale) {
        String text(String key, Object... arguments) {
            return Texts.text(locale, key, arguments);
        }

        String date(LocalDate date) {
            return date == null ? null : DateTimeFormatter.ofPattern(text("feedback.pdf.date"), locale).format(date);
        }

        String number(double value) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(1);
            return format.format(value);
        }
    }
}

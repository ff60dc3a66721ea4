package se.kvalitet.applications.control;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.kvalitet.platform.i18n.Texts;
import se.kvalitet.platform.pdf.TaggedPdf;

/**
 * The PDF of a submitted application, handed to the applicant with the receipt and kept with the
 * application: what was submitted, when, by which unit, with the answers, the eligibility answers and the
 * attachments' checksums.
 * <p>
 * The PDF is made to be read by everyone: the layout and tagging are {@link TaggedPdf}'s (shared with the
 * feedback report); the language is {@code sv-SE} or {@code en-GB}. Labels come from {@code i18n/applications}
 * ({@code applications.pdf.*}).
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
    public record Section(String heading, String guidance, String answer, List<Indicator> indicators) {
        public Section {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }

        public Section(String heading, String guidance, String answer) {
            this(heading, guidance, answer, List.of());
        }
    }

    /** An indicator of a results criterion: shown as a row of the criterion's table and as a line chart. */
    public record Indicator(String measure, String unitOfMeasure, java.math.BigDecimal target, String comparisonLabel,
                            java.math.BigDecimal comparison, java.util.SortedMap<Integer, java.math.BigDecimal> values) {
    }

    /** An attached file as listed on the receipt. */
    public record Attachment(String name, long sizeBytes, String sha256) {
    }

    private static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");

    private ApplicationPdf() {
    }

    /** The PDF's bytes. */
    public static byte[] render(Content content) {
        Objects.requireNonNull(content, "content");
        Locale locale = "en".equals(content.language()) ? Texts.ENGLISH : Texts.SWEDISH;
        TaggedPdf pdf = new TaggedPdf(new TaggedPdf.Description(content.title(), languageTag(content),
                content.registrationNumber(), content.unit(), content.submittedAt()));
        pdf.title(content.title());
        pdf.labelled(label(locale, "applications.pdf.registrationNumber"), content.registrationNumber());
        pdf.labelled(label(locale, "applications.pdf.submittedAt"), content.submittedAt() == null ? null
                : DateTimeFormatter.ofPattern(label(locale, "applications.pdf.dateTime"), locale)
                .withZone(CITY_TIME).format(content.submittedAt()));
        pdf.labelled(label(locale, "applications.pdf.cycle"), content.cycleName());
        pdf.labelled(label(locale, "applications.pdf.award"), content.award());
        pdf.labelled(label(locale, "applications.pdf.competitionClass"), content.competitionClass());
        pdf.labelled(label(locale, "applications.pdf.unit"), content.unit());
        pdf.labelled(label(locale, "applications.pdf.administration"), content.administration());
        if (!content.contacts().isEmpty()) {
            pdf.heading(label(locale, "applications.pdf.contacts"));
            content.contacts().forEach(contact -> pdf.paragraph(contact, 2));
        }
        for (Section section : content.sections()) {
            pdf.heading(section.heading());
            if (section.guidance() != null && !section.guidance().isBlank()) {
                pdf.paragraph(label(locale, "applications.pdf.guidance") + ": " + section.guidance().strip(), 9,
                        TaggedPdf.MUTED, 6);
            }
            boolean answered = section.answer() != null && !section.answer().isBlank();
            pdf.paragraph(answered ? section.answer().strip() : label(locale, "applications.pdf.noAnswer"), 6);
            if (!section.indicators().isEmpty()) {
                indicators(pdf, locale, section);
            }
        }
        if (!content.eligibility().isEmpty()) {
            pdf.heading(label(locale, "applications.pdf.eligibility"));
            content.eligibility().forEach(line -> pdf.paragraph(line, 3));
        }
        pdf.heading(label(locale, "applications.pdf.attachments"));
        if (content.attachments().isEmpty()) {
            pdf.paragraph(label(locale, "applications.pdf.noAttachments"), 3);
        }
        for (Attachment attachment : content.attachments()) {
            pdf.paragraph(Texts.text(locale, "applications.pdf.attachment", attachment.name(),
                    size(locale, attachment.sizeBytes()), attachment.sha256()), 3);
        }
        String number = pdf.clean(content.registrationNumber());
        return pdf.finish((page, total) -> {
            String of = Texts.text(locale, "applications.pdf.page", page, total);
            return number.isEmpty() ? of : number + "  ·  " + of;
        });
    }

    /** The criterion's indicators as one table (a column per year) and a line chart per indicator. */
    private static void indicators(TaggedPdf pdf, Locale locale, Section section) {
        var years = new java.util.TreeSet<Integer>();
        section.indicators().forEach(i -> years.addAll(i.values().keySet()));
        var header = new java.util.ArrayList<String>();
        header.add(label(locale, "applications.page.indicators.measure"));
        years.forEach(y -> header.add(String.valueOf(y)));
        header.add(label(locale, "applications.page.indicators.target"));
        header.add(label(locale, "applications.page.indicators.comparison"));
        var rows = new java.util.ArrayList<List<String>>();
        for (Indicator i : section.indicators()) {
            var row = new java.util.ArrayList<String>();
            row.add(i.unitOfMeasure() == null ? i.measure() : i.measure() + " (" + i.unitOfMeasure() + ")");
            years.forEach(y -> row.add(number(locale, i.values().get(y))));
            row.add(number(locale, i.target()));
            row.add(i.comparison() == null ? "–" : i.comparisonLabel() + " " + number(locale, i.comparison()));
            rows.add(row);
        }
        pdf.table(label(locale, "applications.page.indicators.heading"), header, rows);
        var labels = years.stream().map(String::valueOf).toList();
        for (Indicator i : section.indicators()) {
            var series = new java.util.ArrayList<TaggedPdf.Series>();
            series.add(new TaggedPdf.Series(i.measure(), years.stream().map(y -> toDouble(i.values().get(y))).toList(),
                    new java.awt.Color(0x1f, 0x5f, 0xa8), false));
            if (i.target() != null) {
                series.add(new TaggedPdf.Series(label(locale, "applications.page.indicators.series.target"),
                        years.stream().map(y -> toDouble(i.target())).toList(), new java.awt.Color(0x2e, 0x7d, 0x32), true));
            }
            if (i.comparison() != null) {
                series.add(new TaggedPdf.Series(i.comparisonLabel(),
                        years.stream().map(y -> toDouble(i.comparison())).toList(), new java.awt.Color(0xa1, 0x4a, 0x00), true));
            }
            pdf.lineChart(Texts.text(locale, "applications.page.indicators.chartLabel", i.measure()), labels, series);
        }
    }

    private static Double toDouble(java.math.BigDecimal number) {
        return number == null ? null : number.doubleValue();
    }

    private static String number(Locale locale, java.math.BigDecimal number) {
        if (number == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        return format.format(number);
    }

    /** The document language for the catalog: {@code sv-SE} or {@code en-GB}. */
    static String languageTag(Content content) {
        return "en".equals(content.language()) ? "en-GB" : "sv-SE";
    }

    private static String label(Locale locale, String key) {
        return Texts.text(locale, key);
    }

    private static String size(Locale locale, long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (bytes < 1024 * 1024) {
            format.setMaximumFractionDigits(0);
            return format.format(Math.max(1, Math.ceil(bytes / 1024.0))) + " kB";
        }
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}

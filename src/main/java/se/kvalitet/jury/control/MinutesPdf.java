package se.kvalitet.jury.control;

import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.kvalitet.platform.pdf.TaggedPdf;

/** The minutes as an accessible tagged PDF (headings, paragraphs, language, title) through {@link TaggedPdf}. */
public final class MinutesPdf {

    private MinutesPdf() {
    }

    /** {@code text} looks up a label key of the jury bundle in the minutes' language. */
    public static byte[] render(Minutes minutes, Function<String, String> text, Instant now) {
        var pdf = new TaggedPdf(new TaggedPdf.Description(text.apply("jury.minutes.title") + " " + minutes.cycleName(),
                minutes.language(), text.apply("jury.minutes.subject"), text.apply("jury.minutes.author"), now));
        pdf.title(text.apply("jury.minutes.title"));
        pdf.labelled(text.apply("jury.minutes.cycle"), minutes.cycleName());
        pdf.labelled(text.apply("jury.minutes.chair"), or(minutes.chair(), text));
        pdf.labelled(text.apply("jury.minutes.held"), or(minutes.held(), text));
        pdf.labelled(text.apply("jury.minutes.announced"), or(minutes.announced(), text));
        pdf.heading(text.apply("jury.minutes.attendance"));
        pdf.labelled(text.apply("jury.minutes.present"), or(String.join(", ", minutes.present()), text));
        pdf.labelled(text.apply("jury.minutes.absent"), or(String.join(", ", minutes.absent()), text));
        for (var group : minutes.classes()) {
            pdf.heading(group.heading());
            if (group.noWinner()) {
                pdf.paragraph(text.apply("jury.minutes.noWinner"), 4);
            }
            for (var item : group.items()) {
                pdf.paragraph(item.label() + (item.rank() == null ? "" : " (" + text.apply("jury.minutes.rank") + " "
                        + item.rank() + ")"), 2);
                pdf.labelled(text.apply("jury.minutes.decision"), or(item.decision(), text));
                pdf.labelled(text.apply("jury.minutes.motivation"), item.motivation());
                pdf.labelled(text.apply("jury.minutes.votes"), String.join("; ", item.votes()));
                pdf.labelled(text.apply("jury.minutes.recused"), String.join(", ", item.recused()));
            }
        }
        BiFunction<Integer, Integer, String> footer = (page, pages) -> minutes.cycleName() + " · "
                + text.apply("jury.minutes.page") + " " + page + " / " + pages;
        return pdf.finish(footer);
    }

    private static String or(String value, Function<String, String> text) {
        return value == null || value.isBlank() ? text.apply("jury.minutes.none") : value;
    }
}

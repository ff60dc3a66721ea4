package se.kvalitet.examples.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The readable part of a record's address ({@code /exempel/12-lasglada-barn}): lower case, å ä ö to a a o,
 * other accents dropped, everything else a hyphen. Made once when the record is prepared and never again, so
 * the address stays the same when the title is edited; the id alone finds the record.
 */
public final class Slugs {

    static final int MAX = 80;

    private Slugs() {
    }

    public static String of(String title) {
        if (title == null) {
            return "exempel";
        }
        String plain = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "exempel" : slug;
    }
}

package se.kvalitet.feedback.control;

import java.util.Collection;
import java.util.Objects;

/**
 * The language a feedback report is written in. Chosen explicitly by whoever drafts it; otherwise a redraft keeps
 * the report's language, and a first draft follows the applicant: English when the application's contact persons
 * prefer English (every one of them with a known preference), Swedish in every other case, also when the unit
 * has no contact persons, since Swedish is the award's language.
 */
public final class ReportLanguage {

    public static final String SWEDISH = "sv";
    public static final String ENGLISH = "en";

    private ReportLanguage() {
    }

    /** What the contacts' preferred languages ({@code person.preferred_locale}) make the default. */
    public static String fromContacts(Collection<String> preferredLocales) {
        var known = preferredLocales == null ? java.util.List.<String>of()
                : preferredLocales.stream().filter(Objects::nonNull).toList();
        return !known.isEmpty() && known.stream().allMatch(ENGLISH::equals) ? ENGLISH : SWEDISH;
    }

    /**
     * The language of a draft: the one chosen ({@code sv} or {@code en}) if any, else the report's current one
     * (a redraft), else the contacts' default.
     */
    public static String of(String chosen, String current, Collection<String> contactLocales) {
        if (SWEDISH.equals(chosen) || ENGLISH.equals(chosen)) {
            return chosen;
        }
        if (current != null) {
            return ENGLISH.equals(current) ? ENGLISH : SWEDISH;
        }
        return fromContacts(contactLocales);
    }
}

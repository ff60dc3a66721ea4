package se.kvalitet.platform.i18n;

import java.text.DateFormat;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TimeZone;

/**
 * Localized texts from the resource bundles in {@code i18n/}, for pages and for the REST API alike (no
 * Faces here). A message key names its bundle by its first segment: {@code cycle.notFound} lives in
 * {@code i18n/cycles}, {@code criteria.…} in {@code i18n/criteria}; keys not found there are looked up in
 * {@code i18n/common}. Swedish is the language of the city; English is offered as the second language.
 */
public final class Texts {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    /** The languages we have texts in, the default first. */
    public static final List<Locale> SUPPORTED = List.of(SWEDISH, ENGLISH);
    /** Dates and times are shown in the city's time zone, whatever the server's zone is. */
    public static final TimeZone CITY_TIME_ZONE = TimeZone.getTimeZone("Europe/Stockholm");

    private Texts() {
    }

    /**
     * The text of {@code key} in {@code locale} with its arguments filled in; the key itself when no bundle has it.
     * An argument that is {@link Localizable} (a phase, a reason) is put in as its own text in the same language.
     */
    public static String text(Locale locale, String key, Object... arguments) {
        for (String bundle : bundlesFor(key)) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, locale, NO_DEFAULT_LOCALE_FALLBACK).getString(key);
                return arguments == null || arguments.length == 0 ? pattern
                        : cityTime(new MessageFormat(pattern, locale)).format(localized(locale, arguments));
            } catch (MissingResourceException notHere) {
                // try the next bundle
            }
        }
        return key;
    }

    private static Object[] localized(Locale locale, Object[] arguments) {
        Object[] result = arguments.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof Localizable named) {
                result[i] = text(locale, named.messageKey());
            }
        }
        return result;
    }

    /**
     * The supported language a caller asked for: the first of {@code acceptable} (in the caller's order of
     * preference, e.g. from Accept-Language) that we have texts in; Swedish when none is.
     */
    public static Locale preferred(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale wanted : acceptable) {
                for (Locale supported : SUPPORTED) {
                    if (wanted != null && supported.getLanguage().equals(wanted.getLanguage())) {
                        return supported;
                    }
                }
            }
        }
        return SWEDISH;
    }

    /** The bundles a key is looked up in, most specific first. */
    public static String[] bundlesFor(String key) {
        String prefix = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        String component = switch (prefix) {
            case "cycle" -> "cycles";
            case "organizations" -> "organizations";
            case "people" -> "people";
            case "criteria" -> "criteria";
            // the solver's rule keys (assignment.rule.*) live with the rest of assignment's texts
            case "assignment" -> "assignments";
            default -> prefix;
        };
        return new String[]{"i18n." + component, "i18n.common"};
    }

    private static MessageFormat cityTime(MessageFormat format) {
        for (var part : format.getFormats()) {
            if (part instanceof DateFormat date) {
                date.setTimeZone(CITY_TIME_ZONE);
            }
        }
        return format;
    }

    /**
     * Without this, a bundle missing in the requested language silently falls back to the JVM's default
     * locale (English on most servers) instead of the empty base bundle.
     */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
}

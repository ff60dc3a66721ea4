package se.kvalitet.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * Localized messages for pages. Rule violations carry a key; the key names its bundle by its first
 * segment (e.g. {@code cycle.phase.notAllowed} lives in {@code i18n/cycles}).
 */
public final class Messages {

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        for (String bundle : bundlesFor(key)) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, locale).getString(key);
                return arguments.length == 0 ? pattern : cityTime(new MessageFormat(pattern, locale)).format(arguments);
            } catch (MissingResourceException notHere) {
                // try the next bundle
            }
        }
        return key;
    }

    /** Dates and times are shown in the city's time zone, whatever the server's zone is. */
    private static MessageFormat cityTime(MessageFormat format) {
        for (var part : format.getFormats()) {
            if (part instanceof java.text.DateFormat date) {
                date.setTimeZone(CITY_TIME_ZONE);
            }
        }
        return format;
    }

    public static final java.util.TimeZone CITY_TIME_ZONE = java.util.TimeZone.getTimeZone("Europe/Stockholm");

    public static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, text(key, arguments));
    }

    public static void error(RuleViolation violation) {
        error(violation.getMessageKey(), violation.getArguments());
    }

    /** Keeps messages across a redirect (Post-Redirect-Get). */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private static Locale locale() {
        var context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : LocaleSelector.SWEDISH;
    }

    static String[] bundlesFor(String key) {
        String prefix = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        String component = switch (prefix) {
            case "cycle" -> "cycles";
            case "organizations" -> "organizations";
            case "people" -> "people";
            case "criteria" -> "criteria";
            default -> prefix;
        };
        return new String[]{"i18n." + component, "i18n.common"};
    }
}

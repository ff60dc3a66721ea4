package se.kvalitet.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.i18n.Texts;

/**
 * Localized messages for pages. Rule violations carry a key; the key names its bundle by its first
 * segment (e.g. {@code cycle.phase.notAllowed} lives in {@code i18n/cycles}). The lookup itself is
 * {@link Texts}, shared with the REST API; this class adds the Faces side (the view's locale, FacesMessages).
 */
public final class Messages {

    private Messages() {
    }

    /** The text of {@code key} in {@code locale}; see {@link Texts#text(Locale, String, Object...)}. */
    public static String text(Locale locale, String key, Object... arguments) {
        return Texts.text(locale, key, arguments);
    }

    public static final java.util.TimeZone CITY_TIME_ZONE = Texts.CITY_TIME_ZONE;

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
        return Texts.bundlesFor(key);
    }
}

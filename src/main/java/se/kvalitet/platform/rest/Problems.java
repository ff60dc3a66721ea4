package se.kvalitet.platform.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.i18n.Texts;

/**
 * How a failure is told to an API caller: which HTTP status, which problem type, which localized text.
 * Pure functions of the exception and the caller's language, so the mapping is unit-tested without a server.
 * <ul>
 * <li>{@link NotFound} → 404, {@link InvalidParameter} → 400, any other {@link RuleViolation} → 422
 * (the request was understood, a business rule refused it); the detail is the violation's own message.</li>
 * <li>{@link EJBAccessException} or {@link AccessLocalException} (a boundary's {@code @RolesAllowed} said no;
 * Payara throws the latter for the boundaries' local no-interface views) → 403.</li>
 * <li>{@link OptimisticLockException} anywhere in the cause chain (somebody else changed the data) → 409.</li>
 * <li>anything else → 500 with a generic text: internals never leak to the caller.</li>
 * </ul>
 * The boundaries' EJB container wraps system exceptions in {@link EJBException}, so causes are searched.
 */
public final class Problems {

    static final String FORBIDDEN_KEY = "api.problem.forbidden";
    static final String CONCURRENT_CHANGE_KEY = "api.problem.concurrentChange";

    private Problems() {
    }

    /** The problem describing {@code thrown}, in {@code locale}, for the request path {@code instance}. */
    public static Problem of(Throwable thrown, Locale locale, String instance) {
        var violation = find(thrown, RuleViolation.class);
        if (violation != null) {
            return ofViolation(violation, locale, instance);
        }
        if (find(thrown, EJBAccessException.class) != null || find(thrown, AccessLocalException.class) != null) {
            return problem(Problem.FORBIDDEN, 403, FORBIDDEN_KEY, locale, instance);
        }
        if (find(thrown, OptimisticLockException.class) != null || causeNamed(thrown, "OptimisticLockException")) {
            return problem(Problem.CONCURRENT_CHANGE, 409, CONCURRENT_CHANGE_KEY, locale, instance);
        }
        if (find(thrown, jakarta.json.bind.JsonbException.class) != null || find(thrown, jakarta.json.JsonException.class) != null
                || find(thrown, jakarta.ws.rs.ProcessingException.class) != null) {
            // a body that is not JSON of the expected shape (a date without its zone, text for a number): the
            // client's mistake, refused before anything ran, never a server error
            return forStatus(400, locale, instance);
        }
        return forStatus(500, locale, instance);
    }

    /** A problem that says no more than its HTTP status (unknown path, wrong method, server error …). */
    public static Problem forStatus(int status, Locale locale, String instance) {
        String known = Texts.text(locale, titleKey(status));
        int shown = known.equals(titleKey(status)) ? (status >= 500 ? 500 : 400) : status;
        return new Problem(Problem.ABOUT_BLANK, Texts.text(locale, titleKey(shown)), status,
                Texts.text(locale, "api.problem." + shown + ".detail"), instance, null);
    }

    static Problem ofViolation(RuleViolation violation, Locale locale, String instance) {
        int status;
        String type;
        if (violation instanceof NotFound) {
            status = 404;
            type = Problem.NOT_FOUND;
        } else if (violation instanceof InvalidParameter) {
            status = 400;
            type = Problem.INVALID_PARAMETER;
        } else {
            status = 422;
            type = Problem.RULE_VIOLATION;
        }
        return new Problem(type, Texts.text(locale, titleKey(status)), status,
                Texts.text(locale, violation.getMessageKey(), violation.getArguments()), instance,
                violation.getMessageKey());
    }

    private static Problem problem(String type, int status, String key, Locale locale, String instance) {
        return new Problem(type, Texts.text(locale, titleKey(status)), status, Texts.text(locale, key), instance, key);
    }

    private static String titleKey(int status) {
        return "api.problem." + status + ".title";
    }

    /** The first exception of the type in the cause chain (EJBException's wrapped exception included). */
    static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = thrown; t != null && seen.add(t); t = causeOf(t)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** EclipseLink's own OptimisticLockException is not the JPA one; recognise it by name without depending on it. */
    private static boolean causeNamed(Throwable thrown, String simpleName) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = thrown; t != null && seen.add(t); t = causeOf(t)) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable causeOf(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof EJBException ejb ? ejb.getCausedByException() : null;
    }
}

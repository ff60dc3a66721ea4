package se.kvalitet.platform.errors;

/**
 * Something asked for by its id or key does not exist. Carries a key that names what was missing
 * (e.g. {@code cycle.notFound.id}), so the caller is told in their language; the REST API answers 404.
 */
public class NotFound extends RuleViolation {
    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

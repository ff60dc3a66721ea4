package se.kvalitet.platform.errors;

/**
 * A request parameter the caller got wrong (out of range, not a number, too long). Carries a key that
 * explains the rule, with the parameter's name as the first argument; the REST API answers 400.
 */
public class InvalidParameter extends RuleViolation {
    public InvalidParameter(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** The name of the parameter that was wrong. */
    public String parameter() {
        var arguments = getArguments();
        return arguments.length > 0 ? String.valueOf(arguments[0]) : null;
    }
}

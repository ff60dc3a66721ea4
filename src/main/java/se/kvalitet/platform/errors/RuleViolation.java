package se.kvalitet.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule said no. Carries a resource-bundle key and its arguments instead of a text, so each
 * boundary (page or REST) can explain it in the caller's language. Rolls the transaction back: a refused
 * change changes nothing.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() { return messageKey; }
    public Object[] getArguments() { return arguments == null ? new Object[0] : arguments.clone(); }
}

package se.kvalitet.cycles.entity;

import se.kvalitet.platform.errors.RuleViolation;

/** A phase change the cycle's rules do not allow; carries a message key for a localized explanation. */
public class PhaseTransitionException extends RuleViolation {
    public PhaseTransitionException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

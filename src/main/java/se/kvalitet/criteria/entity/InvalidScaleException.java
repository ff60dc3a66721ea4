package se.kvalitet.criteria.entity;

import se.kvalitet.platform.errors.RuleViolation;

/** A scale or score that breaks the scale's rules; the key explains which rule. */
public class InvalidScaleException extends RuleViolation {
    public InvalidScaleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

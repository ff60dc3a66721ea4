package se.kvalitet.applications.entity;

import se.kvalitet.platform.errors.RuleViolation;

/** A rule of an application said no; carries the message key (bundle i18n/applications) and its arguments. */
public class ApplicationRuleException extends RuleViolation {
    public ApplicationRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

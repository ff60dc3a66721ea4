package se.kvalitet.organizations.control;

import java.util.Locale;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * Names of boards, administrations and units: required, at most {@value #MAX_LENGTH} characters, stored
 * without surrounding spaces and compared without regard to case (so "Stadsbiblioteket" and
 * "stadsbiblioteket " are the same name).
 */
public final class Names {

    public static final int MAX_LENGTH = 200;

    private Names() {
    }

    /** The name as it is stored, or a rule violation when it is missing or too long. */
    public static String required(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("organizations.name.required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new RuleViolation("organizations.name.tooLong", MAX_LENGTH);
        }
        return trimmed;
    }

    /** The form in which names are compared for uniqueness. */
    public static String comparable(String name) {
        return required(name).toLowerCase(Locale.ROOT);
    }
}

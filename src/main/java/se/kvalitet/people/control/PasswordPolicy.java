package se.kvalitet.people.control;

import java.util.Arrays;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, typed the same way twice.
 * Long passphrases beat complexity rules, so there are no other demands.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** Whether the form asked to set a password at all (either field filled in). */
    public static boolean requested(char[] password, char[] confirmation) {
        return password != null && password.length > 0 || confirmation != null && confirmation.length > 0;
    }

    public static void requireLongEnough(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new RuleViolation("people.password.tooShort", MIN_LENGTH);
        }
    }

    /** A new password: long enough, and the confirmation equal to it. */
    public static void requireAcceptable(char[] password, char[] confirmation) {
        requireLongEnough(password);
        if (confirmation == null || !Arrays.equals(password, confirmation)) {
            throw new RuleViolation("people.password.mismatch");
        }
    }
}

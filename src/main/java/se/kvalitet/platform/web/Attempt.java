package se.kvalitet.platform.web;

import jakarta.ejb.EJBException;
import java.util.Arrays;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.i18n.Localizable;

/**
 * Runs a boundary call for a page and turns a refusal into a localized message: a broken rule shows its
 * reason (with phases, awards and the like by their localized names), a concurrent change the common
 * "changed by someone else" text. Anything else is a real error and goes on to the error page.
 */
public final class Attempt {

    private Attempt() {
    }

    /** True when the action went through; false when it was refused and the reason is on the page. */
    public static boolean succeeded(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolation violation) {
            Messages.error(violation.getMessageKey(), localized(violation.getArguments()));
            return false;
        } catch (EJBException failure) {
            if (causedByOptimisticLock(failure)) {
                Messages.error("error.concurrentChange");
                return false;
            }
            throw failure;
        }
    }

    static Object[] localized(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(a -> a instanceof Localizable named ? Messages.text(named.messageKey()) : a)
                .toArray();
    }

    private static boolean causedByOptimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}

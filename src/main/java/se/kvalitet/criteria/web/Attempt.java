package se.kvalitet.criteria.web;

import jakarta.ejb.EJBException;
import java.util.Arrays;
import se.kvalitet.criteria.entity.CriterionType;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Messages;

/**
 * Runs a boundary call for a page and turns a refusal into a localized message: a broken rule shows its
 * reason, a concurrent change the common "changed by someone else" text. Anything else is a real error
 * and goes on to the error page.
 */
final class Attempt {

    private Attempt() {
    }

    static boolean succeeded(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolation violation) {
            Messages.error(violation.getMessageKey(), Arrays.stream(violation.getArguments())
                    .map(a -> a instanceof CriterionType type ? Messages.text("criteria.type." + type.name()) : a)
                    .toArray());
            return false;
        } catch (EJBException failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                    Messages.error("error.concurrentChange");
                    return false;
                }
            }
            throw failure;
        }
    }
}

package se.kvalitet.cycles.web;

import jakarta.ejb.EJBException;
import java.util.Arrays;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Messages;

/**
 * Runs a boundary call for a page and turns a refusal into a localized message: a broken rule shows its
 * reason (phases and awards by their localized names), a concurrent change the common "changed by
 * someone else" text. Anything else is a real error and goes on to the error page.
 */
final class Attempt {

    private Attempt() {
    }

    static boolean succeeded(Runnable action) {
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
        return Arrays.stream(arguments).map(a -> {
            if (a instanceof Phase phase) {
                return Messages.text("cycle.phase." + phase.name());
            }
            if (a instanceof Award award) {
                return Messages.text("cycle.award." + award.name());
            }
            return a;
        }).toArray();
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

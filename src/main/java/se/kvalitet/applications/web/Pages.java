package se.kvalitet.applications.web;

import se.kvalitet.platform.web.Responses;
import jakarta.ejb.EJBException;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import se.kvalitet.applications.boundary.Notice;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Messages;

/**
 * What the application pages share: running a boundary call and turning a refusal into a localized
 * message (see {@code cycles.web.Attempt}), a 404 for ids the caller may not see, city-time formatting.
 */
final class Pages {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Pages() {
    }

    /** The outcome of a call that may be refused because someone else changed the data first. */
    record Outcome<T>(T value, boolean conflict) {
    }

    /** Runs {@code call}; a broken rule becomes a message and an empty result, a stale version as well. */
    static <T> Optional<T> attempt(Supplier<T> call) {
        var outcome = attemptOrConflict(call);
        if (outcome.conflict()) {
            Messages.error("error.concurrentChange");
        }
        return Optional.ofNullable(outcome.value());
    }

    /** Like {@link #attempt} but leaves the wording of a concurrent change to the caller. */
    static <T> Outcome<T> attemptOrConflict(Supplier<T> call) {
        try {
            return new Outcome<>(call.get(), false);
        } catch (RuleViolation violation) {
            if (isStaleVersion(violation)) {
                return new Outcome<>(null, true);
            }
            Messages.error(violation.getMessageKey(), localized(violation.getArguments()));
            return new Outcome<>(null, false);
        } catch (EJBException failure) {
            if (causedByOptimisticLock(failure)) {
                return new Outcome<>(null, true);
            }
            throw failure;
        }
    }

    /** Sends 404 for an id that does not exist or belongs to another unit (the same answer for both). */
    static void notFound() throws IOException {
        Responses.notFound(Messages.text("applications.page.notFound"));
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(CITY));
    }

    static String text(Notice notice) {
        return Messages.text(notice.key(), localized(notice.arguments().toArray()));
    }

    static Object[] localized(Object[] arguments) {
        // a Localizable (an indicator's field) is put in as its own text by Messages; other enums as their name
        return Arrays.stream(arguments).map(a -> a instanceof se.kvalitet.platform.i18n.Localizable ? a
                : a instanceof Enum<?> e ? e.name() : a).toArray();
    }

    private static boolean isStaleVersion(RuleViolation violation) {
        String key = violation.getMessageKey();
        return key.equals("error.concurrentChange") || key.endsWith(".concurrentChange") || key.endsWith(".stale")
                || key.endsWith(".staleVersion");
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

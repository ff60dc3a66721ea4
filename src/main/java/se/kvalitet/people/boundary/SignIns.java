package se.kvalitet.people.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kvalitet.people.entity.Person;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.events.DomainEvents;

/**
 * Checks a password and keeps the account's sign-in record. Each attempt commits in its own
 * transaction so that a failed attempt is counted even though the sign-in itself fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignIns {

    /** Outcome of one attempt: the roles on success, or why it failed. */
    public record Outcome(boolean valid, boolean paused, String email, Set<Role> roles) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    DomainEvents events;

    @Inject
    @ConfigProperty(name = "kvalitet.signin.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "kvalitet.signin.pause-seconds", defaultValue = "300")
    long pauseSeconds;

    /** Sign-ins by outcome, for the operations dashboard (a rise in failures is worth an alert). */
    @Inject
    org.eclipse.microprofile.metrics.MetricRegistry metrics;

    Clock clock = Clock.systemUTC();

    private void count(String outcome) {
        metrics.counter("kvalitet.signin", new org.eclipse.microprofile.metrics.Tag("outcome", outcome)).inc();
    }

    public Outcome attempt(String email, char[] password) {
        var now = clock.instant();
        Optional<Person> found = em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", Person.normalizeEmail(email))
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            // Same work as a real check, so response time does not reveal which addresses exist.
            passwordHash.verify(password, dummyHash());
            count("failed");
            return new Outcome(false, false, email, Set.of());
        }
        var person = found.get();
        // The sign-in record is written apart from the account itself (below), so that signing in never
        // bumps the account's version and never collides with an administrator editing the account.
        em.detach(person);
        if (person.isPaused(now)) {
            count("paused");
            return new Outcome(false, true, person.getEmail(), Set.of());
        }
        if (!person.canSignIn(now) || !passwordHash.verify(password, person.getPasswordHash())) {
            person.signInFailed(now, maxFailures, Duration.ofSeconds(pauseSeconds));
            writeSignInRecord(person);
            count("failed");
            if (person.isPaused(now)) {
                events.record("SignInPaused", "Person", person.getId(), "after repeated failed sign-ins");
            }
            return new Outcome(false, person.isPaused(now), person.getEmail(), Set.of());
        }
        person.signedIn(now);
        writeSignInRecord(person);
        count("succeeded");
        return new Outcome(true, false, person.getEmail(), Set.copyOf(person.getRoles()));
    }

    private void writeSignInRecord(Person person) {
        em.createQuery("update Person p set p.failedSignIns = :failures, p.lockedUntil = :lockedUntil, "
                        + "p.lastSignInAt = :lastSignIn where p.id = :id")
                .setParameter("failures", person.getFailedSignIns())
                .setParameter("lockedUntil", person.getLockedUntil())
                .setParameter("lastSignIn", person.getLastSignInAt())
                .setParameter("id", person.getId())
                .executeUpdate();
    }

    /** Whether the account is paused after failed sign-ins (to tell the person so). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isPaused(String email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", Person.normalizeEmail(email))
                .getResultStream().anyMatch(p -> p.isPaused(clock.instant()));
    }

    private static volatile String dummyHash;

    /** A hash of a random password, so that unknown accounts cost the same time as known ones. */
    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = Passwords.hash(passwordHash, java.util.UUID.randomUUID().toString().toCharArray());
        }
        return dummyHash;
    }
}

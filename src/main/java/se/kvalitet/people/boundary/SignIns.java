package se.kvalitet.people.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.kvalitet.people.control.SignInLimits;
import se.kvalitet.people.control.SignInLimits.Account;
import se.kvalitet.people.entity.Person;
import se.kvalitet.platform.security.Role;

/**
 * Checks a password against the account, within the limits on guessing ({@link SignInLimits}: per account and
 * per client address, counted in the database before the password is checked). Whatever the address typed,
 * existing or not, active or not, an attempt costs one password hash and gets the same answer, so neither the
 * answer nor its time tells which accounts exist; a paused account or address is refused without any hash.
 * Runs without a transaction of its own: the counting commits in its own short transactions, never held open
 * while the (deliberately slow) hash runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignIns {

    /**
     * Outcome of one attempt: whether the person is signed in, whether the password was checked at all
     * (false: refused because of a pause), whether the account or address is paused after it, and the roles.
     */
    public record Outcome(boolean valid, boolean checked, boolean paused, String email, Set<Role> roles) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    SignInLimits limits;

    /** Sign-ins by outcome, for the operations dashboard (a rise in failures is worth an alert). */
    @Inject
    org.eclipse.microprofile.metrics.MetricRegistry metrics;

    Clock clock = Clock.systemUTC();

    private void count(String outcome) {
        metrics.counter("kvalitet.signin", new org.eclipse.microprofile.metrics.Tag("outcome", outcome)).inc();
    }

    /** An attempt not tied to a client address (only the account's limit applies). */
    public Outcome attempt(String email, char[] password) {
        return attempt(email, password, null);
    }

    /** An attempt from {@code address} (the client's IP address): both the account's and the address's limits apply. */
    public Outcome attempt(String email, char[] password, String address) {
        var now = clock.instant();
        String typed = Person.normalizeEmail(email);
        Optional<Person> found = person(typed);
        var account = Account.of(found.map(Person::getId).orElse(null), typed);
        var reservation = reserve(account, address, now);
        if (!reservation.granted()) {
            count("paused");
            return new Outcome(false, false, true, typed, Set.of());
        }
        // the same hash for every address typed: a real one, or one that can never match
        boolean signsIn = found.filter(p -> p.isActive() && p.getPasswordHash() != null).isPresent();
        boolean right = passwordHash.verify(password, signsIn ? found.get().getPasswordHash() : dummyHash());
        if (!signsIn || !right) {
            count("failed");
            return new Outcome(false, true, reservation.accountPauseBegan(), typed, Set.of());
        }
        limits.succeeded(found.get().getId(), address, now);
        count("succeeded");
        return new Outcome(true, true, false, found.get().getEmail(), Set.copyOf(found.get().getRoles()));
    }

    /**
     * Reserves the attempt. Creating a counter's row can, rarely, meet another attempt creating a neighbouring
     * row and be chosen as a deadlock's victim by the database; it is simply tried again.
     */
    private SignInLimits.Reservation reserve(Account account, String address, java.time.Instant now) {
        for (int tries = 1; ; tries++) {
            try {
                limits.prepare(account, address, now);
                return limits.reserve(account, address, now);
            } catch (jakarta.ejb.EJBException collided) {
                if (tries == 3) {
                    throw collided;
                }
            }
        }
    }

    /** Whether sign-ins with this address, or from this client address, are paused now (to tell the person so). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isPaused(String email, String address) {
        String typed = Person.normalizeEmail(email);
        var account = Account.of(person(typed).map(Person::getId).orElse(null), typed);
        return limits.isPaused(account, address, clock.instant());
    }

    /** Whether sign-ins with this address are paused now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isPaused(String email) {
        return isPaused(email, null);
    }

    /**
     * The roles a signed-in person holds now, checked on every request of their session (one indexed query):
     * empty once the account is deactivated, renamed or gone, so the session ends on the next request, and a
     * role taken away is gone on the next request too.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Set<Role>> currentRoles(String email) {
        List<Role> roles = em.createQuery("select r from Person p join p.roles r where p.email = :email and p.active = true",
                        Role.class)
                .setParameter("email", Person.normalizeEmail(email)).getResultList();
        return roles.isEmpty() ? Optional.empty() : Optional.of(EnumSet.copyOf(roles));
    }

    private Optional<Person> person(String email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    private static volatile String dummyHash;

    /** A hash of a random password with the same parameters as real ones, so every attempt costs the same time. */
    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = Passwords.hash(passwordHash, java.util.UUID.randomUUID().toString().toCharArray());
        }
        return dummyHash;
    }
}

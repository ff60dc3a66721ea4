package se.kvalitet.people.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kvalitet.platform.events.DomainEvents;

/**
 * The limits on guessing passwords, per account and per client address, kept in the database so they hold on
 * every node and under parallel requests. An attempt reserves its place in both counters before the password
 * is checked; when either is full the attempt is refused without checking anything. An address nobody has an
 * account for has a counter of its own that behaves exactly like an account's, so the answers never tell which
 * addresses exist. Each step commits on its own: the counting must stand even though the sign-in fails.
 */
@Stateless
public class SignInLimits {

    /** Which account counter an attempt uses: the person's row, or the row of an address without an account. */
    public record Account(Long personId, String subject) {
        public static Account of(Long personId, String typedEmail) {
            return personId != null ? new Account(personId, null) : new Account(null, "account:" + sha256(typedEmail));
        }
    }

    /** The outcome of reserving an attempt: whether it may be checked, and whether the account's pause began with it. */
    public record Reservation(boolean granted, boolean accountPauseBegan) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    DomainEvents events;

    @Inject
    @ConfigProperty(name = "kvalitet.signin.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "kvalitet.signin.pause-seconds", defaultValue = "300")
    long pauseSeconds;

    @Inject
    @ConfigProperty(name = "kvalitet.signin.address-max-failures", defaultValue = "100")
    int addressMaxFailures;

    /** Makes sure the rows without a person exist, before any of them is locked for counting. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void prepare(Account account, String address, Instant now) {
        var needed = new java.util.ArrayList<String>(2);
        if (account.subject() != null) {
            needed.add(account.subject());
        }
        if (address != null) {
            needed.add(addressSubject(address));
        }
        if (needed.isEmpty()) {
            return;
        }
        // a plain read first: the usual case (the rows exist) then takes no lock at all
        var present = em.createNativeQuery("select subject from sign_in_throttle where subject in ("
                + String.join(", ", java.util.Collections.nCopies(needed.size(), "?")) + ")");
        for (int i = 0; i < needed.size(); i++) {
            present.setParameter(i + 1, needed.get(i));
        }
        List<?> existing = present.getResultList();
        // account first, then address: every transaction takes the rows in this order, so none waits in a circle
        needed.stream().filter(subject -> !existing.contains(subject)).forEach(subject -> insertIfMissing(subject, now));
    }

    /** Reserves one attempt on the account and on the address; if either is full, neither is counted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Reservation reserve(Account account, String address, Instant now) {
        var pause = Duration.ofSeconds(pauseSeconds);
        var accountCounter = counter(account);
        Object accountId = id(account);
        accountCounter.expire(em, accountId, now, now.minus(pause));
        if (!accountCounter.reserve(em, accountId, maxFailures)) {
            return new Reservation(false, false);
        }
        boolean began = accountCounter.pauseIfFull(em, accountId, maxFailures, now.plus(pause));
        if (address != null) {
            var addressCounter = FailureCounter.throttle(true);
            String subject = addressSubject(address);
            addressCounter.expire(em, subject, now, now.minus(pause));
            if (!addressCounter.reserve(em, subject, addressMaxFailures)) {
                context.setRollbackOnly();
                return new Reservation(false, false);
            }
            addressCounter.pauseIfFull(em, subject, addressMaxFailures, now.plus(pause));
        }
        if (began && account.personId() != null) {
            events.record("SignInPaused", "Person", account.personId(), "after repeated failed sign-ins");
        }
        return new Reservation(true, began);
    }

    /** The password was right: the account forgets its failures; the address gets its reserved attempt back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(Long personId, String address, Instant now) {
        FailureCounter.person().reset(em, personId);
        em.createNativeQuery("update person set last_sign_in_at = ? where id = ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, personId).executeUpdate();
        if (address != null) {
            FailureCounter.throttle(true).giveBack(em, addressSubject(address), addressMaxFailures);
        }
    }

    /** Whether attempts on this account or from this address are refused now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isPaused(Account account, String address, Instant now) {
        return counter(account).isPaused(em, id(account), now)
                || address != null && FailureCounter.throttle(true).isPaused(em, addressSubject(address), now);
    }

    /** Rows without a failure or a pause for a day tell nothing any more. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forgetOld() {
        var dayAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(1)));
        em.createNativeQuery("delete from sign_in_throttle where window_started_at < ? and (paused_until is null or paused_until < ?)")
                .setParameter(1, dayAgo).setParameter(2, dayAgo).executeUpdate();
    }

    private void insertIfMissing(String subject, Instant now) {
        em.createNativeQuery("insert ignore into sign_in_throttle (subject, failures, window_started_at) values (?, 0, ?)")
                .setParameter(1, subject).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    private static FailureCounter counter(Account account) {
        return account.personId() != null ? FailureCounter.person() : FailureCounter.throttle(false);
    }

    private static Object id(Account account) {
        return account.personId() != null ? account.personId() : account.subject();
    }

    static String addressSubject(String address) {
        return "address:" + (address.length() > 64 ? sha256(address) : address);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}

package se.kvalitet.people.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kvalitet.people.control.TokenSecrets;
import se.kvalitet.people.entity.ApiToken;
import se.kvalitet.people.entity.Person;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Personal API tokens. Every signed-in person keeps their own: creates one (the secret is shown this once and
 * never stored), lists them (never with a secret) and revokes them; nobody sees or revokes another person's
 * token (it is simply not there: 404). A token lives a chosen number of days, at most
 * {@code kvalitet.api.token-max-days}. Checking a token is one indexed look-up that also reads the person's
 * current roles and whether the account is active, so a deactivated account's tokens stop at once.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME, Role.STAFF_NAME})
public class ApiTokens {

    /** How many tokens that still answer a person may hold at once. */
    public static final int MAX_LIVE_TOKENS = 20;

    /** A token as its person sees it in lists: never the secret. */
    public record TokenView(Long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
                            boolean active) implements Serializable {
    }

    /** What a new token is to be: a name that says where it is used, and its lifetime in days. */
    public record NewToken(String name, Integer expiresInDays) implements Serializable {
    }

    /** A token just created, with its secret: the only time the secret is ever shown. */
    public record CreatedToken(TokenView token, String secret) implements Serializable {
    }

    /** Who a valid token lets in. */
    public record TokenCaller(String email, Set<Role> roles) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    DomainEvents events;

    @Inject
    @ConfigProperty(name = "kvalitet.api.token-max-days", defaultValue = "365")
    int maxDays;

    Clock clock = Clock.systemUTC();

    /** The longest lifetime a token may be given, in days (for forms to offer). */
    @PermitAll
    public int maxDays() {
        return maxDays;
    }

    /** The caller's tokens, newest first. */
    public List<TokenView> mine() {
        Instant now = clock.instant();
        return em.createQuery("select t from ApiToken t where t.personId = :person order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("person", callerId()).getResultStream().map(t -> view(t, now)).toList();
    }

    /** Creates a token for the caller; the answer carries the secret, which is never shown again. */
    public CreatedToken create(NewToken request) {
        if (request == null) {
            throw new RuleViolation("people.token.name.required");
        }
        int days = request.expiresInDays() == null ? 0 : request.expiresInDays();
        if (days < 1 || days > maxDays) {
            throw new RuleViolation("people.token.expiry.range", maxDays);
        }
        Long person = callerId();
        Instant now = clock.instant();
        long live = em.createQuery("select t from ApiToken t where t.personId = :person and t.revokedAt is null",
                ApiToken.class).setParameter("person", person).getResultStream().filter(t -> t.answers(now)).count();
        if (live >= MAX_LIVE_TOKENS) {
            throw new RuleViolation("people.token.tooMany", MAX_LIVE_TOKENS);
        }
        String secret = TokenSecrets.newSecret();
        var token = new ApiToken(person, request.name(), TokenSecrets.hash(secret), now, now.plus(Duration.ofDays(days)));
        em.persist(token);
        em.flush();
        events.record("ApiTokenCreated", "Person", person, "token " + token.getId());
        return new CreatedToken(view(token, now), secret);
    }

    /** Revokes one of the caller's own tokens; another person's token is not found. */
    public TokenView revoke(Long id) {
        Long person = callerId();
        var token = Optional.ofNullable(id == null ? null : em.find(ApiToken.class, id))
                .filter(t -> t.getPersonId().equals(person))
                .orElseThrow(() -> new NotFound("people.token.notFound", id));
        Instant now = clock.instant();
        token.revoke(now);
        events.record("ApiTokenRevoked", "Person", person, "token " + id);
        return view(token, now);
    }

    /**
     * Who the presented token lets in, if anybody: one indexed look-up of the secret's hash, with the person's
     * roles and whether the account is active; nothing for a malformed, unknown, expired or revoked token.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TokenCaller> caller(String presented) {
        if (!TokenSecrets.wellFormed(presented)) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("select p.email, r, t from ApiToken t, Person p join p.roles r "
                        + "where t.secretHash = :hash and p.id = t.personId and p.active = true", Object[].class)
                .setParameter("hash", TokenSecrets.hash(presented)).getResultList();
        Instant now = clock.instant();
        if (rows.isEmpty() || !((ApiToken) rows.get(0)[2]).answers(now)) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.forEach(row -> roles.add((Role) row[1]));
        return Optional.of(new TokenCaller((String) rows.get(0)[0], roles));
    }

    private Long callerId() {
        String email = session.getCallerPrincipal().getName();
        return em.createQuery("select p.id from Person p where p.email = :email", Long.class)
                .setParameter("email", Person.normalizeEmail(email)).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("people.notFound", email));
    }

    private static TokenView view(ApiToken token, Instant now) {
        return new TokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
                token.getRevokedAt(), token.answers(now));
    }
}

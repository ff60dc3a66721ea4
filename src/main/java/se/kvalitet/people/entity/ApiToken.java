package se.kvalitet.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * A personal API token: a REST client acts as its person with it. Only the SHA-256 of the secret is kept (the
 * secret is random, so no slow hash is needed and nothing here lets anyone rebuild it). A token answers until
 * it expires or its person revokes it; a revoked token stays on record and never answers again.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id")
    private Long personId;

    private String name;

    @Column(name = "secret_hash")
    private String secretHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    public ApiToken(Long personId, String name, String secretHash, Instant createdAt, Instant expiresAt) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("people.token.name.required");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new RuleViolation("people.token.name.tooLong", MAX_NAME_LENGTH);
        }
        this.personId = personId;
        this.name = name.strip();
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the token lets its person in at {@code now}. */
    public boolean answers(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** Revokes the token; revoking it again changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public String getName() { return name; }
    public String getSecretHash() { return secretHash; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public long getVersion() { return version; }
}

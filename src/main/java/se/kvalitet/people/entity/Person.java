package se.kvalitet.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.security.Role;

/**
 * A person with an account. Applicants are linked to the unit they act for; examiners and jurors to the
 * administration they work in (conflicts of interest follow it). Repeated failed sign-ins pause the
 * account for a while: the pause is kept here, in the database, so it holds on every node; an
 * administrator can lift it early. E-mail addresses are stored trimmed and in lower case. Nobody can
 * take away their own administrator role, deactivate their own account or change the address they are
 * signed in with, so an administrator cannot lock themself (and perhaps everybody) out.
 */
@Entity
@Table(name = "person")
public class Person {

    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_NAME_LENGTH = 200;
    /** The interface languages a person can prefer: Swedish first. */
    public static final List<String> LANGUAGES = List.of("sv", "en");

    /**
     * An address as the Bean Validation {@code @Email} on the e-mail field accepts it, plus a dot in the
     * domain: dot-separated atoms before the @ (at most 64 characters), dot-separated labels after it.
     */
    private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]+";
    private static final String LABEL = "[a-z0-9\\u0080-\\uFFFF](?:[a-z0-9\\u0080-\\uFFFF-]*[a-z0-9\\u0080-\\uFFFF])?";
    private static final Pattern EMAIL = Pattern.compile(
            "^(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name")
    private String fullName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "administration_id")
    private Long administrationId;

    @Column(name = "preferred_locale")
    private String preferredLocale = "sv";

    private boolean active = true;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Person() {
    }

    public Person(String email, String fullName) {
        this.email = normalizeEmail(email);
        this.fullName = fullName;
    }

    /** E-mail addresses are compared case-insensitively; they are stored in lower case. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether the address looks like an e-mail address (after trimming); null and blank do not. */
    public static boolean isValidEmail(String email) {
        String normalized = normalizeEmail(email);
        return normalized != null && normalized.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(normalized).matches();
    }

    /** An applicant acts for a unit, so an applicant without a unit is refused. */
    public void requireUnitIfApplicant() {
        if (hasRole(Role.APPLICANT) && unitId == null) {
            throw new RuleViolation("people.applicant.needsUnit");
        }
    }

    /**
     * Checks a change a person makes to their own account: they keep the administrator role they have,
     * stay active and keep their e-mail address, which is the name they are signed in with (nobody locks
     * themself out, and the session keeps knowing who they are).
     */
    public void requireAllowedSelfChange(Set<Role> newRoles, boolean newActive, String newEmail) {
        if (hasRole(Role.ADMIN) && !newRoles.contains(Role.ADMIN)) {
            throw new RuleViolation("people.self.keepAdmin");
        }
        if (!newActive) {
            throw new RuleViolation("people.self.keepActive");
        }
        if (!email.equals(normalizeEmail(newEmail))) {
            throw new RuleViolation("people.self.keepEmail");
        }
    }

    /** Lifts a pause after failed sign-ins, and forgets the failures counted so far. */
    public void unpause() {
        lockedUntil = null;
        failedSignIns = 0;
    }

    /** Until when the account is paused, or null if it is not paused now. */
    public Instant pausedUntil(Instant now) {
        return isPaused(now) ? lockedUntil : null;
    }

    public boolean isPaused(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; after {@code maxFailures} in a row the account pauses for {@code pause}. */
    public void signInFailed(Instant now, int maxFailures, Duration pause) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(pause);
            failedSignIns = 0;
        }
    }

    public void signedIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public boolean canSignIn(Instant now) {
        return active && passwordHash != null && !isPaused(now);
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = normalizeEmail(email); }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getAdministrationId() { return administrationId; }
    public void setAdministrationId(Long administrationId) { this.administrationId = administrationId; }
    public String getPreferredLocale() { return preferredLocale; }
    public void setPreferredLocale(String preferredLocale) {
        if (!LANGUAGES.contains(preferredLocale)) {
            throw new RuleViolation("people.language.unknown", preferredLocale);
        }
        this.preferredLocale = preferredLocale;
    }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getFailedSignIns() { return failedSignIns; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastSignInAt() { return lastSignInAt; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public boolean hasRole(Role role) { return roles.contains(role); }
    public long getVersion() { return version; }
}

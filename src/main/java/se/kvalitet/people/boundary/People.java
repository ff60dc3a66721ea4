package se.kvalitet.people.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.boundary.Organizations.AdministrationSummary;
import se.kvalitet.organizations.boundary.Organizations.UnitSummary;
import se.kvalitet.people.control.AccountQuery;
import se.kvalitet.people.control.PasswordPolicy;
import se.kvalitet.people.entity.Person;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * People and their accounts. Administrators manage accounts; everybody may read their own.
 * Passwords are only ever stored as salted PBKDF2 hashes. E-mail addresses are unique (compared in lower
 * case); an applicant needs a unit; an account needs at least one role; an administrator can neither
 * take away their own administrator role, nor deactivate themself, nor change their own sign-in address. Every change names the version the
 * administrator saw: if somebody changed the account since, nothing is saved ({@code error.concurrentChange}).
 * Unit and administration names come from the organisations component, a whole page at a time.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class People {

    /** The shortest password accepted, for forms to tell the user. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    /** An account as the administration pages show it, with the names of its unit and administration. */
    public record AccountRow(Long id, String fullName, String email, List<Role> roles, Long unitId, String unitName,
                             String unitAdministrationName, Long administrationId, String administrationName,
                             String preferredLocale, boolean active, Instant lastSignInAt, Instant pausedUntil,
                             int failedSignIns, boolean hasPassword, long version) implements Serializable {
        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    /** Which accounts to list: a text in name or e-mail, and a role; null does not filter. */
    public record AccountFilter(String text, Role role) implements Serializable {
        public static AccountFilter none() {
            return new AccountFilter(null, null);
        }
    }

    /** What an account is to become, on creation or change. */
    public record AccountChange(String fullName, String email, Set<Role> roles, Long unitId, Long administrationId,
                                String preferredLocale, boolean active) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    DomainEvents events;

    @Inject
    Organizations organizations;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** Creates an account; the e-mail address must be new. */
    public Person create(String email, String fullName, char[] password, Set<Role> roles, Long unitId,
                         Long administrationId) {
        var person = new Person(email, fullName);
        apply(person, new AccountChange(fullName, email, roles, unitId, administrationId, "sv", true));
        if (password != null) {
            PasswordPolicy.requireLongEnough(password);
            person.setPasswordHash(Passwords.hash(hasher, password));
        }
        em.persist(person);
        em.flush();
        events.record("AccountCreated", "Person", person.getId(), roleNames(person.getRoles()));
        return person;
    }

    /**
     * Creates an account from the administration form. The password is optional (an account without one
     * cannot sign in with the local form); if given it must be confirmed.
     */
    public AccountRow createAccount(AccountChange change, char[] password, char[] confirmation) {
        var person = new Person(change.email(), change.fullName());
        apply(person, change);
        setPasswordIfRequested(person, password, confirmation);
        em.persist(person);
        em.flush();
        events.record("AccountCreated", "Person", person.getId(), roleNames(person.getRoles()));
        return rows(List.of(person)).get(0);
    }

    /** Changes an account as the administrator saw it at {@code version}; a new password is optional. */
    public AccountRow updateAccount(Long id, long version, AccountChange change, char[] password, char[] confirmation) {
        var person = person(id);
        requireVersion(person, version);
        if (isCaller(person)) {
            person.requireAllowedSelfChange(roles(change), change.active(), change.email());
        }
        apply(person, change);
        boolean passwordSet = setPasswordIfRequested(person, password, confirmation);
        events.record("AccountChanged", "Person", id, roleNames(person.getRoles()) + (change.active() ? "" : ",inactive"));
        if (passwordSet) {
            events.record("PasswordSet", "Person", id, null);
        }
        flush();
        return rows(List.of(person)).get(0);
    }

    /** Lifts the pause after failed sign-ins, for an account the administrator saw at {@code version}. */
    public AccountRow unpause(Long id, long version) {
        var person = person(id);
        requireVersion(person, version);
        person.unpause();
        events.record("SignInUnpaused", "Person", id, null);
        flush();
        return rows(List.of(person)).get(0);
    }

    public Person update(Person changed) {
        changed.requireUnitIfApplicant();
        var merged = em.merge(changed);
        em.flush();
        events.record("AccountChanged", "Person", merged.getId(), null);
        return merged;
    }

    public void setPassword(Long personId, char[] password) {
        var person = person(personId);
        PasswordPolicy.requireLongEnough(password);
        person.setPasswordHash(Passwords.hash(hasher, password));
        events.record("PasswordSet", "Person", personId, null);
    }

    @PermitAll
    public Optional<Person> byEmail(String email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", Person.normalizeEmail(email)).getResultStream().findFirst();
    }

    /**
     * The active applicants (role APPLICANT) of a unit, by name: the persons who may be contacts of the
     * unit's applications. Applicants may ask too (they choose their co-contacts).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME})
    public List<CurrentPerson.Caller> applicantsOf(Long unitId) {
        if (unitId == null) {
            return List.of();
        }
        return em.createQuery("select distinct p from Person p join p.roles r where p.unitId = :unit and r = :role "
                        + "and p.active = true order by p.fullName", Person.class)
                .setParameter("unit", unitId).setParameter("role", Role.APPLICANT).getResultStream()
                .map(p -> new CurrentPerson.Caller(p.getId(), p.getEmail(), p.getFullName(), java.util.Set.copyOf(p.getRoles()),
                        p.getUnitId(), p.getAdministrationId(), p.getPreferredLocale()))
                .toList();
    }

    public Optional<Person> find(Long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    public Optional<AccountRow> account(Long id) {
        return find(id).map(p -> rows(List.of(p)).get(0));
    }

    /**
     * One page of accounts, sorted by one of fullName, email, active, lastSignInAt, pausedUntil. Five
     * statements whatever the page size: ids, people with roles, units, administrations (and the count apart).
     */
    public List<AccountRow> accounts(AccountFilter filter, String sortField, boolean ascending, int first, int size) {
        var query = query(filter).sortedBy(sortField, ascending);
        TypedQuery<Long> ids = em.createQuery(query.idsJpql(), Long.class);
        query.parameters().forEach(ids::setParameter);
        List<Long> page = ids.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, size)).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> people = em.createQuery(AccountQuery.peopleJpql(), Person.class).setParameter("ids", page)
                .getResultStream().collect(Collectors.toMap(Person::getId, Function.identity(), (a, b) -> a));
        return rows(page.stream().map(people::get).filter(Objects::nonNull).toList());
    }

    public long accountCount(AccountFilter filter) {
        var query = query(filter);
        TypedQuery<Long> count = em.createQuery(query.countJpql(), Long.class);
        query.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    public List<Person> page(int first, int size, String nameFilter) {
        return em.createQuery("select p from Person p where lower(p.fullName) like :f or p.email like :f order by p.fullName, p.id",
                        Person.class)
                .setParameter("f", like(nameFilter)).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String nameFilter) {
        return em.createQuery("select count(p) from Person p where lower(p.fullName) like :f or p.email like :f", Long.class)
                .setParameter("f", like(nameFilter)).getSingleResult();
    }

    /**
     * The first administrator of an empty database, from the start-up configuration. No role check, because at
     * that moment nobody can hold one and nothing runs as anybody; instead it acts only while no administrator
     * exists, so it can never add a second one or take over a running system. Whether it created the account.
     */
    @PermitAll
    public boolean createFirstAdministrator(String email, char[] password) {
        if (countWithRole(Role.ADMIN) > 0) {
            return false;
        }
        create(email, email, password, EnumSet.of(Role.ADMIN, Role.STAFF), null, null);
        return true;
    }

    /** A person's name and e-mail address. */
    public record NameAndEmail(String fullName, String email) implements Serializable {
    }

    /**
     * Names and e-mail addresses by id, for registers that list people (the examiner register, the candidates for
     * teams): administrators anyone's; anyone else only their own (an examiner's own record), the others left out.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME, Role.STAFF_NAME})
    public Map<Long, NameAndEmail> namesAndEmails(java.util.Collection<Long> ids) {
        var found = new java.util.HashMap<Long, NameAndEmail>();
        if (ids == null || ids.isEmpty()) {
            return found;
        }
        boolean admin = session.isCallerInRole(Role.ADMIN_NAME);
        String caller = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        em.createQuery("select p.id, p.fullName, p.email from Person p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .filter(r -> admin || r[2] != null && ((String) r[2]).equalsIgnoreCase(caller))
                .forEach(r -> found.put((Long) r[0], new NameAndEmail((String) r[1], (String) r[2])));
        return found;
    }

    /** A juror as the jury's pages name them. */
    public record JurorAccount(Long id, String fullName) {
    }

    /**
     * The jury: every active account with the JURY role, by name. For the jury's own work (the meeting's
     * attendance, the chair, recusals); jurors sit together in the meeting, so they may know each other's names.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
    public List<JurorAccount> jurors() {
        return em.createQuery("select p.id, p.fullName from Person p join p.roles r where r = :role "
                        + "and p.active = true order by p.fullName, p.id", Object[].class)
                .setParameter("role", Role.JURY).getResultList().stream()
                .map(r -> new JurorAccount((Long) r[0], (String) r[1])).toList();
    }

    @PermitAll
    public long countWithRole(Role role) {
        return em.createQuery("select count(p) from Person p join p.roles r where r = :role", Long.class)
                .setParameter("role", role).getSingleResult();
    }

    @PermitAll
    public long countAll() {
        return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    }

    /** The ids of the accounts with these e-mail addresses, by address in lower case (for imports: one statement). */
    public Map<String, Long> idsByEmail(java.util.Collection<String> emails) {
        if (emails == null || emails.isEmpty()) {
            return Map.of();
        }
        var normalized = emails.stream().map(Person::normalizeEmail).collect(Collectors.toSet());
        return em.createQuery("select p.email, p.id from Person p where p.email in :emails", Object[].class)
                .setParameter("emails", normalized).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    /**
     * Gives an account a role it lacks (an examiner record makes its person an examiner); having it already
     * is fine. Returns whether the role was added.
     */
    public boolean grantRole(Long personId, Role role) {
        var person = person(personId);
        if (person.hasRole(role)) {
            return false;
        }
        var roles = EnumSet.copyOf(person.getRoles().isEmpty() ? EnumSet.of(role) : person.getRoles());
        roles.add(role);
        person.setRoles(roles);
        events.record("RoleGranted", "Person", personId, role.name());
        flush();
        return true;
    }

    // ---- helpers

    private static AccountQuery query(AccountFilter filter) {
        var f = filter == null ? AccountFilter.none() : filter;
        return AccountQuery.filtered(f.text(), f.role());
    }

    /** Rows for these people, with unit and administration names fetched for all of them at once. */
    private List<AccountRow> rows(List<Person> people) {
        Set<Long> unitIds = new HashSet<>();
        Set<Long> administrationIds = new HashSet<>();
        people.forEach(p -> {
            unitIds.add(p.getUnitId());
            administrationIds.add(p.getAdministrationId());
        });
        Map<Long, UnitSummary> units = organizations.unitSummaries(unitIds);
        Map<Long, AdministrationSummary> administrations = organizations.administrationSummaries(administrationIds);
        Instant now = clock.instant();
        return people.stream().map(p -> {
            var unit = p.getUnitId() == null ? null : units.get(p.getUnitId());
            var administration = p.getAdministrationId() == null ? null : administrations.get(p.getAdministrationId());
            return new AccountRow(p.getId(), p.getFullName(), p.getEmail(),
                    p.getRoles().stream().sorted().toList(), p.getUnitId(), unit == null ? null : unit.name(),
                    unit == null ? null : unit.administrationName(), p.getAdministrationId(),
                    administration == null ? null : administration.name(), p.getPreferredLocale(), p.isActive(),
                    p.getLastSignInAt(), p.pausedUntil(now), p.getFailedSignIns(), p.getPasswordHash() != null,
                    p.getVersion());
        }).toList();
    }

    /**
     * Applies the form to the account, checking every rule first (all look-ups before the first change, so
     * nothing is written half-way); a refusal leaves nothing changed.
     */
    private void apply(Person person, AccountChange change) {
        String fullName = fullName(change.fullName());
        String email = Person.normalizeEmail(change.email());
        if (!Person.isValidEmail(email)) {
            throw new RuleViolation("people.email.invalid");
        }
        byEmail(email).filter(other -> !other.getId().equals(person.getId())).ifPresent(other -> {
            throw new RuleViolation("people.email.taken", email);
        });
        var roles = roles(change);
        if (roles.isEmpty()) {
            throw new RuleViolation("people.roles.required");
        }
        Long administrationId = change.administrationId();
        if (change.unitId() != null) {
            var unit = organizations.unit(change.unitId())
                    .orElseThrow(() -> new RuleViolation("people.unit.notFound", change.unitId()));
            // an applicant's administration is their unit's unless the administrator says otherwise
            if (administrationId == null) {
                administrationId = unit.administrationId();
            }
        }
        if (administrationId != null && organizations.administration(administrationId).isEmpty()) {
            throw new RuleViolation("people.administration.notFound", administrationId);
        }
        person.setFullName(fullName);
        person.setEmail(email);
        person.setRoles(roles);
        person.setUnitId(change.unitId());
        person.setAdministrationId(administrationId);
        person.setPreferredLocale(change.preferredLocale() == null ? "sv" : change.preferredLocale());
        person.setActive(change.active());
        person.requireUnitIfApplicant();
    }

    private boolean setPasswordIfRequested(Person person, char[] password, char[] confirmation) {
        if (!PasswordPolicy.requested(password, confirmation)) {
            return false;
        }
        PasswordPolicy.requireAcceptable(password, confirmation);
        person.setPasswordHash(Passwords.hash(hasher, password));
        return true;
    }

    private static String fullName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new RuleViolation("people.fullName.required");
        }
        String trimmed = fullName.strip();
        if (trimmed.length() > Person.MAX_NAME_LENGTH) {
            throw new RuleViolation("people.fullName.tooLong", Person.MAX_NAME_LENGTH);
        }
        return trimmed;
    }

    private static Set<Role> roles(AccountChange change) {
        return change.roles() == null || change.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(change.roles());
    }

    /** Whether the account being changed is the caller's own. */
    private boolean isCaller(Person person) {
        var principal = session.getCallerPrincipal();
        return principal != null && Person.normalizeEmail(principal.getName()).equals(person.getEmail());
    }

    private Person person(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Person.class, id))
                .orElseThrow(() -> new RuleViolation("people.notFound", id));
    }

    private static void requireVersion(Person person, long seen) {
        if (person.getVersion() != seen) {
            throw new RuleViolation("error.concurrentChange");
        }
    }

    /** Writes now, so that a concurrent change shows as a rule violation and not at commit. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new RuleViolation("error.concurrentChange");
        }
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String like(String filter) {
        return filter == null || filter.isBlank() ? "%" : "%" + filter.trim().toLowerCase() + "%";
    }
}

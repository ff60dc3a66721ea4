package se.kvalitet.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.kvalitet.people.entity.Person;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;

/**
 * People and their accounts. Administrators manage accounts; everybody may read their own.
 * Passwords are only ever stored as salted PBKDF2 hashes.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class People {

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    DomainEvents events;

    /** Creates an account; the e-mail address must be new. */
    public Person create(String email, String fullName, char[] password, Set<Role> roles, Long unitId,
                         Long administrationId) {
        if (byEmail(email).isPresent()) {
            throw new RuleViolation("people.email.taken", email);
        }
        var person = new Person(email, fullName);
        person.setRoles(roles);
        person.setUnitId(unitId);
        person.setAdministrationId(administrationId);
        if (password != null) {
            person.setPasswordHash(hashChecked(password));
        }
        requireUnitForApplicant(person);
        em.persist(person);
        em.flush();
        events.record("AccountCreated", "Person", person.getId(), String.join(",", roles.stream().map(Enum::name).toList()));
        return person;
    }

    public Person update(Person changed) {
        requireUnitForApplicant(changed);
        var merged = em.merge(changed);
        em.flush();
        events.record("AccountChanged", "Person", merged.getId(), null);
        return merged;
    }

    public void setPassword(Long personId, char[] password) {
        var person = em.find(Person.class, personId);
        if (person == null) {
            throw new RuleViolation("people.notFound", personId);
        }
        person.setPasswordHash(hashChecked(password));
        events.record("PasswordSet", "Person", personId, null);
    }

    @PermitAll
    public Optional<Person> byEmail(String email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", Person.normalizeEmail(email)).getResultStream().findFirst();
    }

    public Optional<Person> find(Long id) {
        return Optional.ofNullable(em.find(Person.class, id));
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

    @PermitAll
    public long countWithRole(Role role) {
        return em.createQuery("select count(p) from Person p join p.roles r where r = :role", Long.class)
                .setParameter("role", role).getSingleResult();
    }

    @PermitAll
    public long countAll() {
        return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    }

    private static String like(String filter) {
        return filter == null || filter.isBlank() ? "%" : "%" + filter.trim().toLowerCase() + "%";
    }

    private String hashChecked(char[] password) {
        if (password.length < Passwords.MIN_LENGTH) {
            throw new RuleViolation("people.password.tooShort", Passwords.MIN_LENGTH);
        }
        return Passwords.hash(hasher, password);
    }

    private static void requireUnitForApplicant(Person person) {
        if (person.hasRole(Role.APPLICANT) && person.getUnitId() == null) {
            throw new RuleViolation("people.applicant.needsUnit");
        }
    }
}

package se.kvalitet.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import java.util.Set;
import se.kvalitet.platform.security.Role;
import se.kvalitet.people.entity.Person;

/** The signed-in person, looked up from the caller principal on each request (sessions hold only the name). */
@Stateless
@PermitAll
public class CurrentPerson {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    /** What other components may know of the caller. */
    public record Caller(Long id, String email, String fullName, Set<Role> roles, Long unitId, Long administrationId,
                         String preferredLocale) implements java.io.Serializable {
        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    public Optional<Caller> caller() {
        return get().map(p -> new Caller(p.getId(), p.getEmail(), p.getFullName(), Set.copyOf(p.getRoles()),
                p.getUnitId(), p.getAdministrationId(), p.getPreferredLocale()));
    }

    public Optional<Person> get() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", principal.getName()).getResultStream().findFirst();
    }
}

package se.kvalitet.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.kvalitet.people.entity.CycleChoice;
import se.kvalitet.platform.security.Role;

/**
 * The award cycle each person last chose, remembered in the database (the application runs on two nodes, so a
 * session would forget it on the other one). A person reads and changes only their own choice; the caller
 * checks that the cycle exists (the cycles component owns cycles).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME, Role.STAFF_NAME})
public class CycleChoices {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentPerson currentPerson;

    /** The cycle the caller chose last, if they ever chose one. */
    public Optional<Long> mine() {
        return currentPerson.caller()
                .map(caller -> em.find(CycleChoice.class, caller.id()))
                .map(CycleChoice::getCycleId);
    }

    /** Remembers {@code cycleId} as the caller's choice; writes only when it changes. */
    public void remember(Long cycleId) {
        Objects.requireNonNull(cycleId);
        currentPerson.caller().ifPresent(caller -> {
            var choice = em.find(CycleChoice.class, caller.id());
            if (choice == null) {
                em.persist(new CycleChoice(caller.id(), cycleId, Instant.now()));
            } else if (!cycleId.equals(choice.getCycleId())) {
                choice.choose(cycleId, Instant.now());
            }
        });
    }
}

package se.kvalitet.conflicts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.kvalitet.conflicts.entity.ActingAs;
import se.kvalitet.conflicts.entity.ConflictConfirmation;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * The caller's "I have no conflict with this application", given before its content opens to them. This
 * component does not know who is assigned to what: the component that opens the content (assignment, jury)
 * checks the assignment first and then asks here. A confirmation is refused while a conflict blocks: the
 * person cannot confirm away what the organisation tree or their own declaration says.
 */
@Stateless
@RolesAllowed({Role.EXAMINER_NAME, Role.JURY_NAME, Role.ADMIN_NAME})
public class Confirmations {

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentPerson currentPerson;

    @EJB
    ConflictCheck check;

    @EJB
    DomainEvents events;

    /** Records the caller's confirmation (again is harmless); refused while a conflict blocks the pair. */
    public void confirmNoConflict(Long applicationId, ActingAs actingAs) {
        var caller = currentPerson.caller().orElseThrow(() -> new RuleViolation("conflicts.signInRequired"));
        // one confirms only in a capacity one has: a juror or an administrator is no examiner (the authorization
        // matrix found anyone's "no conflict as examiner" recorded)
        if (!caller.has(actingAs == ActingAs.JUROR ? Role.JURY : Role.EXAMINER)) {
            throw new EJBAccessException("confirming as " + actingAs + " needs that role");
        }
        // the conflict first: an earlier confirmation does not stand against a conflict declared since
        if (check.blocks(caller.id(), applicationId)) {
            throw new RuleViolation("conflicts.confirm.blocked");
        }
        if (confirmed(caller.id(), List.of(applicationId), actingAs).contains(applicationId)) {
            return;
        }
        var confirmation = new ConflictConfirmation(check.cycleOf(applicationId), caller.id(), applicationId,
                actingAs, Clock.systemUTC().instant());
        em.persist(confirmation);
        em.flush();
        events.record("ConflictConfirmed", "Application", applicationId,
                "person=" + caller.id() + ";as=" + actingAs);
    }

    /** The caller, as an examiner on the application's team, confirms having no conflict with it. */
    public void confirmAsExaminer(Long applicationId) {
        confirmNoConflict(applicationId, ActingAs.EXAMINER);
    }

    /** The caller, as a jury member, confirms having no conflict with the application. */
    public void confirmAsJuror(Long applicationId) {
        confirmNoConflict(applicationId, ActingAs.JUROR);
    }

    /** Which of the applications the person has confirmed, as an examiner, having no conflict with. */
    public Set<Long> confirmedAsExaminer(Long personId, Collection<Long> applicationIds) {
        return confirmed(personId, applicationIds, ActingAs.EXAMINER);
    }

    /** Which of the applications the person has confirmed, as a jury member, having no conflict with. */
    public Set<Long> confirmedAsJuror(Long personId, Collection<Long> applicationIds) {
        return confirmed(personId, applicationIds, ActingAs.JUROR);
    }

    /** Which of the applications the person has confirmed having no conflict with, in the given capacity. */
    public Set<Long> confirmed(Long personId, Collection<Long> applicationIds, ActingAs actingAs) {
        if (applicationIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select c.applicationId from ConflictConfirmation c where c.personId = :p "
                        + "and c.actingAs = :as and c.applicationId in :ids", Long.class)
                .setParameter("p", personId).setParameter("as", actingAs).setParameter("ids", applicationIds)
                .getResultStream().collect(Collectors.toSet());
    }
}

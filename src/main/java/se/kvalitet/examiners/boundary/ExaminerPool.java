package se.kvalitet.examiners.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.kvalitet.examiners.entity.ExaminerProfile;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * The cycle's examiners for assignment: every active examiner record with the person's name, in two
 * statements whatever the pool's size (records with their competences, then names).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ExaminerPool {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    People people;

    public List<ExaminerCandidate> candidates(Long cycleId) {
        var profiles = em.createQuery("select distinct p from ExaminerProfile p left join fetch p.competences "
                        + "where p.cycleId = :c and p.active = true order by p.personId", ExaminerProfile.class)
                .setParameter("c", cycleId).getResultList();
        var names = people.namesAndEmails(profiles.stream().map(ExaminerProfile::getPersonId).toList());
        return profiles.stream().map(p -> {
            var name = names.getOrDefault(p.getPersonId(), new People.NameAndEmail("", ""));
            return new ExaminerCandidate(p.getPersonId(), name.fullName(), name.email(), p.getUnitId(), p.getAdministrationId(),
                    p.getCapacity(), p.isLeaderEligible(), p.isExperienced(), p.getCompetences(), p.isReady());
        }).toList();
    }
}

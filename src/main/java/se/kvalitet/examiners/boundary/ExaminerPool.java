package se.kvalitet.examiners.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.kvalitet.examiners.entity.ExaminerProfile;
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

    public List<ExaminerCandidate> candidates(Long cycleId) {
        var profiles = em.createQuery("select distinct p from ExaminerProfile p left join fetch p.competences "
                        + "where p.cycleId = :c and p.active = true order by p.personId", ExaminerProfile.class)
                .setParameter("c", cycleId).getResultList();
        var names = new java.util.HashMap<Long, String[]>();
        em.createNativeQuery("select p.id, p.full_name, p.email from person p join examiner_profile ep "
                        + "on ep.person_id = p.id where ep.cycle_id = ?").setParameter(1, cycleId).getResultList()
                .forEach(row -> {
                    Object[] r = (Object[]) row;
                    names.put(((Number) r[0]).longValue(), new String[] {(String) r[1], (String) r[2]});
                });
        return profiles.stream().map(p -> {
            String[] name = names.getOrDefault(p.getPersonId(), new String[] {"", ""});
            return new ExaminerCandidate(p.getPersonId(), name[0], name[1], p.getUnitId(), p.getAdministrationId(),
                    p.getCapacity(), p.isLeaderEligible(), p.isExperienced(), p.getCompetences(), p.isReady());
        }).toList();
    }
}

package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import se.kvalitet.examiners.entity.ExaminerProfile;

/** Test-only: examiner records written directly, so assignment tests do not depend on the register's pages. */
@Stateless
public class ExaminerFixtures {

    @PersistenceContext
    EntityManager em;

    /** An examiner record of the cycle; {@code ready} sets training and the manager's approval. */
    public Long register(Long cycleId, Long personId, Long unitId, Long administrationId, int capacity,
                         boolean leaderEligible, boolean experienced, Set<String> competences, boolean ready) {
        var profile = new ExaminerProfile(cycleId, personId, Instant.now());
        profile.setUnitId(unitId);
        profile.setAdministrationId(administrationId);
        profile.setCapacity(capacity);
        profile.setLeaderEligible(leaderEligible);
        profile.setYearsOfExperience(experienced ? 2 : 0);
        profile.setCompetences(competences);
        if (ready) {
            profile.setTrainedOn(LocalDate.now().minusDays(30));
            profile.setManagerName("Chef Chefsson");
            profile.setManagerApprovedOn(LocalDate.now().minusDays(20));
        }
        em.persist(profile);
        em.flush();
        return profile.getId();
    }
}

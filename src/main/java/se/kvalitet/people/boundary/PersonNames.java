package se.kvalitet.people.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * People's full names (and preferred languages) by id, for the components that show who did what (a team's members, a juror) on a record the
 * calling boundary has already decided the caller may see. Only the name: no address, role or unit. No role check
 * of its own, so it is for server code only, in the calling boundary's transaction.
 */
@Dependent
public class PersonNames {

    @PersistenceContext
    EntityManager em;

    /** The preferred language of each person ("sv" or "en"), by id; nothing else about them. */
    public Map<Long, String> languagesOf(Collection<Long> personIds) {
        var languages = new HashMap<Long, String>();
        if (personIds == null || personIds.isEmpty()) {
            return languages;
        }
        em.createQuery("select p.id, p.preferredLocale from Person p where p.id in :ids", Object[].class)
                .setParameter("ids", personIds).getResultList().forEach(r -> languages.put((Long) r[0], (String) r[1]));
        return languages;
    }

    public Map<Long, String> of(Collection<Long> personIds) {
        var names = new HashMap<Long, String>();
        if (personIds == null || personIds.isEmpty()) {
            return names;
        }
        em.createQuery("select p.id, p.fullName from Person p where p.id in :ids", Object[].class)
                .setParameter("ids", personIds).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }
}

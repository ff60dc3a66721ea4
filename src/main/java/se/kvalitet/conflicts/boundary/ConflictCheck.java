package se.kvalitet.conflicts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kvalitet.conflicts.entity.ConflictPolicy;
import se.kvalitet.conflicts.entity.ConflictReason;
import se.kvalitet.conflicts.entity.DeclaredConflict;
import se.kvalitet.conflicts.entity.RulingKind;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.persistence.Rows;

/**
 * Finds who has a conflict of interest with which of a cycle's applications: automatic ones from the
 * organisation tree (own unit, own administration, as the cycle's policy says), declared ones (a unit, an
 * administration or one application; a former employment only within the look-back), each with the
 * administrator's ruling if one is in force. Works in a few set-based statements, so checking 150 examiners
 * against 2000 applications costs three queries, not 300 000 lookups.
 *
 * <p>Only applications that have been submitted count (drafts and withdrawn ones are nobody's business).
 * Where a person works this cycle comes from their examiner record if they have one (all of it: a record without
 * a unit does not borrow the account's), else from their account.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EXAMINER_NAME, Role.JURY_NAME})
public class ConflictCheck {

    @jakarta.inject.Inject
    se.kvalitet.cycles.boundary.Cycles cycles;

    @PersistenceContext
    EntityManager em;

    private static final String SUBMITTED = "a.status not in ('DRAFT', 'WITHDRAWN')";

    /** The cycle's policy, or the defaults when none has been saved. */
    public ConflictPolicy policy(Long cycleId) {
        var saved = em.find(ConflictPolicy.class, cycleId);
        return saved != null ? saved : new ConflictPolicy(cycleId);
    }

    /** All conflicts of the given persons with the cycle's submitted applications, blocking or ruled on. */
    public List<Conflict> inCycle(Long cycleId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        int year = cycleYear(cycleId);
        var policy = policy(cycleId);
        String persons = Rows.idList(personIds);
        var found = new HashMap<Long, Map<Long, Set<ConflictReason>>>();
        automatic(cycleId, policy, persons, found);
        declared(cycleId, year, policy.getLookbackYears(), persons, found);
        var rulings = rulings(cycleId, persons);
        var conflicts = new ArrayList<Conflict>();
        found.forEach((person, byApplication) -> byApplication.forEach((application, reasons) ->
                conflicts.add(new Conflict(person, application, List.copyOf(reasons),
                        rulings.getOrDefault(person, Map.of()).get(application)))));
        conflicts.sort((a, b) -> a.personId() != b.personId() ? Long.compare(a.personId(), b.personId())
                : Long.compare(a.applicationId(), b.applicationId()));
        return conflicts;
    }

    /** The conflicts that block: no ruling in force. What assignment must never cross. */
    public List<Conflict> blocking(Long cycleId, Collection<Long> personIds) {
        return inCycle(cycleId, personIds).stream().filter(Conflict::blocks).toList();
    }

    /** Whether one person has a blocking conflict with one application. */
    public boolean blocks(Long personId, Long applicationId) {
        return blocking(cycleOf(applicationId), List.of(personId)).stream()
                .anyMatch(c -> c.applicationId() == applicationId);
    }

    /** The cycle of an application; "not found" for an unknown one. */
    public long cycleOf(Long applicationId) {
        List<?> cycle = em.createNativeQuery("select cycle_id from application where id = ?")
                .setParameter(1, applicationId).getResultList();
        if (cycle.isEmpty()) {
            throw new NotFound("conflicts.application.notFound", applicationId);
        }
        return Rows.count(cycle.get(0));
    }

    private void automatic(Long cycleId, ConflictPolicy policy, String persons,
                           Map<Long, Map<Long, Set<ConflictReason>>> found) {
        // workplace this cycle: the examiner record first, else the account; the administration follows the unit
        List<?> rows = em.createNativeQuery("select w.person_id, a.id, "
                        + "case when w.unit_id = a.unit_id then 1 else 0 end, "
                        + "case when w.administration_id = u.administration_id then 1 else 0 end "
                        + "from (select p.id person_id, case when ep.id is null then p.unit_id else ep.unit_id end unit_id, "
                        + "case when ep.id is null then coalesce(wu.administration_id, p.administration_id) "
                        + "else coalesce(ep.administration_id, wu.administration_id) end administration_id "
                        + "from person p left join examiner_profile ep on ep.person_id = p.id and ep.cycle_id = ? "
                        + "left join unit wu on wu.id = case when ep.id is null then p.unit_id else ep.unit_id end "
                        + "where p.id in (" + persons + ")) w "
                        + "join application a on a.cycle_id = ? and " + SUBMITTED + " "
                        + "join unit u on u.id = a.unit_id "
                        + "where w.unit_id = a.unit_id or w.administration_id = u.administration_id")
                .setParameter(1, cycleId).setParameter(2, cycleId).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long person = ((Number) r[0]).longValue();
            long application = ((Number) r[1]).longValue();
            if (policy.isOwnUnit() && ((Number) r[2]).intValue() == 1) {
                add(found, person, application, ConflictReason.OWN_UNIT);
            }
            if (policy.isOwnAdministration() && ((Number) r[3]).intValue() == 1) {
                add(found, person, application, ConflictReason.OWN_ADMINISTRATION);
            }
        }
    }

    private void declared(Long cycleId, int year, int lookback, String persons,
                          Map<Long, Map<Long, Set<ConflictReason>>> found) {
        List<?> rows = em.createNativeQuery("select d.person_id, a.id, d.reason, d.ended_on "
                        + "from declared_conflict d "
                        + "join application a on a.cycle_id = d.cycle_id and " + SUBMITTED + " "
                        + "join unit u on u.id = a.unit_id "
                        + "where d.cycle_id = ? and d.withdrawn_at is null and d.person_id in (" + persons + ") "
                        + "and (d.application_id = a.id or d.unit_id = a.unit_id or d.administration_id = u.administration_id)")
                .setParameter(1, cycleId).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            var reason = ConflictReason.valueOf((String) r[2]);
            if (DeclaredConflict.stillCounts(reason, Rows.date(r[3]), year, lookback)) {
                add(found, ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), reason);
            }
        }
    }

    private Map<Long, Map<Long, RulingKind>> rulings(Long cycleId, String persons) {
        var rulings = new HashMap<Long, Map<Long, RulingKind>>();
        List<?> rows = em.createNativeQuery("select person_id, application_id, kind from conflict_ruling "
                        + "where cycle_id = ? and revoked_at is null and person_id in (" + persons + ") order by id")
                .setParameter(1, cycleId).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            rulings.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                    .put(((Number) r[1]).longValue(), RulingKind.valueOf((String) r[2]));
        }
        return rulings;
    }

    private int cycleYear(Long cycleId) {
        return cycles.yearOf(cycleId).orElseThrow(() -> new NotFound("conflicts.cycle.notFound", cycleId));
    }

    private static void add(Map<Long, Map<Long, Set<ConflictReason>>> found, long person, long application,
                            ConflictReason reason) {
        found.computeIfAbsent(person, k -> new HashMap<>())
                .computeIfAbsent(application, k -> EnumSet.noneOf(ConflictReason.class)).add(reason);
    }
}

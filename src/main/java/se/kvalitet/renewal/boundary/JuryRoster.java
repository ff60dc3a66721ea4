package se.kvalitet.renewal.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kvalitet.conflicts.boundary.ConflictCheck;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.persistence.Rows;

/**
 * What the renewal boundaries share: a cycle's renewal-prize entries (submitted, neither drafts nor withdrawn, and
 * only once the application period has closed, as {@code ApplicationAccess} opens them to jurors), the jury (every
 * active account with the JURY role), who is recused from what (a blocking conflict, from the conflicts
 * boundary), and the prize's model. The entries and the jury are read from their tables, like the scoring
 * component reads its teams: the applications and people boundaries list them only to others. Runs in the
 * calling boundary's transaction.
 */
@Dependent
public class JuryRoster {

    static final String AWARD = "RENEWAL_PRIZE";
    static final Set<String> BEFORE_CLOSING = Set.of("PLANNING", "APPLICATION_OPEN");
    /** The phases in which the jury scores: from the closing of applications until the decisions are announced. */
    static final Set<String> SCORING_PHASES = Set.of("APPLICATION_CLOSED", "INDIVIDUAL_REVIEW", "CONSENSUS",
            "SITE_VISITS", "JURY");

    record Entry(long applicationId, long cycleId, String registrationNumber, String unitName, String title,
                 Long classId, String className) {
    }

    record Juror(long id, String name) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject Cycles cycles;
    @Inject EvaluationModels models;
    @Inject ConflictCheck conflictCheck;

    private static final String ENTRIES = "select a.id, a.cycle_id, a.registration_number, u.name, a.title, "
            + "a.competition_class_id, k.name from application a join unit u on u.id = a.unit_id "
            + "join competition_class k on k.id = a.competition_class_id "
            + "where a.award = 'RENEWAL_PRIZE' and a.status not in ('DRAFT', 'WITHDRAWN') ";

    /** The cycle's entries, ordered by registration; none before the application period has closed. */
    List<Entry> ofCycle(long cycleId) {
        var terms = cycles.applicationTerms(cycleId).orElse(null);
        if (terms == null || BEFORE_CLOSING.contains(terms.phase())) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery(ENTRIES + "and a.cycle_id = ? order by a.sequence_number, a.id")
                .setParameter(1, cycleId).getResultList();
        return rows.stream().map(r -> entry((Object[]) r)).toList();
    }

    /** One entry; "not found" for anything else (another award, a draft, an open application period). */
    Entry entry(Long applicationId) {
        List<?> rows = applicationId == null ? List.of()
                : em.createNativeQuery(ENTRIES + "and a.id = ?").setParameter(1, applicationId).getResultList();
        var found = rows.stream().map(r -> entry((Object[]) r)).findFirst()
                .orElseThrow(() -> new NotFound("renewal.entry.notFound", applicationId));
        if (BEFORE_CLOSING.contains(terms(found.cycleId()).phase())) {
            throw new NotFound("renewal.entry.notFound", applicationId);
        }
        return found;
    }

    private static Entry entry(Object[] r) {
        return new Entry(Rows.count(r[0]), Rows.count(r[1]), (String) r[2], (String) r[3], (String) r[4], Rows.id(r[5]),
                (String) r[6]);
    }

    /** The jury: every active account with the JURY role, by id. */
    List<Juror> jurors() {
        List<?> rows = em.createNativeQuery("select p.id, p.full_name from person p join person_role r "
                + "on r.person_id = p.id where r.role = 'JURY' and p.active = true order by p.id").getResultList();
        return rows.stream().map(r -> new Juror(Rows.count(((Object[]) r)[0]), (String) ((Object[]) r)[1])).toList();
    }

    /** Per application of the cycle, the persons (of those given) a conflict blocks from it now. */
    Map<Long, Set<Long>> recusals(long cycleId, Collection<Long> personIds) {
        var recused = new HashMap<Long, Set<Long>>();
        conflictCheck.blocking(cycleId, personIds).forEach(c ->
                recused.computeIfAbsent(c.applicationId(), a -> new HashSet<>()).add(c.personId()));
        return recused;
    }

    boolean recused(long personId, long applicationId) {
        return conflictCheck.blocks(personId, applicationId);
    }

    ApplicationTerms terms(long cycleId) {
        return cycles.applicationTerms(cycleId).orElseThrow(() -> new NotFound("renewal.cycle.notFound", cycleId));
    }

    /** The renewal prize's model in the cycle. */
    ModelView model(ApplicationTerms terms) {
        return terms.category(AWARD).map(ApplicationTerms.Category::evaluationModelId).flatMap(models::view)
                .orElseThrow(() -> new NotFound("renewal.cycle.notFound", terms.cycleId()));
    }

    Optional<ApplicationTerms.Category> category(ApplicationTerms terms) {
        return terms.category(AWARD);
    }
}

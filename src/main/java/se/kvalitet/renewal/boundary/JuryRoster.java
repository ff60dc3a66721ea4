package se.kvalitet.renewal.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kvalitet.applications.boundary.ApplicationLabels;
import se.kvalitet.applications.boundary.ApplicationRegister;
import se.kvalitet.applications.boundary.ApplicationSummary;
import se.kvalitet.conflicts.boundary.ConflictCheck;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.errors.NotFound;

/**
 * What the renewal boundaries share: a cycle's renewal-prize entries (submitted, neither drafts nor withdrawn, and
 * only once the application period has closed, as {@code ApplicationAccess} opens them to jurors), the jury (every
 * active account with the JURY role), who is recused from what (a blocking conflict, from the conflicts
 * boundary), and the prize's model. The entries come from the applications boundary
 * ({@code ApplicationRegister.competing}: administrators and jurors, after the application period), the jury from
 * the people boundary ({@code People.jurors}); both check the caller themselves. Runs in the calling boundary's
 * transaction.
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

    @Inject Cycles cycles;
    @Inject EvaluationModels models;
    @Inject ConflictCheck conflictCheck;
    @Inject ApplicationRegister register;
    @Inject ApplicationLabels labels;
    @Inject se.kvalitet.applications.boundary.Applications applications;
    @Inject People people;

    /**
     * The cycle's entries, ordered by registration; none before the application period has closed (the applications
     * boundary's {@code competing} gives a juror nothing before then, and this component asks for no more).
     */
    List<Entry> ofCycle(long cycleId) {
        var terms = cycles.applicationTerms(cycleId).orElse(null);
        if (terms == null || BEFORE_CLOSING.contains(terms.phase())) {
            return List.of();
        }
        return register.competing(cycleId).stream().filter(ApplicationSummary::renewalPrize)
                .map(a -> new Entry(a.id(), a.cycleId(), a.registrationNumber(), a.unitName(), a.title(),
                        a.competitionClassId(), a.competitionClassName()))
                .toList();
    }

    /** One entry; "not found" for anything else (another award, a draft, an open application period). */
    Entry entry(Long applicationId) {
        var cycleId = labels.of(applicationId).map(ApplicationLabels.Label::cycleId)
                .orElseThrow(() -> new NotFound("renewal.entry.notFound", applicationId));
        return ofCycle(cycleId).stream().filter(e -> e.applicationId() == applicationId).findFirst()
                .orElseThrow(() -> new NotFound("renewal.entry.notFound", applicationId));
    }

    /**
     * One entry as its own unit's people see it, read through the applications boundary's rule for them (their own
     * unit's application), not through the jury's list of competing entries, which is the jury's and the
     * administrators' only. "Not found" for anything but a submitted renewal-prize application of the caller's unit.
     */
    Entry entryOfOwnUnit(Long applicationId) {
        var view = applications.view(applicationId);
        if (!view.renewalPrize() || view.submittedAt() == null) {
            throw new NotFound("renewal.entry.notFound", applicationId);
        }
        return new Entry(view.id(), view.cycleId(), view.registrationNumber(), view.unitName(),
                view.renewal() == null ? null : view.renewal().title(), view.competitionClassId(), view.competitionClassName());
    }

    /** The jury: every active account with the JURY role, by id. */
    List<Juror> jurors() {
        return people.jurors().stream().map(j -> new Juror(j.id(), j.fullName()))
                .sorted(java.util.Comparator.comparingLong(Juror::id)).toList();
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

package se.kvalitet.cycles.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.cycles.entity.CycleCategory;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Award cycles: opening a year, its categories and classes, its dates, and moving it through its
 * phases. Phase rules live in {@link AwardCycle}; this boundary adds what crosses components:
 * adopting a preset model, and freezing the models when applications open.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME, Role.STAFF_NAME})
public class Cycles {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    @Inject
    EvaluationModels models;

    @RolesAllowed(Role.ADMIN_NAME)
    public AwardCycle open(int year, String name) {
        long same = em.createQuery("select count(c) from AwardCycle c where c.year = :y", Long.class)
                .setParameter("y", year).getSingleResult();
        if (same > 0) {
            throw new RuleViolation("cycle.year.exists", year);
        }
        var cycle = new AwardCycle(year, name);
        em.persist(cycle);
        em.flush();
        events.record("CycleOpened", "AwardCycle", cycle.getId(), String.valueOf(year));
        return cycle;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CycleCategory addCategory(Long cycleId, Award award) {
        var category = cycle(cycleId).addCategory(award);
        em.flush();
        events.record("CategoryAdded", "AwardCycle", cycleId, award.name());
        return category;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void addClass(Long cycleId, Award award, String className) {
        var cycle = cycle(cycleId);
        cycle.category(award).orElseThrow(() -> new RuleViolation("cycle.category.missing", award)).addClass(className);
        em.flush();
        events.record("ClassAdded", "AwardCycle", cycleId, award + ":" + className);
    }

    /** Copies a preset into the category as its evaluation model (replacing an earlier choice). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Long adoptPreset(Long cycleId, Award award, String presetKey) {
        var cycle = cycle(cycleId);
        var category = cycle.category(award).orElseThrow(() -> new RuleViolation("cycle.category.missing", award));
        if (!cycle.allowsModelChanges()) {
            throw new RuleViolation("criteria.model.frozen");
        }
        Long modelId = models.copyPreset(presetKey);
        category.useModel(modelId);
        events.record("PresetAdopted", "AwardCycle", cycleId, award + ":" + presetKey);
        return modelId;
    }

    /** Moves the cycle to another phase if its rules allow; opening applications freezes the models. */
    @RolesAllowed(Role.ADMIN_NAME)
    public AwardCycle moveTo(Long cycleId, Phase target) {
        var cycle = cycle(cycleId);
        var from = cycle.getPhase();
        cycle.moveTo(target);
        if (target == Phase.APPLICATION_OPEN) {
            cycle.getCategories().forEach(category -> models.freeze(category.getEvaluationModelId()));
        }
        events.record("PhaseChanged", "AwardCycle", cycleId, from + "->" + target);
        return cycle;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public AwardCycle save(AwardCycle changed) {
        changed.getDates().requireInOrder();
        var merged = em.merge(changed);
        em.flush();
        events.record("CycleChanged", "AwardCycle", merged.getId(), null);
        return merged;
    }

    public List<AwardCycle> all() {
        return em.createQuery("select c from AwardCycle c order by c.year desc", AwardCycle.class).getResultList();
    }

    public Optional<AwardCycle> find(Long id) {
        return em.createQuery("select distinct c from AwardCycle c left join fetch c.categories where c.id = :id",
                AwardCycle.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** The newest cycle that is not closed: the one most pages are about. */
    public Optional<AwardCycle> current() {
        return em.createQuery("select c from AwardCycle c where c.phase <> :closed order by c.year desc", AwardCycle.class)
                .setParameter("closed", Phase.CLOSED).setMaxResults(1).getResultStream().findFirst();
    }

    /** The cycles for lists, newest first: one query, categories not loaded. */
    public List<CycleSummary> summaries() {
        return all().stream().map(CycleSummary::from).toList();
    }

    /** A cycle with its categories and their classes, fetched in one query. */
    public Optional<CycleDetail> detail(Long id) {
        return withCategoriesAndClasses(id).map(cycle -> CycleDetail.from(cycle, Instant.now()));
    }

    /** The {@link #current() current} cycle in detail. */
    public Optional<CycleDetail> currentDetail() {
        // the id only: a cycle entity already in the persistence context would be reused without its fetch joins
        return em.createQuery("select c.id from AwardCycle c where c.phase <> :closed order by c.year desc", Long.class)
                .setParameter("closed", Phase.CLOSED).setMaxResults(1).getResultStream().findFirst()
                .flatMap(this::detail);
    }

    private Optional<AwardCycle> withCategoriesAndClasses(Long id) {
        return em.createQuery("select c from AwardCycle c where c.id = :id", AwardCycle.class)
                .setParameter("id", id)
                .setHint("eclipselink.left-join-fetch", "c.categories.classes")
                .getResultStream().findFirst();
    }

    /** What other components may know of a cycle: its phase, dates and categories, no entities. */
    public record CycleOverview(Long id, int year, String name, String phase, java.time.LocalDate applicationOpensOn,
                                java.time.Instant applicationClosesAt, java.time.LocalDate reviewStartsOn,
                                java.time.LocalDate consensusStartsOn, java.time.LocalDate juryStartsOn,
                                java.time.LocalDate announcementOn, java.time.LocalDate feedbackOn,
                                List<String> categoriesWithoutModel, List<String> categories) {
    }

    public Optional<CycleOverview> currentOverview() {
        return current().map(Cycles::overview);
    }

    static CycleOverview overview(AwardCycle c) {
        var d = c.getDates();
        return new CycleOverview(c.getId(), c.getYear(), c.getName(), c.getPhase().name(), d.getApplicationOpensOn(),
                d.getApplicationClosesAt(), d.getReviewStartsOn(), d.getConsensusStartsOn(), d.getJuryStartsOn(),
                d.getAnnouncementOn(), d.getFeedbackOn(),
                c.getCategories().stream().filter(cat -> cat.getEvaluationModelId() == null).map(cat -> cat.getAward().name()).toList(),
                c.getCategories().stream().map(cat -> cat.getAward().name()).toList());
    }

    private AwardCycle cycle(Long id) {
        return Optional.ofNullable(em.find(AwardCycle.class, id))
                .orElseThrow(() -> new RuleViolation("cycle.notFound", id));
    }
}

package se.kvalitet.cycles.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.cycles.entity.CycleCategory;
import se.kvalitet.cycles.entity.DateCorrection;
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

    @Inject
    jakarta.enterprise.event.Event<CycleClosed> closed;

    /** Opens a new cycle (year 2000–2100, one cycle per year) in the planning phase. */
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

    /**
     * Opens a new cycle (as {@link #open}) with the set-up of an earlier one: classes, terms, registration format,
     * prize money, a fresh editable copy of each category's evaluation model, and the dates moved by the years
     * between them. Nothing of the earlier cycle changes. All or nothing.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public AwardCycle openAsCopyOf(Long sourceCycleId, int year, String name) {
        var source = cycle(sourceCycleId, null);
        var cycle = open(year, name);
        takeOver(cycle, source);
        return cycle;
    }

    /** Gives an empty cycle being planned the set-up of an earlier one (see {@link #openAsCopyOf}). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void copySetUp(Long sourceCycleId, Long targetCycleId, long expectedTargetVersion) {
        var source = cycle(sourceCycleId, null);
        var target = cycle(targetCycleId, expectedTargetVersion);
        if (source == target) {
            throw new RuleViolation("cycle.copy.notEmpty");
        }
        takeOver(target, source);
        em.lock(target, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    private void takeOver(AwardCycle cycle, AwardCycle source) {
        // a refusal rolls the whole transaction back, the model copies with it
        var models = new java.util.EnumMap<Award, Long>(Award.class);
        source.getCategories().stream().filter(c -> c.getEvaluationModelId() != null)
                .forEach(c -> models.put(c.getAward(), this.models.copyModel(c.getEvaluationModelId())));
        cycle.takeOverSetUp(source, models);
        em.flush();
        events.record("CycleSetUpCopied", "AwardCycle", cycle.getId(), "from=" + source.getYear());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CycleCategory addCategory(Long cycleId, Award award) {
        return addCategory(cycleId, award, null);
    }

    /** Adds a category while planning; the cycle's version guards against a concurrent change. */
    @RolesAllowed(Role.ADMIN_NAME)
    public CycleCategory addCategory(Long cycleId, Award award, Long expectedCycleVersion) {
        var cycle = cycle(cycleId, expectedCycleVersion);
        var category = cycle.addCategory(award);
        em.lock(cycle, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        events.record("CategoryAdded", "AwardCycle", cycleId, award.name());
        return category;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void addClass(Long cycleId, Award award, String className) {
        addClass(cycleId, award, className, null);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void addClass(Long cycleId, Award award, String className, Long expectedCategoryVersion) {
        var category = category(cycleId, award, expectedCategoryVersion);
        var added = category.addClass(className);
        categoryChanged(category, "ClassAdded", award + ":" + added.getName());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void renameClass(Long cycleId, Award award, Long classId, String newName, long expectedCategoryVersion) {
        var category = category(cycleId, award, expectedCategoryVersion);
        var renamed = category.competitionClass(classId);
        String before = renamed.getName();
        category.renameClass(renamed, newName);
        categoryChanged(category, "ClassRenamed", award + ":" + before + "->" + renamed.getName());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void removeClass(Long cycleId, Award award, Long classId, long expectedCategoryVersion) {
        var category = category(cycleId, award, expectedCategoryVersion);
        var removed = category.competitionClass(classId);
        category.removeClass(removed);
        categoryChanged(category, "ClassRemoved", award + ":" + removed.getName());
    }

    /** Moves a class one place up (direction -1) or down (+1). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void moveClass(Long cycleId, Award award, Long classId, int direction, long expectedCategoryVersion) {
        var category = category(cycleId, award, expectedCategoryVersion);
        var moved = category.competitionClass(classId);
        category.moveClass(moved, direction);
        categoryChanged(category, "ClassMoved", award + ":" + moved.getName() + (direction < 0 ? " up" : " down"));
    }

    /** Sets or clears (null) the renewal prize's prize money in SEK. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void setPrizeAmount(Long cycleId, Award award, Integer amount, long expectedCategoryVersion) {
        var category = category(cycleId, award, expectedCategoryVersion);
        category.offerPrize(amount);
        categoryChanged(category, "PrizeAmountSet", award + ":" + amount);
    }

    /**
     * Sets or clears (null) the renewal prize's prize money in SEK, for components that know the award by name
     * (the renewal component's settings page): the same rules as {@link #setPrizeAmount}.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void setRenewalPrizeAmount(Long cycleId, Integer amount, long expectedCategoryVersion) {
        setPrizeAmount(cycleId, Award.RENEWAL_PRIZE, amount, expectedCategoryVersion);
    }

    /** Copies a preset into the category as its evaluation model (replacing an earlier choice). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Long adoptPreset(Long cycleId, Award award, String presetKey) {
        return adoptPreset(cycleId, award, presetKey, null);
    }

    /**
     * Copies a preset written for the category's award into the category as its evaluation model, while
     * the cycle is being planned. A model adopted earlier is replaced and, never having been used, deleted.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Long adoptPreset(Long cycleId, Award award, String presetKey, Long expectedCategoryVersion) {
        var category = category(cycleId, award, expectedCategoryVersion);
        if (!category.getCycle().allowsModelChanges()) {
            throw new RuleViolation("criteria.model.frozen");
        }
        var preset = models.preset(presetKey).orElseThrow(() -> new RuleViolation("criteria.preset.unknown", presetKey));
        if (!award.name().equals(preset.award())) {
            throw new RuleViolation("cycle.preset.wrongAward", preset.name(), award);
        }
        Long previous = category.getEvaluationModelId();
        Long modelId = models.copyPreset(presetKey);
        category.useModel(modelId);
        em.flush();
        if (previous != null) {
            models.discard(previous);
        }
        events.record("PresetAdopted", "AwardCycle", cycleId, award + ":" + presetKey);
        return modelId;
    }

    /** Moves the cycle to another phase if its rules allow; opening applications freezes the models. */
    @RolesAllowed(Role.ADMIN_NAME)
    public AwardCycle moveTo(Long cycleId, Phase target) {
        return moveTo(cycleId, target, null);
    }

    /** {@link #moveTo(Long, Phase)} by the phase's name, for other components (the jury announces). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void moveToPhase(Long cycleId, String phase) {
        Phase target;
        try {
            target = Phase.valueOf(phase);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new se.kvalitet.platform.errors.InvalidParameter("cycle.phase.unknown", "phase", phase);
        }
        moveTo(cycleId, target, null);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public AwardCycle moveTo(Long cycleId, Phase target, Long expectedCycleVersion) {
        return moveTo(cycleId, target, expectedCycleVersion, null);
    }

    /**
     * Moves the cycle to another phase; closing the application period before its own deadline needs the
     * administrator's reason ({@code earlyCloseReason}), recorded with the deadline the units were promised.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public AwardCycle moveTo(Long cycleId, Phase target, Long expectedCycleVersion, String earlyCloseReason) {
        var cycle = cycle(cycleId, expectedCycleVersion);
        var from = cycle.getPhase();
        var deadline = cycle.plannedDates().getApplicationClosesAtCityTime();
        if (cycle.moveTo(target, Instant.now(), earlyCloseReason)) {
            events.record("ApplicationPeriodClosedEarly", "AwardCycle", cycleId,
                    "deadline " + deadline + "; " + earlyCloseReason.strip());
        }
        if (target == Phase.APPLICATION_OPEN) {
            cycle.getCategories().forEach(category -> models.freeze(category.getEvaluationModelId()));
        }
        em.flush();
        events.record("PhaseChanged", "AwardCycle", cycleId, from + "->" + target);
        if (target == Phase.CLOSED) {
            closed.fire(new CycleClosed(cycleId, cycle.getYear()));
        }
        return cycle;
    }

    /**
     * Stores a whole cycle as given: the demo loader and the test fixtures set the planned dates as they were.
     * Pages and REST change a cycle through {@link #updateSettings} and {@link #correctDates}, which keep the locks.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public AwardCycle save(AwardCycle changed) {
        changed.getDates().requireInOrder();
        var merged = em.merge(changed);
        em.flush();
        events.record("CycleChanged", "AwardCycle", merged.getId(), null);
        return merged;
    }

    /** Renames the cycle, sets its registration-number format and its planned dates, all or nothing. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void updateSettings(Long cycleId, CycleSettings settings, long expectedCycleVersion) {
        var cycle = cycle(cycleId, expectedCycleVersion);
        cycle.rename(settings.getName());
        cycle.useRegistrationFormat(settings.getRegistrationFormat());
        cycle.reschedule(settings.toDates());
        em.flush();
        events.record("CycleChanged", "AwardCycle", cycleId, null);
    }

    /**
     * The administrator corrects the cycle's dates, locked ones included, for a recorded reason: each changed
     * date goes on record as a {@code CycleDateCorrected} event with its old and new value and the reason.
     * The only way to change a date whose phase has passed (the settings form refuses that).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<DateCorrection> correctDates(Long cycleId, CycleSettings corrected, String reason,
                                             long expectedCycleVersion) {
        var cycle = cycle(cycleId, expectedCycleVersion);
        var changes = cycle.correctDates(corrected.toDates(), reason);
        em.lock(cycle, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        changes.forEach(change -> events.record("CycleDateCorrected", "AwardCycle", cycleId,
                change.describe(reason.strip())));
        return changes;
    }

    /**
     * Changes the terms applicants must meet (eligibility and attachments); only while the cycle is
     * planned or open for applications, and only if nobody changed the cycle since the caller read it.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void updateApplicationTerms(Long cycleId, CycleTermsForm terms, long expectedCycleVersion) {
        var cycle = cycle(cycleId, expectedCycleVersion);
        terms.applyTo(cycle);
        em.flush();
        events.record("ApplicationTermsChanged", "AwardCycle", cycleId,
                cycle.getMinStaffCount() + "/" + cycle.getMinResidentShare() + "/" + cycle.getQuarantineYears() + "/"
                        + cycle.getAttachmentTypes() + "/" + cycle.getMaxFileMb() + "/" + cycle.getMaxTotalMb());
    }

    /** The cycle's ceremony as the administrator plans it. */
    public Optional<Ceremony> ceremony(Long cycleId) {
        return Optional.ofNullable(cycleId == null ? null : em.find(AwardCycle.class, cycleId)).map(Cycles::ceremony);
    }

    /**
     * The administrator sets the ceremony's day and place. Locked once the cycle has moved past the announcement:
     * then only with a {@code correctionReason}, which goes on record with the old and new values.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Ceremony planCeremony(Long cycleId, java.time.LocalDate on, String place, String correctionReason,
                                 long expectedCycleVersion) {
        var cycle = cycle(cycleId, expectedCycleVersion);
        String before = cycle.getCeremonyOn() + " " + cycle.getCeremonyPlace();
        boolean correcting = correctionReason != null && !correctionReason.isBlank();
        if (correcting) {
            cycle.correctCeremony(on, place, correctionReason);
        } else {
            cycle.planCeremony(on, place);
        }
        em.lock(cycle, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        String after = cycle.getCeremonyOn() + " " + cycle.getCeremonyPlace();
        events.record(correcting ? "CycleCeremonyCorrected" : "CycleCeremonyPlanned", "AwardCycle", cycleId,
                before + " -> " + after + (correcting ? "; " + correctionReason.strip() : ""));
        return ceremony(cycle);
    }

    /** The announced cycle of a year, for anyone (the public winners page); empty before the announcement. */
    @jakarta.annotation.security.PermitAll
    public Optional<AnnouncedCycle> announced(int year) {
        return announcedCycles().stream().filter(c -> c.year() == year).findFirst();
    }

    /** Every cycle whose decisions have been announced, newest first, for anyone. */
    @jakarta.annotation.security.PermitAll
    public List<AnnouncedCycle> announcedCycles() {
        return em.createQuery("select c from AwardCycle c where c.phase in :phases order by c.year desc", AwardCycle.class)
                .setParameter("phases", List.of(Phase.ANNOUNCED, Phase.FEEDBACK, Phase.CLOSED)).getResultList().stream()
                .map(c -> new AnnouncedCycle(c.getId(), c.getYear(), c.getName(), c.plannedDates().getAnnouncementOn(),
                        c.getCeremonyOn(), c.getCeremonyPlace())).toList();
    }

    private static Ceremony ceremony(AwardCycle cycle) {
        return new Ceremony(cycle.getId(), cycle.getCeremonyOn(), cycle.getCeremonyPlace(), cycle.ceremonyLocked(),
                cycle.getVersion());
    }

    /** All cycles, newest first, with their categories: one query. */
    public List<CycleRow> rows() {
        return em.createQuery("select distinct c from AwardCycle c left join fetch c.categories order by c.year desc",
                AwardCycle.class).getResultStream().map(CycleRow::of).toList();
    }

    public Optional<CycleDetails> details(Long id) {
        return em.createQuery("select distinct c from AwardCycle c left join fetch c.categories where c.id = :id",
                        AwardCycle.class).setParameter("id", id)
                .setHint("eclipselink.left-join-fetch", "c.categories.classes")
                .getResultStream().findFirst()
                .map(cycle -> CycleDetails.of(cycle, models.summaries(cycle.getCategories().stream()
                        .map(CycleCategory::getEvaluationModelId).filter(Objects::nonNull).toList())));
    }

    /** Every category of every cycle with the model it uses, newest cycle first. */
    public List<ModelUsage> modelUsages() {
        var categories = em.createQuery("select cat from CycleCategory cat join fetch cat.cycle c "
                + "order by c.year desc, cat.award", CycleCategory.class).getResultList();
        var summaries = models.summaries(categories.stream().map(CycleCategory::getEvaluationModelId)
                .filter(Objects::nonNull).toList());
        return categories.stream().map(cat -> new ModelUsage(cat.getCycle().getId(), cat.getCycle().getYear(),
                cat.getCycle().getName(), cat.getCycle().getPhase().name(), cat.getAward().name(),
                cat.getEvaluationModelId() == null ? null : summaries.get(cat.getEvaluationModelId()))).toList();
    }

    public List<AwardCycle> all() {
        return em.createQuery("select c from AwardCycle c order by c.year desc", AwardCycle.class).getResultList();
    }

    public Optional<AwardCycle> find(Long id) {
        return em.createQuery("select distinct c from AwardCycle c left join fetch c.categories where c.id = :id",
                AwardCycle.class).setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * The current cycle: the year the city is working through. That is the oldest cycle past its application
     * period and not closed (its applications are reviewed, judged or answered); else the cycle accepting
     * applications; else the next one being planned. Next year's cycle may open for applications while this
     * year's jury still works: this year's stays current. Pages that serve one purpose use the purpose's own
     * lookup instead ({@link #defaultFor}); see docs/architecture.md, "Several cycles at once".
     */
    public Optional<AwardCycle> current() {
        return currentId().map(id -> em.find(AwardCycle.class, id));
    }

    /** The {@link #current() current} cycle's id (ids only: a cached entity would skip later fetch joins). */
    private Optional<Long> currentId() {
        var working = oldestIn(Phase.WORKING);
        if (working.isPresent()) {
            return working;
        }
        var open = oldestIn(java.util.EnumSet.of(Phase.APPLICATION_OPEN));
        return open.isPresent() ? open : oldestIn(java.util.EnumSet.of(Phase.PLANNING));
    }

    private Optional<Long> oldestIn(java.util.Set<Phase> phases) {
        return em.createQuery("select c.id from AwardCycle c where c.phase in :phases order by c.year", Long.class)
                .setParameter("phases", phases).setMaxResults(1).getResultStream().findFirst();
    }

    private List<CycleSummary> summariesIn(java.util.Set<Phase> phases) {
        return em.createQuery("select c from AwardCycle c where c.phase in :phases order by c.year", AwardCycle.class)
                .setParameter("phases", phases).getResultStream().map(CycleSummary::from).toList();
    }

    /**
     * The cycles under review, oldest first: from the close of applications until the jury takes over (teams are
     * assigned, examiners assess, teams reach consensus, site visits are made). The examiners' purpose.
     */
    public List<CycleSummary> underReview() {
        return summariesIn(Phase.UNDER_REVIEW);
    }

    /** The cycle with the jury: the oldest in the jury phase (normally the only one). The jury's purpose. */
    public Optional<CycleSummary> withJury() {
        return summariesIn(java.util.EnumSet.of(Phase.JURY)).stream().findFirst();
    }

    /** Every cycle not closed (planned ones too), oldest first, for the start pages: each with its work. */
    public List<CycleOverview> notClosedOverviews() {
        return em.createQuery("select c from AwardCycle c where c.phase <> :closed order by c.year", AwardCycle.class)
                .setParameter("closed", Phase.CLOSED)
                .setHint("eclipselink.left-join-fetch", "c.categories")
                .getResultStream().map(Cycles::overview).toList();
    }

    /**
     * The cycle a page for {@code purpose} shows when neither its address nor the person's remembered choice names
     * one: the first cycle of that purpose, else the {@link #current() current} cycle.
     */
    public Optional<Long> defaultFor(CyclePurpose purpose) {
        Optional<Long> first = switch (purpose) {
            case APPLICATIONS -> acceptingApplications().stream().map(CycleDetail::id).findFirst();
            case REVIEW -> underReview().stream().map(CycleSummary::id).findFirst();
            case JURY -> withJury().map(CycleSummary::id);
            case CURRENT -> Optional.empty();
        };
        return first.isPresent() ? first : currentId();
    }

    /**
     * Holds the cycle's row with a write lock until the caller's transaction ends, so work another component
     * serializes per cycle (the applications component creating a cycle's registration sequence) happens one at a
     * time. Changes nothing.
     */
    public void lock(Long cycleId) {
        em.find(AwardCycle.class, cycleId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether the cycle's feedback reports show the score (true) or only the band; empty for an unknown cycle. */
    public Optional<Boolean> reportShowsScore(Long cycleId) {
        // not mapped on AwardCycle: a form's detached copy merged by save() must never write a stale flag back
        List<?> rows = cycleId == null ? List.of()
                : em.createNativeQuery("select report_shows_score from award_cycle where id = ?")
                        .setParameter(1, cycleId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object value = rows.get(0);
        return Optional.of(value instanceof Boolean b ? b : ((Number) value).intValue() != 0);
    }

    /**
     * The feedback component's one setting on the cycle (the feedback boundary decides and records it). A lone flag:
     * the last choice wins, and the cycle's version stays, so nobody's open cycle form is refused for it. Whether the
     * cycle exists.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public boolean setReportShowsScore(Long cycleId, boolean showScore) {
        return em.createNativeQuery("update award_cycle set report_shows_score = ? where id = ?")
                .setParameter(1, showScore).setParameter(2, cycleId).executeUpdate() > 0;
    }

    /** A category with its cycle's phase and year: what assignment needs to staff the category's applications. */
    public record CategoryRef(Long categoryId, Long cycleId, String award, String phase, int year)
            implements java.io.Serializable {
    }

    /** The category with its cycle, empty for an unknown one. */
    public Optional<CategoryRef> category(Long categoryId) {
        return Optional.ofNullable(categoryId == null ? null : em.find(CycleCategory.class, categoryId))
                .map(c -> new CategoryRef(c.getId(), c.getCycle().getId(), c.getAward().name(),
                        c.getCycle().getPhase().name(), c.getCycle().getYear()));
    }

    /** The cycle of the newest year before this year, if any. */
    public Optional<Long> yearBefore(int year) {
        return em.createQuery("select c.id from AwardCycle c where c.year < :y order by c.year desc", Long.class)
                .setParameter("y", year).setMaxResults(1).getResultStream().findFirst();
    }

    /** The cycle's year, empty for an unknown cycle. */
    public Optional<Integer> yearOf(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(AwardCycle.class, id)).map(AwardCycle::getYear);
    }

    /** The cycles of the years before this cycle's, newest first (empty for an unknown cycle). */
    public List<Long> earlierThan(Long id) {
        return yearOf(id).map(year -> em.createQuery("select c.id from AwardCycle c where c.year < :y order by c.year desc",
                Long.class).setParameter("y", year).getResultList()).orElse(List.of());
    }

    /** Whether a cycle with this id exists. */
    public boolean exists(Long id) {
        return id != null && em.find(AwardCycle.class, id) != null;
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
        return currentId().flatMap(this::detail);
    }

    /**
     * The cycles that accept applications now (application period open, deadline not passed), oldest first. Usually
     * one; it need not be the current cycle, since next year's period may open while this year's jury still works.
     */
    public List<CycleDetail> acceptingApplications() {
        return em.createQuery("select c.id from AwardCycle c where c.phase = :open order by c.year", Long.class)
                .setParameter("open", Phase.APPLICATION_OPEN).getResultStream().map(this::detail)
                .flatMap(Optional::stream).filter(CycleDetail::acceptingApplications).toList();
    }

    /** A cycle as the applications component needs it (phase, deadline, settings, categories and classes). */
    public Optional<ApplicationTerms> applicationTerms(Long id) {
        return id == null ? Optional.empty() : withCategoriesAndClasses(id).map(ApplicationTerms::of);
    }

    /**
     * The terms of several cycles at once (for lists over the years), by cycle id. Open to anyone: the terms are the
     * city's published call for applications (dates, classes, eligibility), and the public winners page names classes.
     */
    @jakarta.annotation.security.PermitAll
    public java.util.Map<Long, ApplicationTerms> applicationTerms(java.util.Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select distinct c from AwardCycle c where c.id in :ids", AwardCycle.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.left-join-fetch", "c.categories.classes")
                .getResultStream().map(ApplicationTerms::of)
                .collect(java.util.stream.Collectors.toMap(ApplicationTerms::cycleId, t -> t));
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
        var d = c.plannedDates();
        return new CycleOverview(c.getId(), c.getYear(), c.getName(), c.getPhase().name(), d.getApplicationOpensOn(),
                d.getApplicationClosesAt(), d.getReviewStartsOn(), d.getConsensusStartsOn(), d.getJuryStartsOn(),
                d.getAnnouncementOn(), d.getFeedbackOn(),
                c.getCategories().stream().filter(cat -> cat.getEvaluationModelId() == null).map(cat -> cat.getAward().name()).toList(),
                c.getCategories().stream().map(cat -> cat.getAward().name()).toList());
    }

    private AwardCycle cycle(Long id, Long expectedVersion) {
        var cycle = Optional.ofNullable(id == null ? null : em.find(AwardCycle.class, id))
                .orElseThrow(() -> new RuleViolation("cycle.notFound", id));
        requireVersion(cycle.getVersion(), expectedVersion);
        return cycle;
    }

    private CycleCategory category(Long cycleId, Award award, Long expectedVersion) {
        var category = cycle(cycleId, null).category(award)
                .orElseThrow(() -> new RuleViolation("cycle.category.missing", award));
        requireVersion(category.getVersion(), expectedVersion);
        return category;
    }

    /** A category and its classes change as one: the category's version rises with every change. */
    private void categoryChanged(CycleCategory category, String eventType, String details) {
        em.lock(category, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        events.record(eventType, "AwardCycle", category.getCycle().getId(), details);
    }

    /** Null means the caller does not hold a version (start-up work, older callers): no check. */
    private static void requireVersion(long actual, Long expected) {
        if (expected != null && actual != expected) {
            throw new RuleViolation("error.concurrentChange");
        }
    }
}

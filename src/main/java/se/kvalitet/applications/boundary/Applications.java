package se.kvalitet.applications.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.kvalitet.applications.control.CarryOver;
import se.kvalitet.applications.control.Completeness;
import se.kvalitet.applications.control.Deadline;
import se.kvalitet.applications.control.Eligibility;
import se.kvalitet.applications.control.IndicatorRules;
import se.kvalitet.applications.control.RegistrationNumbers;
import se.kvalitet.applications.entity.Application;
import se.kvalitet.applications.entity.ApplicationRuleException;
import se.kvalitet.applications.entity.ApplicationStatus;
import se.kvalitet.applications.entity.Attachment;
import se.kvalitet.applications.entity.AwardCategory;
import se.kvalitet.applications.entity.EligibilityAnswers;
import se.kvalitet.applications.entity.RegistrationSequence;
import se.kvalitet.applications.entity.RenewalFields;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.cycles.boundary.CycleClosed;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Applications: a unit's contact persons start, write, submit and withdraw them; administrators see all of
 * a cycle's and may reopen a submitted one. Authorization on every method: an applicant reaches only the
 * applications of their own unit; anything else is answered as if it did not exist
 * ({@code applications.notFound}), so ids reveal nothing. Examiners, jurors and staff get nothing here.
 * Rules live in {@link Application}, {@link Completeness}, {@link Eligibility} and {@link Deadline}.
 * Every change takes the version the writer saw ({@code expectedVersion}); a stale one is refused with an
 * {@link OptimisticLockException} (REST 409, pages {@code error.concurrentChange}) and nothing is saved.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME})
public class Applications {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    @Inject
    Cycles cycles;

    @Inject
    EvaluationModels models;

    @Inject
    Organizations organizations;

    @Inject
    People people;

    @Inject
    CurrentPerson currentPerson;

    @Resource
    SessionContext session;

    @Inject
    ApplicationAccess access;

    @Inject
    WinRecord winRecord;

    // ---- starting

    /**
     * Starts a draft for the caller's unit in the given cycle, award (QUALITY_AWARD or RENEWAL_PRIZE) and
     * competition class, while the cycle accepts applications. One active application per unit, award and
     * cycle. The caller becomes its first contact person. Returns the new application's id.
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Long start(Long cycleId, String award, Long classId) {
        var caller = currentPerson.caller().filter(c -> c.unitId() != null)
                .orElseThrow(() -> new ApplicationRuleException("applications.start.noUnit"));
        return begin(caller.unitId(), cycleId, award, classId, caller.id());
    }

    /**
     * Starts a draft on behalf of a unit: for administrators (demo data, import, help desk). The same rules
     * as {@link #start}; no contact person is added.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Long startFor(Long unitId, Long cycleId, String award, Long classId) {
        organizations.unit(unitId).orElseThrow(() -> new NotFound("applications.unit.notFound", unitId));
        return begin(unitId, cycleId, award, classId, null);
    }

    private Long begin(Long unitId, Long cycleId, String award, Long classId, Long contactId) {
        var category = AwardCategory.of(award);
        var terms = terms(cycleId);
        deadline().requireOpen(terms.phase(), terms.applicationClosesAt());
        var cat = terms.category(category.name())
                .orElseThrow(() -> new ApplicationRuleException("applications.start.noSuchCategory", category));
        if (cat.classes().stream().noneMatch(k -> k.id().equals(classId))) {
            throw new ApplicationRuleException("applications.start.noSuchClass");
        }
        long active = em.createQuery("select count(a) from Application a where a.cycleId = :c and a.categoryId = :cat "
                        + "and a.unitId = :u and a.status <> :withdrawn", Long.class)
                .setParameter("c", cycleId).setParameter("cat", cat.id()).setParameter("u", unitId)
                .setParameter("withdrawn", ApplicationStatus.WITHDRAWN).getSingleResult();
        if (active > 0) {
            throw new ApplicationRuleException("applications.start.alreadyActive");
        }
        var application = new Application(cycleId, cat.id(), classId, unitId, category, now(), actor());
        if (contactId != null) {
            application.addContact(contactId);
        }
        em.persist(application);
        em.flush();
        sequenceRow(cycleId, LockModeType.NONE);
        events.record("ApplicationStarted", "Application", application.getId(),
                category + " unit=" + unitId + " class=" + classId);
        return application.getId();
    }

    // ---- reading

    /**
     * The application with criteria beside answers; {@code applications.notFound} unless the caller may see it.
     * Examiners read the applications of their teams once they confirmed having no conflict.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME})
    public ApplicationView view(Long id) {
        return toView(access.readable(id, isAdmin(), session.isCallerInRole(Role.EXAMINER_NAME),
                session.isCallerInRole(Role.JURY_NAME)));
    }

    /** Like {@link #view} but empty instead of refusing. */
    @RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME})
    public Optional<ApplicationView> find(Long id) {
        try {
            return Optional.of(view(id));
        } catch (NotFound notFound) {
            return Optional.empty();
        }
    }

    /**
     * The eligibility-to-win warnings of an application (a deficit, the quarantine after a win), for the jury's
     * board: administrators any application's, a juror those of an application they may know about
     * ({@link ApplicationAccess#jurorMayKnowFacts}); for anything else none.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
    public List<Notice> eligibilityWarnings(Long id) {
        var application = id == null ? null : em.find(Application.class, id);
        if (application == null || !isAdmin() && !access.jurorMayKnowFacts(id)) {
            return List.of(); // not a refusal: it would roll back the jury's transaction that asks
        }
        return toView(application).warnings();
    }

    /** The applications of the caller's unit over all years, newest first (empty for a caller without unit). */
    public List<ApplicationSummary> listForMyUnit() {
        Long unitId = currentPerson.caller().map(CurrentPerson.Caller::unitId).orElse(null);
        if (unitId == null) {
            return List.of();
        }
        return listForUnit(unitId);
    }

    /** The applications of any unit over all years, newest first: administrators. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<ApplicationSummary> listForUnit(Long unitId) {
        var found = em.createQuery("select a from Application a where a.unitId = :u order by a.createdAt desc, a.id desc",
                Application.class).setParameter("u", unitId).getResultList();
        return summaries(found);
    }

    // ---- writing

    /**
     * Saves a draft (explicit save and autosave alike): the given answers (criterion code → text; blank
     * clears), the renewal-prize fields and the eligibility answers; a null part is left as it is. Only a
     * draft, only before the deadline (unless reopened by an administrator), only as the version the writer
     * saw. Returns the new version.
     */
    public long saveDraft(Long id, Map<String, String> answers, RenewalDraft renewal, EligibilityDraft eligibility,
                          long expectedVersion) {
        return saveDraft(id, answers, renewal, eligibility, null, expectedVersion);
    }

    /**
     * As {@link #saveDraft(Long, Map, RenewalDraft, EligibilityDraft, long)}, with the indicator tables of results
     * criteria (criterion code → its whole table; an empty list clears it; criteria not named are left alone).
     * Only criteria of type RESULT take indicators; the tables are checked by {@link IndicatorRules}.
     */
    public long saveDraft(Long id, Map<String, String> answers, RenewalDraft renewal, EligibilityDraft eligibility,
                          Map<String, List<IndicatorDraft>> indicators, long expectedVersion) {
        var application = accessible(id);
        requireVersion(application, expectedVersion);
        var terms = terms(application.getCycleId());
        requireWritable(application, terms);
        Instant now = now();
        if (answers != null && !answers.isEmpty()) {
            if (application.getAward() != AwardCategory.QUALITY_AWARD) {
                throw new ApplicationRuleException("applications.answer.onlyQualityAward");
            }
            var criteria = criteria(terms, application);
            for (var entry : answers.entrySet()) {
                var criterion = criteria.get(entry.getKey());
                if (criterion == null) {
                    throw new ApplicationRuleException("applications.answer.unknownCriterion", entry.getKey());
                }
                application.saveAnswer(criterion.id(), criterion.code(), entry.getValue(), criterion.answerMaxLength(), now);
            }
        }
        if (indicators != null && !indicators.isEmpty()) {
            replaceIndicators(application, terms, indicators, now);
        }
        if (renewal != null && application.getAward() == AwardCategory.RENEWAL_PRIZE) {
            application.describeRenewal(new RenewalFields(renewal.nomineeType(), renewal.title(),
                    renewal.backgroundAndChallenge(), renewal.whatIsNew(), renewal.resultsForTargetGroup(),
                    renewal.spreadAndScaleUp(), renewal.sustainability(), renewal.linkToCouncilGoals(),
                    renewal.inOperationSince(), renewal.filmLink()), now);
        }
        if (eligibility != null) {
            application.answerEligibility(new EligibilityAnswers(eligibility.managerResponsibility(),
                    eligibility.businessPlan(), eligibility.staffCount(), eligibility.cityResidentShare(),
                    eligibility.reportedToBoard(), eligibility.previousWinYear(), eligibility.budgetBalanced()), now);
        }
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        events.record("DraftSaved", "Application", id, savedParts(answers, indicators));
        return application.getVersion();
    }

    private static String savedParts(Map<String, String> answers, Map<String, List<IndicatorDraft>> indicators) {
        var parts = new java.util.ArrayList<String>();
        if (answers != null) {
            parts.addAll(answers.keySet());
        }
        if (indicators != null) {
            indicators.keySet().forEach(code -> parts.add("indicators:" + code));
        }
        return parts.isEmpty() ? null : String.join(",", parts);
    }

    private void replaceIndicators(Application application, ApplicationTerms terms,
                                   Map<String, List<IndicatorDraft>> indicators, Instant now) {
        if (application.getAward() != AwardCategory.QUALITY_AWARD) {
            throw new ApplicationRuleException("applications.answer.onlyQualityAward");
        }
        var criteria = criteria(terms, application);
        for (var entry : indicators.entrySet()) {
            var criterion = criteria.get(entry.getKey());
            if (criterion == null) {
                throw new ApplicationRuleException("applications.answer.unknownCriterion", entry.getKey());
            }
            if (!RESULT.equals(criterion.type())) {
                throw new ApplicationRuleException("applications.indicators.notResultCriterion", criterion.code());
            }
            var rows = (entry.getValue() == null ? List.<IndicatorDraft>of() : entry.getValue()).stream()
                    .map(Applications::row).toList();
            IndicatorRules.requireValid(criterion.code(), rows, terms.year());
            application.replaceIndicators(criterion.code(), rows.stream().map(r -> new Application.IndicatorRow(
                    r.measure(), r.unitOfMeasure(), r.target(), r.comparisonLabel(), r.comparison(), r.values()))
                    .toList(), now);
        }
    }

    /** A written indicator as the rules read it: texts trimmed, numbers as kept; a year given twice refuses. */
    private static IndicatorRules.Row row(IndicatorDraft d) {
        var values = new java.util.TreeMap<Integer, java.math.BigDecimal>();
        for (var v : d.values() == null ? List.<IndicatorDraft.YearValue>of() : d.values()) {
            if (v == null || v.value() == null) {
                continue;
            }
            if (values.put(v.year(), IndicatorRules.kept(v.value())) != null) {
                throw new ApplicationRuleException("applications.indicators.yearTwice", String.valueOf(v.year()));
            }
        }
        return new IndicatorRules.Row(IndicatorRules.clean(d.measure()), IndicatorRules.clean(d.unitOfMeasure()),
                IndicatorRules.kept(d.target()), IndicatorRules.clean(d.comparisonLabel()),
                IndicatorRules.kept(d.comparison()), values);
    }

    /** The criterion type whose answers take indicator tables (the strategies' "resultat"). */
    static final String RESULT = "RESULT";

    /** Adds a contact person: an applicant of the application's own unit. */
    public long addContact(Long id, Long personId, long expectedVersion) {
        var application = accessible(id);
        requireVersion(application, expectedVersion);
        if (people.applicantsOf(application.getUnitId()).stream().noneMatch(p -> p.id().equals(personId))) {
            throw new ApplicationRuleException("applications.contact.notApplicantOfUnit");
        }
        application.addContact(personId);
        return changed(application, "ContactAdded", "person=" + personId);
    }

    /** Removes a contact person (never the last one). */
    public long removeContact(Long id, Long personId, long expectedVersion) {
        var application = accessible(id);
        requireVersion(application, expectedVersion);
        application.removeContact(personId);
        return changed(application, "ContactRemoved", "person=" + personId);
    }

    /** The persons who may be made contacts of the application (applicants of its unit). */
    public List<ContactView> contactChoices(Long id) {
        var application = accessible(id);
        return people.applicantsOf(application.getUnitId()).stream()
                .map(p -> new ContactView(p.id(), p.fullName(), p.email())).toList();
    }

    // ---- submitting, withdrawing, reopening

    /**
     * Submits the application as the version the writer saw: refused when it is not a draft (double
     * submission), after the deadline (unless reopened), when incomplete, or when an eligibility answer
     * blocks it. Takes the next registration number of the cycle under a row lock (unique and gap-free;
     * a reopened application keeps its number) and freezes the content.
     */
    public Receipt submit(Long id, long expectedVersion) {
        var application = accessible(id);
        if (application.getStatus().isSubmitted()) {
            throw new ApplicationRuleException("applications.submit.already", application.getRegistrationNumber());
        }
        requireVersion(application, expectedVersion);
        var terms = terms(application.getCycleId());
        requireWritable(application, terms);
        var unit = organizations.unit(application.getUnitId()).orElseThrow();
        var gaps = gaps(application, terms);
        if (!gaps.isEmpty()) {
            throw new ApplicationRuleException("applications.submit.incomplete", gaps.size(),
                    gaps.stream().map(Completeness.Gap::field).collect(Collectors.joining(", ")));
        }
        var assessment = assessment(application, terms, isPrivate(unit));
        if (!assessment.eligible()) {
            var first = assessment.blocking().get(0);
            throw new ApplicationRuleException(first.messageKey(), first.arguments().toArray());
        }
        String number = application.getRegistrationNumber();
        int sequence = application.getSequenceNumber() == null ? 0 : application.getSequenceNumber();
        if (!application.hasRegistrationNumber()) {
            var row = sequenceRow(application.getCycleId(), LockModeType.PESSIMISTIC_WRITE);
            sequence = row.take();
            number = RegistrationNumbers.format(terms.registrationFormat(), terms.year(), sequence);
        }
        application.submit(number, sequence, now());
        em.flush();
        events.record("ApplicationSubmitted", "Application", id, number);
        return new Receipt(id, application.getRegistrationNumber(), application.getSubmittedAt(), terms.cycleId(),
                terms.year(), terms.name(), application.getAward().name(), unit.id(), unit.name(),
                notices(assessment.warnings()));
    }

    /** Withdraws a draft or submitted application; applicants only before the deadline. */
    public void withdraw(Long id) {
        var application = accessible(id);
        if (!isAdmin()) {
            var terms = terms(application.getCycleId());
            deadline().requireOpen(terms.phase(), terms.applicationClosesAt(), application.extendedUntil());
        }
        application.withdraw(now());
        em.flush();
        events.record("ApplicationWithdrawn", "Application", id, application.getRegistrationNumber());
    }

    /** Sends a submitted application back to draft for a recorded reason (administrators); it keeps its number. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void reopen(Long id, String reason) {
        var application = accessible(id);
        application.reopen(reason, actor(), now());
        em.flush();
        events.record("ApplicationReopened", "Application", id, reason);
    }

    // ---- starting from an earlier year's application

    /**
     * The caller's unit's applications of earlier cycles (years before the given cycle's) in the given award,
     * newest first, that a new draft may start from; withdrawn ones too (a lapsed draft's texts are worth having).
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<StartingPoint> startingPoints(Long cycleId, String award) {
        Long unitId = currentPerson.caller().map(CurrentPerson.Caller::unitId).orElse(null);
        if (unitId == null) {
            return List.of();
        }
        var category = AwardCategory.of(award);
        int year = terms(cycleId).year();
        var earlier = em.createQuery("select a from Application a where a.unitId = :u and a.award = :award "
                        + "and a.cycleId <> :c order by a.createdAt desc, a.id desc", Application.class)
                .setParameter("u", unitId).setParameter("award", category).setParameter("c", cycleId).getResultList();
        var terms = cycles.applicationTerms(earlier.stream().map(Application::getCycleId).distinct().toList());
        return earlier.stream().filter(a -> terms.containsKey(a.getCycleId()) && terms.get(a.getCycleId()).year() < year)
                .map(a -> new StartingPoint(a.getId(), terms.get(a.getCycleId()).year(), a.getAward().name(),
                        a.getStatus().name(), a.getRegistrationNumber(), a.answerTexts().size()
                        + (a.renewal().getTitle() == null ? 0 : 1), attachmentsOf(a.getId())))
                .toList();
    }

    /**
     * Starts a draft in the given cycle, award and class (as {@link #start}) from an earlier application of the
     * caller's unit: the answers are copied where this year's model has a criterion with the same code and the
     * text fits its limit (the others are listed on the new draft, read from the earlier one, never lost); the
     * indicator tables of results criteria that are still results criteria, with the values kept; the renewal
     * prize's fields; the chosen attachments only. The eligibility questions are asked afresh: this year's
     * answers may differ. Recorded as {@code ApplicationStartedFrom}.
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Long startFrom(Long cycleId, String award, Long classId, Long earlierId, List<Long> attachmentIds) {
        var caller = currentPerson.caller().filter(c -> c.unitId() != null)
                .orElseThrow(() -> new ApplicationRuleException("applications.start.noUnit"));
        var earlier = earlierId == null ? null : em.find(Application.class, earlierId);
        if (earlier == null || !caller.unitId().equals(earlier.getUnitId())) {
            throw new NotFound("applications.notFound", earlierId);
        }
        var category = AwardCategory.of(award);
        var target = terms(cycleId);
        var source = terms(earlier.getCycleId());
        if (earlier.getAward() != category || source.year() >= target.year()) {
            throw new ApplicationRuleException("applications.startFrom.notEarlier");
        }
        var chosen = attachmentIds == null ? List.<Long>of() : attachmentIds;
        var attachments = chosen.isEmpty() ? List.<Attachment>of() : em.createQuery(
                        "select t from Attachment t where t.applicationId = :a and t.id in :ids order by t.id", Attachment.class)
                .setParameter("a", earlierId).setParameter("ids", chosen).getResultList();
        if (attachments.size() != new java.util.HashSet<>(chosen).size()) {
            throw new NotFound("applications.attachment.notFound", chosen);
        }
        Long id = begin(caller.unitId(), cycleId, award, classId, caller.id());
        var application = em.find(Application.class, id);
        application.startedFrom(earlierId);
        Instant now = now();
        if (category == AwardCategory.QUALITY_AWARD) {
            var criteria = criteria(target, application);
            var plan = CarryOver.plan(earlier.answerTexts(), criteria.values().stream()
                    .map(c -> new CarryOver.Target(c.code(), c.answerMaxLength())).toList());
            plan.copied().forEach((code, text) -> {
                var criterion = criteria.get(code);
                application.saveAnswer(criterion.id(), code, text, criterion.answerMaxLength(), now);
            });
            copyIndicators(earlier, application, criteria, now);
        } else if (earlier.renewal().getTitle() != null || earlier.renewal().getNomineeType() != null) {
            application.describeRenewal(earlier.renewal().copy(), now);
        }
        // this year's terms hold for the copies: a type or size accepted last year may not be now
        long total = 0;
        for (var attachment : attachments) {
            se.kvalitet.applications.control.AttachmentRules.enforce(ApplicationAccess.attachmentPolicy(target),
                    attachment.getFileName(), se.kvalitet.applications.control.ContentTypes.detect(attachment.getContent()),
                    attachment.getSizeBytes(), total);
            total += attachment.getSizeBytes();
            em.persist(attachment.copyTo(id, now, actor()));
        }
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        events.record("ApplicationStartedFrom", "Application", id, "from=" + earlierId + " attachments="
                + attachments.stream().map(Attachment::getFileName).collect(Collectors.joining(",")));
        return id;
    }

    /** Indicator tables move with their criterion while it is still a results criterion in this year's model. */
    private static void copyIndicators(Application earlier, Application draft,
                                       Map<String, ModelView.CriterionView> criteria, Instant now) {
        var byCode = earlier.getIndicators().stream().collect(Collectors.groupingBy(
                se.kvalitet.applications.entity.Indicator::getCriterionCode, LinkedHashMap::new, Collectors.toList()));
        byCode.forEach((code, rows) -> {
            var criterion = criteria.get(code);
            if (criterion != null && RESULT.equals(criterion.type())) {
                draft.replaceIndicators(code, rows.stream().map(i -> new Application.IndicatorRow(i.getMeasure(),
                        i.getUnitOfMeasure(), i.getTarget(), i.getComparisonLabel(), i.getComparison(), i.getValues()))
                        .toList(), now);
            }
        });
    }

    private List<AttachmentView> attachmentsOf(Long applicationId) {
        return em.createQuery("select new se.kvalitet.applications.boundary.AttachmentView(t.id, t.fileName, "
                        + "t.contentType, t.sizeBytes, t.sha256, t.uploadedAt, t.uploadedBy) from Attachment t "
                        + "where t.applicationId = :a order by t.id", AttachmentView.class)
                .setParameter("a", applicationId).getResultList();
    }

    /**
     * Moves a submitted application on through review (UNDER_REVIEW, SITE_VISIT, DECIDED, FEEDBACK_RELEASED):
     * for administrators until the review components do it themselves.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void moveTo(Long id, String status) {
        var application = accessible(id);
        ApplicationStatus target;
        try {
            target = ApplicationStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new InvalidParameter("applications.status.unknown", "status", status);
        }
        application.moveTo(target);
        em.flush();
        events.record("ApplicationStatusChanged", "Application", id, target.name());
    }

    /**
     * The team selected the application for a site visit: UNDER_REVIEW to SITE_VISIT, nothing else. The narrow
     * way for the consensus component (whose site-visit boundary checks the phase and the closed consensus):
     * administrators, or the examiner who leads the application's committed team (checked here too, on the
     * team tables); anybody else is told "not found".
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXAMINER_NAME})
    public void selectForSiteVisit(Long id) {
        var application = id == null ? null : em.find(Application.class, id);
        if (application == null || !(isAdmin() || access.callerLeadsTeam(id))) {
            throw new NotFound("applications.notFound", id);
        }
        if (application.getStatus() != ApplicationStatus.UNDER_REVIEW) {
            throw new ApplicationRuleException("applications.status.notAllowed", application.getStatus(),
                    ApplicationStatus.SITE_VISIT);
        }
        application.moveTo(ApplicationStatus.SITE_VISIT);
        em.flush();
        events.record("ApplicationStatusChanged", "Application", id, ApplicationStatus.SITE_VISIT.name());
    }

    /**
     * The unit's feedback report was released: the application ends as FEEDBACK_RELEASED. Called by the feedback
     * component in the same transaction as the release (administrators only, as the release is).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void feedbackReleased(Long id) {
        var application = accessible(id);
        if (application.getStatus() == ApplicationStatus.FEEDBACK_RELEASED) {
            return;
        }
        application.feedbackReleased(now());
        em.flush();
        events.record("ApplicationStatusChanged", "Application", id, ApplicationStatus.FEEDBACK_RELEASED.name());
    }

    /**
     * The cycle has closed (the cycles component fires the event in the closing transaction): its drafts that
     * were never submitted lapse, each with an event, so the year's list ends with no application in writing.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void cycleClosed(@Observes CycleClosed closed) {
        var drafts = em.createQuery("select a from Application a where a.cycleId = :c and a.status = :draft",
                Application.class).setParameter("c", closed.cycleId()).setParameter("draft", ApplicationStatus.DRAFT)
                .getResultList();
        for (var draft : drafts) {
            draft.lapse(now());
        }
        em.flush();
        drafts.forEach(draft -> events.record("ApplicationLapsed", "Application", draft.getId(),
                "cycle closed=" + closed.year()));
    }

    // ---- helpers

    /**
     * The cycle's registration-sequence row, created on first use. Creation is serialized on the cycle's own
     * row ({@link Cycles#lock}, a {@code select … for update}), so two first users never both insert; the submitting transaction
     * then holds the sequence row's write lock until it commits (gap-free: a rollback gives the number back).
     */
    private RegistrationSequence sequenceRow(Long cycleId, LockModeType lock) {
        var row = em.find(RegistrationSequence.class, cycleId, lock);
        if (row == null) {
            cycles.lock(cycleId);
            row = em.find(RegistrationSequence.class, cycleId, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                row = new RegistrationSequence(cycleId);
                em.persist(row);
                em.flush();
            }
        }
        return row;
    }

    /** The application if the caller may reach it: administrators any, applicants their own unit's. */
    private Application accessible(Long id) {
        return access.accessible(id, isAdmin());
    }

    private boolean isAdmin() {
        return session.isCallerInRole(Role.ADMIN_NAME);
    }

    private static void requireVersion(Application application, long expectedVersion) {
        ApplicationAccess.requireVersion(application, expectedVersion);
    }

    private void requireWritable(Application application, ApplicationTerms terms) {
        access.requireWritable(application, terms);
    }

    private boolean writable(Application application, ApplicationTerms terms) {
        return access.writable(application, terms);
    }

    private long changed(Application application, String event, String details) {
        return access.changed(application, event, details);
    }

    private ApplicationTerms terms(Long cycleId) {
        return access.terms(cycleId);
    }

    /** The criteria of the category's model by code, in order. */
    private Map<String, ModelView.CriterionView> criteria(ApplicationTerms terms, Application application) {
        var category = terms.categories().stream().filter(c -> c.id().equals(application.getCategoryId())).findFirst();
        var modelId = category.map(ApplicationTerms.Category::evaluationModelId).orElse(null);
        var criteria = new LinkedHashMap<String, ModelView.CriterionView>();
        if (modelId != null) {
            models.view(modelId).ifPresent(m -> m.criteria().forEach(c -> criteria.put(c.code(), c)));
        }
        return criteria;
    }

    private List<Completeness.Gap> gaps(Application application, ApplicationTerms terms) {
        var requirements = application.getAward() == AwardCategory.QUALITY_AWARD
                ? criteria(terms, application).values().stream()
                .map(c -> new Completeness.Requirement(c.code(), c.answerMaxLength())).toList()
                : List.<Completeness.Requirement>of();
        return Completeness.gaps(application.getAward(), application.answerTexts(), application.renewal(), requirements);
    }

    /** The eligibility, with the quarantine after a win checked against the jury's announced decisions. */
    private Eligibility.Assessment assessment(Application application, ApplicationTerms terms, boolean privateUnit) {
        return Eligibility.assess(application.eligibility(), new Eligibility.Settings(terms.minStaffCount(),
                terms.minResidentShare(), terms.quarantineYears(), terms.year()), privateUnit,
                winRecord.quarantine(application.getUnitId(), application.getAward().name(), terms.year(),
                        terms.quarantineYears()));
    }

    /** Privately run: answers the share of city residents. (By name: the unit's operator type is another component's.) */
    private static boolean isPrivate(Organizations.UnitSummary unit) {
        return "PRIVATE".equals(String.valueOf(unit.operatorType()));
    }

    private static List<Notice> notices(List<Eligibility.Reason> reasons) {
        return reasons.stream().map(r -> new Notice(null, r.messageKey(), r.arguments())).toList();
    }

    private ApplicationView toView(Application a) {
        var terms = terms(a.getCycleId());
        var unit = organizations.unit(a.getUnitId()).orElseThrow();
        var criteria = a.getAward() == AwardCategory.QUALITY_AWARD ? criteria(terms, a) : Map.<String, ModelView.CriterionView>of();
        var texts = a.answerTexts();
        var answers = criteria.values().stream().map(c -> new AnswerView(c.id(), c.position(), c.code(), c.title(),
                c.description(), c.guidingQuestionList(), c.answerMaxLength(), texts.get(c.code()), c.type())).toList();
        var r = a.renewal();
        var e = a.eligibility();
        var assessment = assessment(a, terms, isPrivate(unit));
        var gaps = gaps(a, terms).stream().map(g -> new Notice(g.field(), g.messageKey(), g.arguments())).toList();
        Map<Long, ContactView> contacts = new HashMap<>();
        // examiners read the application, not the unit's list of contact persons
        if (!a.getContactIds().isEmpty() && (isAdmin() || session.isCallerInRole(Role.APPLICANT_NAME))) {
            people.applicantsOf(a.getUnitId()).forEach(p -> contacts.put(p.id(), new ContactView(p.id(), p.fullName(), p.email())));
        }
        String className = terms.categories().stream().flatMap(c -> c.classes().stream())
                .filter(k -> k.id().equals(a.getCompetitionClassId())).map(ApplicationTerms.ClassTerm::name)
                .findFirst().orElse(null);
        return new ApplicationView(a.getId(), a.getVersion(), a.getCycleId(), terms.year(), terms.name(),
                a.getAward().name(), a.getCategoryId(), a.getCompetitionClassId(), className, unit.id(), unit.name(),
                unit.administrationName(), isPrivate(unit), a.getStatus().name(), a.getRegistrationNumber(),
                a.getCreatedAt(), a.getChangedAt(), a.getSubmittedAt(), a.getWithdrawnAt(), terms.applicationClosesAt(),
                writable(a, terms), answers,
                new RenewalDraft(r.getNomineeType(), r.getTitle(), r.getBackgroundAndChallenge(), r.getWhatIsNew(),
                        r.getResultsForTargetGroup(), r.getSpreadAndScaleUp(), r.getSustainability(),
                        r.getLinkToCouncilGoals(), r.getInOperationSince(), r.getFilmLink()),
                new EligibilityDraft(e.getManagerResponsibility(), e.getBusinessPlan(), e.getStaffCount(),
                        e.getCityResidentShare(), e.getReportedToBoard(), e.getPreviousWinYear(), e.getBudgetBalanced()),
                notices(assessment.blocking()), notices(assessment.warnings()), gaps,
                a.getContactIds().stream().map(pid -> contacts.getOrDefault(pid, new ContactView(pid, null, null))).toList(),
                a.getReopenings().stream().map(o -> new ReopeningView(o.getReason(), o.getReopenedBy(), o.getReopenedAt())).toList(),
                Deadline.effective(terms.applicationClosesAt(), a.extendedUntil()),
                a.extension().map(x -> new ExtensionView(x.getUntil(), x.getReason(), x.getGrantedBy(), x.getGrantedAt(),
                        x.getUsedAt())).orElse(null),
                notCarriedOver(a, criteria), indicatorSets(a));
    }

    /** The indicator tables of the application, one set per criterion in the model's order of codes. */
    private static List<IndicatorSet> indicatorSets(Application a) {
        var byCode = new LinkedHashMap<String, List<IndicatorDraft>>();
        for (var i : a.getIndicators()) {
            byCode.computeIfAbsent(i.getCriterionCode(), k -> new java.util.ArrayList<>()).add(new IndicatorDraft(
                    i.getMeasure(), i.getUnitOfMeasure(), i.getTarget(), i.getComparisonLabel(), i.getComparison(),
                    i.getValues().entrySet().stream().map(v -> new IndicatorDraft.YearValue(v.getKey(), v.getValue()))
                            .toList()));
        }
        return byCode.entrySet().stream().map(e -> new IndicatorSet(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /**
     * The earlier application's answers that did not come along (only for a draft started from one, and only for
     * those who may write it: examiners and jurors read this year's application, not last year's).
     */
    private List<CarriedOverAnswer> notCarriedOver(Application a, Map<String, ModelView.CriterionView> criteria) {
        if (a.getStartedFromId() == null || a.getStatus() != ApplicationStatus.DRAFT
                || !(isAdmin() || session.isCallerInRole(Role.APPLICANT_NAME))) {
            return List.of();
        }
        var earlier = em.find(Application.class, a.getStartedFromId());
        if (earlier == null || !earlier.getUnitId().equals(a.getUnitId())) {
            return List.of();
        }
        var plan = CarryOver.plan(earlier.answerTexts(), criteria.values().stream()
                .map(c -> new CarryOver.Target(c.code(), c.answerMaxLength())).toList());
        return plan.left().stream().map(l -> new CarriedOverAnswer(l.code(), l.reason().name(), l.text())).toList();
    }

    private List<ApplicationSummary> summaries(Collection<Application> found) {
        var terms = cycles.applicationTerms(found.stream().map(Application::getCycleId).distinct().toList());
        var units = organizations.unitSummaries(found.stream().map(Application::getUnitId).distinct().toList());
        return found.stream().map(a -> {
            var t = terms.get(a.getCycleId());
            var u = units.get(a.getUnitId());
            String className = t == null ? null : t.categories().stream().flatMap(c -> c.classes().stream())
                    .filter(k -> k.id().equals(a.getCompetitionClassId())).map(ApplicationTerms.ClassTerm::name)
                    .findFirst().orElse(null);
            return new ApplicationSummary(a.getId(), a.getVersion(), a.getCycleId(), t == null ? 0 : t.year(),
                    t == null ? null : t.name(), a.getAward().name(), a.getCompetitionClassId(), className,
                    a.getUnitId(), u == null ? null : u.name(), u == null ? null : u.administrationId(),
                    u == null ? null : u.administrationName(), a.getStatus().name(), a.getRegistrationNumber(),
                    a.renewal().getTitle(), a.getChangedAt(), a.getSubmittedAt());
        }).toList();
    }

    private Deadline deadline() {
        return access.deadline();
    }

    private Instant now() {
        return access.now();
    }

    private String actor() {
        var principal = session.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}

package se.kvalitet.examples.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.consensus.boundary.ConsensusResults;
import se.kvalitet.consensus.boundary.CriterionResult;
import se.kvalitet.examples.control.Slugs;
import se.kvalitet.examples.entity.ConsentRecord;
import se.kvalitet.examples.entity.ExampleCriterion;
import se.kvalitet.examples.entity.ExampleFile;
import se.kvalitet.examples.entity.GoodExample;
import se.kvalitet.examples.entity.Publication;
import se.kvalitet.jury.boundary.AnnouncedDecision;
import se.kvalitet.jury.boundary.JuryDecisions;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Publishing good examples. The administrator prepares a record from an announced jury decision (filled in from
 * the application, the motivation and the closed consensus), edits it, checks it for personal data, and
 * publishes it internally or publicly as the unit's consent allows; the unit's own applicant accounts give,
 * refuse and withdraw consent. Every change carries the version its author saw (a stale one is refused) and
 * keeps the search index in step in the same transaction.
 */
@Stateless
public class GoodExamples {

    static final int TOP_CRITERIA = 3;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    se.kvalitet.assignments.boundary.Teams teams;

    @Inject
    DomainEvents events;

    @Inject
    JuryDecisions decisions;

    @Inject
    Applications applications;

    @Inject
    ConsensusResults consensus;

    @Inject
    Organizations organizations;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    LibraryIndex index;

    // ---- the administrator

    /** The announced decisions of a cycle, each with its record if one is prepared. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Views.Candidate> candidates(Long cycleId) {
        Map<Long, GoodExample> prepared = em.createQuery("select e from GoodExample e where e.cycleId = :c",
                        GoodExample.class).setParameter("c", cycleId).getResultList().stream()
                .collect(Collectors.toMap(GoodExample::getApplicationId, Function.identity()));
        var candidates = new ArrayList<Views.Candidate>();
        for (AnnouncedDecision d : decisions.announcedIn(cycleId)) {
            var app = applications.view(d.applicationId());
            var e = prepared.get(d.applicationId());
            candidates.add(new Views.Candidate(d.applicationId(), cycleId, app.cycleYear(), app.award(), app.unitName(),
                    app.competitionClassName(), d.outcome(), e == null ? null : e.getId(),
                    e == null ? null : e.getPublication().name()));
        }
        candidates.sort(Comparator.comparingInt((Views.Candidate c) -> rank(c.outcome())).thenComparing(Views.Candidate::unitName));
        return candidates;
    }

    private static int rank(String outcome) {
        return switch (outcome) {
            case "WINNER" -> 0;
            case "HONOURABLE_MENTION" -> 1;
            default -> 2;
        };
    }

    /**
     * Prepares the record of an application with an announced decision: the facts of the award, a title, the
     * jury's motivation, the application's texts as a first draft, its first contact (not shown until the contact
     * agrees), the criteria where the unit scored highest, and the publication PDF made from these texts. A decision "not awarded"
     * only when {@code chosen}. One record per application. Returns its id.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Long prepare(Long applicationId, boolean chosen) {
        var decision = decisions.announced(applicationId)
                .orElseThrow(() -> new RuleViolation("examples.prepare.noDecision"));
        if (!em.createQuery("select e.id from GoodExample e where e.applicationId = :a", Long.class)
                .setParameter("a", applicationId).getResultList().isEmpty()) {
            throw new RuleViolation("examples.prepare.exists");
        }
        var app = applications.view(applicationId);
        var unit = organizations.unit(app.unitId()).orElseThrow(() -> new NotFound("examples.notFound", applicationId));
        var facts = new GoodExample.Facts(applicationId, app.cycleId(), app.unitId(), unit.administrationId(),
                app.cycleYear(), app.award(), decision.outcome(), app.competitionClassName(),
                java.util.Objects.toString(unit.serviceArea(), null), app.unitName(), app.administrationName(),
                java.util.Objects.toString(unit.operatorType(), null));
        var texts = prefill(app, decision.motivation());
        String title = texts.title();
        var example = GoodExample.prepare(facts, chosen, texts, topCriteria(applicationId), Slugs.of(title), now(), actor());
        em.persist(example);
        em.flush();
        // the record's file is made from its own texts, never a copy of the application's PDF (eligibility, contacts)
        PublicationFiles.renew(em, example, now());
        events.record("ExamplePrepared", "GoodExample", example.getId(),
                "application=" + applicationId + " outcome=" + decision.outcome());
        return example.getId();
    }

    static GoodExample.Texts prefill(ApplicationView app, String motivation) {
        boolean renewal = app.renewalPrize();
        var r = app.renewal();
        String title = renewal && r != null && r.title() != null ? r.title() : app.unitName();
        String done;
        String results = null;
        String lessons = null;
        String film = null;
        if (renewal && r != null) {
            done = join(r.backgroundAndChallenge(), r.whatIsNew());
            results = r.resultsForTargetGroup();
            lessons = join(r.spreadAndScaleUp(), r.sustainability());
            film = r.filmLink();
        } else {
            done = join(app.answers().stream().filter(a -> a.text() != null)
                    .map(a -> a.code() + " " + a.title() + "\n" + a.text()).toArray(String[]::new));
        }
        String summary = motivation == null ? null
                : motivation.length() <= GoodExample.MAX_SUMMARY ? motivation
                : motivation.substring(0, GoodExample.MAX_SUMMARY - 1).strip() + "…";
        var contact = app.contacts().stream().findFirst();
        return new GoodExample.Texts(title, summary, app.competitionClassName(), motivation, done, results, lessons,
                contact.map(c -> c.fullName()).orElse(null), contact.map(c -> c.email()).orElse(null), null, false,
                film);
    }

    private static String join(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip)
                .collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? null : joined;
    }

    /**
     * The criteria with the highest consensus scores (ties by code), from a closed consensus; none without one. An
     * application without an examiner team (the renewal prize) has no consensus, and the consensus boundary answers
     * it with "not found", which would mark this transaction for rollback: so the team is looked up first, from its
     * owner (assignments' {@link se.kvalitet.assignments.boundary.Teams}).
     */
    List<ExampleCriterion> topCriteria(Long applicationId) {
        List<CriterionResult> criteria = teams.of(applicationId).isEmpty() ? List.of()
                : consensus.of(applicationId).filter(c -> c.closed()).map(c -> c.criteria()).orElse(List.of());
        return criteria.stream().sorted(Comparator.comparingInt(CriterionResult::value).reversed()
                        .thenComparing(CriterionResult::code)).limit(TOP_CRITERIA)
                .map(c -> new ExampleCriterion(c.code(), c.title(), c.value(), c.band())).toList();
    }

    /** Every record, newest year first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Views.ExampleSummary> all() {
        return em.createQuery("select e from GoodExample e order by e.year desc, e.id desc", GoodExample.class)
                .getResultList().stream().map(ExampleViews::summary).toList();
    }

    /** One record with its consent record and personal-data warnings. */
    @RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME})
    public Views.ExampleView view(Long id) {
        return ExampleViews.view(em, mine(id), true);
    }

    /**
     * Changes the texts; the address stays. The publication PDF is made again from them and a published record is
     * re-indexed, both at once. Returns the new version.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public long edit(Long id, GoodExample.Texts texts, long expectedVersion) {
        var example = current(id, expectedVersion);
        example.edit(texts);
        PublicationFiles.renew(em, example, now());
        em.flush();
        index.reindex(example);
        events.record("ExampleEdited", "GoodExample", id, null);
        return example.getVersion();
    }

    /**
     * Publishes to INTERNAL or PUBLIC. Refused without the consent the audience needs, and while the texts have
     * personal-data warnings the administrator has not acknowledged.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public long publish(Long id, String audience, boolean warningsAcknowledged, long expectedVersion) {
        var example = current(id, expectedVersion);
        var target = publication(audience);
        int warnings = ExampleViews.warnings(example, ExampleViews.files(em, id)).size();
        example.publish(target, warnings, warningsAcknowledged, now(), actor());
        em.flush();
        index.reindex(example);
        events.record("ExamplePublished", "GoodExample", id, target + (warnings > 0 ? " warnings acknowledged=" + warnings : ""));
        return example.getVersion();
    }

    /** Takes a record out of the library; it stays as a draft. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long unpublish(Long id, long expectedVersion) {
        var example = current(id, expectedVersion);
        example.unpublish();
        em.flush();
        index.reindex(example);
        events.record("ExampleUnpublished", "GoodExample", id, null);
        return example.getVersion();
    }

    /** Adds an image; its alt text is required. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Long addImage(Long id, String fileName, String altText, byte[] content) {
        var example = find(id);
        var image = ExampleFile.image(example.getId(), fileName, altText, content, now());
        em.persist(image);
        em.flush();
        events.record("ExampleImageAdded", "GoodExample", id, image.getFileName());
        return image.getId();
    }

    /** Removes an image. The publication PDF stays: it is the record's texts and changes with them. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void removeFile(Long id, Long fileId) {
        var file = em.find(ExampleFile.class, fileId);
        if (file == null || !file.getExampleId().equals(id)) {
            throw new NotFound("examples.file.notFound", fileId);
        }
        if (file.getKind() == ExampleFile.Kind.PUBLICATION) {
            throw new RuleViolation("examples.file.publicationStays");
        }
        em.remove(file);
        events.record("ExampleFileRemoved", "GoodExample", id, file.getFileName());
    }

    // ---- the unit

    /** The records of the caller's unit (consent to give), newest first. Empty for a caller without a unit. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<Views.ExampleSummary> ofMyUnit() {
        Long unitId = currentPerson.caller().map(CurrentPerson.Caller::unitId).orElse(null);
        if (unitId == null) {
            return List.of();
        }
        return em.createQuery("select e from GoodExample e where e.unitId = :u order by e.year desc, e.id desc",
                GoodExample.class).setParameter("u", unitId).getResultList().stream().map(ExampleViews::summary).toList();
    }

    /**
     * The unit gives or refuses consent for one audience (INTERNAL or PUBLIC); giving again after a refusal is
     * allowed, and refusing a given consent withdraws it: a record published to that audience leaves it at once.
     * Only the unit's own applicant accounts; for anyone else the record is not found.
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public long consent(Long id, String audience, boolean given, long expectedVersion) {
        var caller = currentPerson.caller().orElseThrow(() -> new NotFound("examples.notFound", id));
        // the unit first, then the version: another unit's applicant must not learn from a "changed meanwhile"
        // that a record (published or not) exists (the authorization matrix found the version checked first)
        if (caller.unitId() == null || !caller.unitId().equals(find(id).getUnitId())) {
            throw new NotFound("examples.notFound", id);
        }
        var example = current(id, expectedVersion);
        var target = publication(audience);
        var before = example.getPublication();
        var decision = example.consent(target, given);
        em.persist(new ConsentRecord(id, target, decision, caller.id(), caller.email(), now()));
        em.flush();
        if (before != example.getPublication()) {
            index.reindex(example);
        }
        events.record("ExampleConsent", "GoodExample", id, target + " " + decision
                + (before != example.getPublication() ? " publication " + before + "->" + example.getPublication() : ""));
        return example.getVersion();
    }

    // ---- helpers

    private GoodExample mine(Long id) {
        var example = find(id);
        if (session.isCallerInRole(Role.ADMIN_NAME)) {
            return example;
        }
        Long unitId = currentPerson.caller().map(CurrentPerson.Caller::unitId).orElse(null);
        if (unitId == null || !unitId.equals(example.getUnitId())) {
            throw new NotFound("examples.notFound", id);
        }
        return example;
    }

    private GoodExample find(Long id) {
        var example = id == null ? null : em.find(GoodExample.class, id);
        if (example == null) {
            throw new NotFound("examples.notFound", id);
        }
        return example;
    }

    private GoodExample current(Long id, long expectedVersion) {
        var example = find(id);
        if (example.getVersion() != expectedVersion) {
            throw new RuleViolation("examples.stale");
        }
        em.lock(example, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return example;
    }

    private static Publication publication(String audience) {
        try {
            return Publication.valueOf(audience);
        } catch (IllegalArgumentException | NullPointerException bad) {
            throw new RuleViolation("examples.publish.noAudience");
        }
    }

    private String actor() {
        return currentPerson.caller().map(CurrentPerson.Caller::email).orElse(session.getCallerPrincipal().getName());
    }

    private static Instant now() {
        return Instant.now();
    }
}

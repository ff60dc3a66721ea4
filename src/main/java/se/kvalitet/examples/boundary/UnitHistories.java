package se.kvalitet.examples.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvalitet.applications.boundary.ApplicationSummary;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.feedback.boundary.UnitResult;
import se.kvalitet.feedback.boundary.UnitResults;
import se.kvalitet.examples.entity.FollowUp;
import se.kvalitet.examples.entity.GoodExample;
import se.kvalitet.jury.boundary.AnnouncedDecision;
import se.kvalitet.jury.boundary.JuryDecisions;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * A unit's page: its history over the years. Who sees what:
 * <ul>
 * <li>the unit's own people (its applicant accounts) and administrators: every year's application with the
 * announced decision and the consensus total (for the unit only once its feedback report is released, and as
 * the cycle's score setting says) and each criterion's improvement area with whether it was addressed: the same criterion's
 * score the next time the unit applied for the same award (rose, same, fell) and the unit's own follow-up note;
 * only the unit's own people write those notes;</li>
 * <li>everybody else: only the unit's records they may read in the library (public ones for the public,
 * internal ones too for signed-in staff). Improvement areas are the unit's own business.</li>
 * </ul>
 */
@Stateless
@PermitAll
public class UnitHistories {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Organizations organizations;

    @Inject
    Applications applications;

    @Inject
    UnitResults unitResults;

    @Inject
    JuryDecisions decisions;

    @Inject
    Library library;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    DomainEvents events;

    /** One improvement area of a year and what became of it. {@code trend}: ROSE, SAME, FELL or NONE (no later result). */
    public record Area(String code, String title, Integer value, String band, String improvements, Integer nextValue,
                       String trend, boolean addressed, String note, Long followUpVersion) implements Serializable {
    }

    /** One year's application: decision, consensus total, key improvement themes and areas. */
    public record YearResult(Long applicationId, int year, String award, String className, String status,
                             String outcome, Double totalPoints, List<String> keyImprovements, List<Area> areas)
            implements Serializable {
    }

    /** The page: {@code full} when the caller sees the unit's own history; otherwise only {@code records}. */
    public record UnitHistory(Long unitId, String unitName, String administrationName, boolean full, boolean mayWrite,
                              List<YearResult> years, List<Views.ExampleSummary> records) implements Serializable {
    }

    public UnitHistory history(Long unitId) {
        var records = library.ofUnit(unitId);
        String name;
        String administration;
        var unit = signedIn() ? organizations.unit(unitId) : Optional.<Organizations.UnitSummary>empty();
        if (unit.isPresent()) {
            name = unit.get().name();
            administration = unit.get().administrationName();
        } else if (!records.isEmpty()) {
            name = records.get(0).unitName();
            administration = records.get(0).administrationName();
        } else {
            throw new NotFound("examples.unit.notFound", unitId);
        }
        boolean own = own(unitId);
        boolean full = own || session.isCallerInRole(Role.ADMIN_NAME);
        if (!full) {
            return new UnitHistory(unitId, name, administration, false, false, List.of(), records);
        }
        if (own) {
            // the unit's own people also see their drafts (records awaiting their consent)
            records = em.createQuery("select e from GoodExample e where e.unitId = :u order by e.year desc, e.id desc",
                    GoodExample.class).setParameter("u", unitId).getResultList().stream().map(ExampleViews::summary).toList();
        }
        return new UnitHistory(unitId, name, administration, true, own, years(unitId, own), records);
    }

    /**
     * The unit's applications, oldest year first, from the applications component under its own rules: the
     * caller's own unit for its applicant accounts, any unit for administrators. No privileged reader.
     */
    private List<ApplicationSummary> applicationsOf(Long unitId, boolean own) {
        var found = own ? applications.listForMyUnit() : applications.listForUnit(unitId);
        return found.stream().filter(a -> unitId.equals(a.unitId()))
                .sorted(java.util.Comparator.comparingInt(ApplicationSummary::cycleYear).thenComparing(ApplicationSummary::id))
                .toList();
    }

    private List<YearResult> years(Long unitId, boolean own) {
        var applications = applicationsOf(unitId, own).stream()
                .filter(ApplicationSummary::competing).toList();
        Map<String, FollowUp> notes = em.createQuery("select f from FollowUp f where f.unitId = :u", FollowUp.class)
                .setParameter("u", unitId).getResultList().stream()
                .collect(Collectors.toMap(f -> f.getApplicationId() + "/" + f.getCriterionCode(), Function.identity()));
        Map<Long, Optional<UnitResult>> consensus = applications.stream()
                // feedback's release rule decides what the caller may see of each year's result
                .collect(Collectors.toMap(ApplicationSummary::id, a -> unitResults.of(a.id())));
        var years = new ArrayList<YearResult>();
        for (int i = 0; i < applications.size(); i++) {
            var app = applications.get(i);
            var result = consensus.get(app.id());
            var next = nextResult(applications, i, consensus);
            var areas = new ArrayList<Area>();
            result.ifPresent(r -> r.criteria().stream().filter(c -> c.improvements() != null && !c.improvements().isBlank())
                    .forEach(c -> {
                        Integer later = next.flatMap(n -> n.criteria().stream().filter(x -> x.code().equals(c.code()))
                                .findFirst()).map(UnitResult.Criterion::value).orElse(null);
                        var note = notes.get(app.id() + "/" + c.code());
                        areas.add(new Area(c.code(), c.title(), c.value(), c.band(), c.improvements(), later,
                                trend(c.value(), later), note != null && note.isAddressed(),
                                note == null ? null : note.getNote(), note == null ? null : note.getVersion()));
                    }));
            years.add(new YearResult(app.id(), app.cycleYear(), app.award(), app.competitionClassName(), app.status(),
                    decisions.announced(app.id()).map(AnnouncedDecision::outcome).orElse(null),
                    result.map(UnitResult::totalPoints).orElse(null),
                    result.map(UnitResult::keyImprovements).orElse(List.of()), areas));
        }
        java.util.Collections.reverse(years);
        return years;
    }

    /** The consensus of the unit's next application for the same award in a later year, if it has one. */
    private static Optional<UnitResult> nextResult(List<ApplicationSummary> apps, int i,
                                                   Map<Long, Optional<UnitResult>> consensus) {
        var app = apps.get(i);
        for (int j = i + 1; j < apps.size(); j++) {
            var later = apps.get(j);
            if (later.cycleYear() > app.cycleYear() && later.award().equals(app.award())
                    && consensus.get(later.id()).isPresent()) {
                return consensus.get(later.id());
            }
        }
        return Optional.empty();
    }

    /** NONE where either score is not there to compare, or not shown (the cycle's setting shows only bands). */
    static String trend(Integer value, Integer later) {
        if (value == null || later == null) {
            return "NONE";
        }
        return later > value ? "ROSE" : later.equals(value) ? "SAME" : "FELL";
    }

    /**
     * The unit's follow-up of an improvement area: a note and whether the unit considers it addressed. Only the
     * unit's own people; {@code expectedVersion} null for the first note. Returns the new version.
     */
    public long recordFollowUp(Long unitId, Long applicationId, String criterionCode, String note, boolean addressed,
                               Long expectedVersion) {
        if (!own(unitId) || applicationsOf(unitId, true).stream().noneMatch(a -> a.id().equals(applicationId))) {
            throw new NotFound("examples.unit.notFound", unitId);
        }
        var existing = em.createQuery("select f from FollowUp f where f.applicationId = :a and f.criterionCode = :c",
                FollowUp.class).setParameter("a", applicationId).setParameter("c", criterionCode).getResultList();
        String actor = currentPerson.caller().map(CurrentPerson.Caller::email).orElse("?");
        FollowUp followUp;
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new RuleViolation("examples.stale");
            }
            followUp = new FollowUp(unitId, applicationId, criterionCode);
            followUp.record(note, addressed, Instant.now(), actor);
            em.persist(followUp);
        } else {
            followUp = existing.get(0);
            if (expectedVersion == null || followUp.getVersion() != expectedVersion) {
                throw new RuleViolation("examples.stale");
            }
            followUp.record(note, addressed, Instant.now(), actor);
        }
        em.flush();
        events.record("FollowUpRecorded", "Unit", unitId, "application=" + applicationId + " criterion=" + criterionCode
                + (addressed ? " addressed" : ""));
        return followUp.getVersion();
    }

    private boolean signedIn() {
        for (String role : new String[]{Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME,
                Role.STAFF_NAME}) {
            if (session.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The caller is one of the unit's own applicant accounts. */
    private boolean own(Long unitId) {
        if (!session.isCallerInRole(Role.APPLICANT_NAME)) {
            return false;
        }
        return currentPerson.caller().map(CurrentPerson.Caller::unitId).filter(unitId::equals).isPresent();
    }
}

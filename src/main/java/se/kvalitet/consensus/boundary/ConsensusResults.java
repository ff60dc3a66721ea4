package se.kvalitet.consensus.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.assignments.boundary.Teams;
import se.kvalitet.consensus.entity.ConsensusSheet;
import se.kvalitet.consensus.entity.SiteVisit;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.security.Role;

/**
 * What other components read of the consensus: the result of one application (for the feedback report) and
 * the state per application of a cycle (for the overview). For the administrator and the team's leader; a
 * leader sees only the applications they lead. The unit's own people read their closed result from the feedback
 * date on ({@link #forItsUnit}).
 */
@Stateless
@RolesAllowed({Role.EXAMINER_NAME, Role.ADMIN_NAME})
public class ConsensusResults {

    static final java.time.ZoneId CITY = java.time.ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Teams teams;

    @Inject
    TeamAccess access;

    @Inject
    Sheets sheets;

    @Inject
    Models models;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Applications applications;

    @Inject
    Cycles cycles;

    Clock clock = Clock.systemUTC();

    /** Empty until the consensus is opened; open or closed as it is (a report needs {@link ConsensusResult#closed()}). */
    public Optional<ConsensusResult> of(Long applicationId) {
        var caller = access.reading(applicationId, admin());
        if (!caller.admin() && !caller.leader()) {
            throw new NotFound("consensus.notFound", applicationId);
        }
        return sheets.of(applicationId).map(sheet -> result(sheet, visit(applicationId)));
    }

    /**
     * The closed consensus of an application for the people of its unit, and only once the cycle's feedback date
     * has come: before it no unit hears anything (all units hear at the same time, after the announcement). Which
     * unit the caller belongs to is the applications component's to say ({@link Applications#view} shows an
     * applicant their own unit's applications only). Feedback adds its own release rule on top (the report
     * released, the cycle's score setting) before the unit sees any of it; nothing here is privileged.
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Optional<ConsensusResult> forItsUnit(Long applicationId) {
        Long unitId = currentPerson.caller().map(CurrentPerson.Caller::unitId).orElse(null);
        ApplicationView application;
        try {
            application = applications.view(applicationId);
        } catch (NotFound notTheirs) {
            throw new NotFound("consensus.notFound", applicationId);
        }
        if (unitId == null || !unitId.equals(application.unitId())) {
            // an applicant who also examines reads other units' applications, never their results
            throw new NotFound("consensus.notFound", applicationId);
        }
        var feedbackOn = cycles.detail(application.cycleId()).map(d -> d.dates().feedbackOn()).orElse(null);
        if (feedbackOn == null || LocalDate.now(clock.withZone(CITY)).isBefore(feedbackOn)) {
            return Optional.empty();
        }
        return sheets.of(applicationId).filter(sheet -> !sheet.isOpen())
                .map(sheet -> result(sheet, visit(applicationId)));
    }

    /**
     * For the jury: every opened consensus of a cycle with its result and the team's recommendation. The jury
     * component decides which juror may see which of them (recusal, blind mode).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
    public List<ConsensusStanding> standings(Long cycleId) {
        var visits = new java.util.HashMap<Long, SiteVisit>();
        em.createQuery("select v from SiteVisit v where v.applicationId in "
                        + "(select c.applicationId from ConsensusSheet c where c.cycleId = :cycle)", SiteVisit.class)
                .setParameter("cycle", cycleId).getResultList().forEach(v -> visits.put(v.getApplicationId(), v));
        return em.createQuery("select c from ConsensusSheet c where c.cycleId = :cycle order by c.applicationId",
                        ConsensusSheet.class).setParameter("cycle", cycleId).getResultList().stream()
                .map(sheet -> {
                    var visit = Optional.ofNullable(visits.get(sheet.getApplicationId()));
                    return new ConsensusStanding(result(sheet, visit), sheet.getModelId(),
                            sheet.getSiteVisitRecommended(), sheet.getProposedLevel(),
                            visit.map(v -> v.isHeld() ? "HELD" : "PLANNED").orElse("NONE"));
                }).toList();
    }

    /** applicationId → NOT_OPENED | OPEN | CLOSED, for every application of the cycle with a team. */
    public Map<Long, String> statusByApplication(Long cycleId) {
        var status = new LinkedHashMap<Long, String>();
        visibleApplications(cycleId).forEach(id -> status.put(id, "NOT_OPENED"));
        em.createQuery("select c from ConsensusSheet c where c.cycleId = :cycle", ConsensusSheet.class)
                .setParameter("cycle", cycleId).getResultList().stream()
                .filter(c -> status.containsKey(c.getApplicationId()))
                .forEach(c -> status.put(c.getApplicationId(), c.getStatus().name()));
        return status;
    }

    /** applicationId → NONE | PLANNED | HELD, for every application of the cycle with a team. */
    public Map<Long, String> siteVisitByApplication(Long cycleId) {
        var visits = new LinkedHashMap<Long, String>();
        var ids = visibleApplications(cycleId);
        ids.forEach(id -> visits.put(id, "NONE"));
        if (!ids.isEmpty()) {
            em.createQuery("select v from SiteVisit v where v.applicationId in :ids", SiteVisit.class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(v -> visits.put(v.getApplicationId(), v.isHeld() ? "HELD" : "PLANNED"));
        }
        return visits;
    }

    private List<Long> visibleApplications(Long cycleId) {
        boolean admin = admin();
        Long callerId = currentPerson.caller().map(CurrentPerson.Caller::id).orElse(null);
        if (!admin && callerId == null) {
            return List.of();
        }
        return admin ? List.copyOf(teams.membersByApplication(cycleId).keySet()) : teams.ledBy(cycleId, callerId);
    }

    private Optional<SiteVisit> visit(Long applicationId) {
        return em.createQuery("select v from SiteVisit v where v.applicationId = :a", SiteVisit.class)
                .setParameter("a", applicationId).getResultList().stream().findFirst();
    }

    private ConsensusResult result(ConsensusSheet sheet, Optional<SiteVisit> visit) {
        var model = models.view(sheet.getModelId());
        var criteria = sheet.getScores().stream().filter(s -> s.currentValue() != null).map(s -> new CriterionResult(
                s.getCriterionCode(), model.criterion(s.getCriterionCode()).title(), s.currentValue(), s.currentBand(),
                s.currentPoints(), s.getStrengths(), s.getImprovements(), s.isAdjusted() ? s.getValue() : null,
                s.getAdjustmentReason())).toList();
        return new ConsensusResult(sheet.getApplicationId(), sheet.getStatus().name(), criteria,
                sheet.getKeyStrengths(), sheet.getKeyImprovements(), sheet.totalPoints(),
                visit.map(SiteVisit::isHeld).orElse(false), visit.map(SiteVisit::getVisitDate).orElse(null),
                sheet.getClosedAt());
    }

    private boolean admin() {
        return session.isCallerInRole(Role.ADMIN_NAME);
    }
}

package se.kvalitet.consensus.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.consensus.control.UnitRelease;
import se.kvalitet.consensus.entity.ConsensusSheet;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.consensus.entity.SiteVisit;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.security.Role;

/**
 * What other components read of the consensus: the result of one application (for the feedback report) and
 * the state per application of a cycle (for the overview). For the administrator and the team's leader; a
 * leader sees only the applications they lead.
 */
@Stateless
@RolesAllowed({Role.EXAMINER_NAME, Role.ADMIN_NAME})
public class ConsensusResults {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

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

    /** Empty until the consensus is opened; open or closed as it is (a report needs {@link ConsensusResult#closed()}). */
    public Optional<ConsensusResult> of(Long applicationId) {
        var caller = access.reading(applicationId, admin());
        if (!caller.admin() && !caller.leader()) {
            throw new NotFound("consensus.notFound", applicationId);
        }
        return sheets.of(applicationId).map(sheet -> result(sheet, visit(applicationId)));
    }

    /**
     * What the unit page shows of one application's consensus: the closed result, to administrators at any time
     * and to the applicant accounts of the application's own unit from the cycle's feedback date
     * ({@link UnitRelease}). Whether the caller belongs to the unit is the applications component's answer
     * ({@link Applications#find}) checked against the caller's unit. Empty when there is nothing the caller may see
     * yet, or no consensus at all (a renewal-prize entry): never a refusal, so a page over many years does not fail
     * on one of them and the caller's transaction is not marked for rollback.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME})
    public Optional<ConsensusResult> releasedToUnit(Long applicationId) {
        var sheet = sheets.of(applicationId);
        boolean closed = sheet.map(c -> c.getStatus() == se.kvalitet.consensus.entity.ConsensusStatus.CLOSED).orElse(false);
        UnitRelease.Viewer viewer;
        LocalDate feedbackOn = null;
        if (admin()) {
            viewer = UnitRelease.Viewer.ADMIN;
        } else {
            Long callerUnit = currentPerson.caller().map(CurrentPerson.Caller::unitId).orElse(null);
            var application = applications.find(applicationId)
                    .filter(a -> callerUnit != null && callerUnit.equals(a.unitId()));
            viewer = application.isPresent() ? UnitRelease.Viewer.OWN_UNIT : UnitRelease.Viewer.OTHER;
            if (application.isPresent()) {
                feedbackOn = cycles.detail(application.get().cycleId()).map(d -> d.dates().feedbackOn()).orElse(null);
            }
        }
        if (!UnitRelease.visible(viewer, closed, feedbackOn, LocalDate.now(CITY))) {
            return Optional.empty();
        }
        return sheet.map(c -> result(c, visit(applicationId)));
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
        List<?> rows = em.createNativeQuery("select t.application_id from team t where t.cycle_id = ? and (? or exists "
                        + "(select 1 from team_member tm where tm.team_id = t.id and tm.person_id = ? and tm.leader)) "
                        + "order by t.application_id")
                .setParameter(1, cycleId).setParameter(2, admin).setParameter(3, callerId == null ? -1L : callerId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
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

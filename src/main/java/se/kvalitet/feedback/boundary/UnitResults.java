package se.kvalitet.feedback.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import se.kvalitet.consensus.boundary.ConsensusResult;
import se.kvalitet.consensus.boundary.ConsensusResults;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.feedback.control.ReportRule;
import se.kvalitet.feedback.entity.FeedbackReport;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.security.Role;

/**
 * What a unit's page shows of an application's consensus result, on the release rule ({@link ReportRule}): the
 * unit's people see it once the report is released and the feedback date has come, with the score and points only
 * where the cycle's setting shows them (as in the report itself); administrators see every closed result. Read in
 * the caller's own name: consensus checks the unit and the date again itself, nothing runs with borrowed rights.
 * Each call in a transaction of its own, so "not theirs" does not spoil the caller's (the unit page asks per year).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UnitResults {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ConsensusResults consensus;

    @Inject
    Cycles cycles;

    @Inject
    FeedbackReports reports;

    Clock clock = Clock.systemUTC();

    /** The result the caller may see of the application; empty before the release, or when it is not theirs. */
    public Optional<UnitResult> of(Long applicationId) {
        try {
            if (session.isCallerInRole(Role.ADMIN_NAME)) {
                return consensus.of(applicationId).filter(ConsensusResult::closed).map(r -> result(r, true));
            }
            var report = em.createQuery("select r from FeedbackReport r where r.applicationId = :a",
                    FeedbackReport.class).setParameter("a", applicationId).getResultStream().findFirst();
            if (report.isEmpty()) {
                return Optional.empty();
            }
            var feedbackOn = cycles.detail(report.get().getCycleId()).map(d -> d.dates().feedbackOn()).orElse(null);
            if (!ReportRule.unitSeesResult(report.get().released(), feedbackOn, LocalDate.now(clock.withZone(CITY)))) {
                return Optional.empty();
            }
            boolean scoresShown = reports.showsScore(report.get().getCycleId());
            return consensus.forItsUnit(applicationId).map(r -> result(r, scoresShown));
        } catch (RuleViolation notTheirs) {
            // "not found" included: not theirs, or a renewal-prize entry without a consensus
            return Optional.empty();
        }
    }

    static UnitResult result(ConsensusResult result, boolean scoresShown) {
        var criteria = result.criteria().stream().map(c -> new UnitResult.Criterion(c.code(), c.title(),
                scoresShown ? c.value() : null, c.band(), c.improvements())).toList();
        return new UnitResult(result.applicationId(), scoresShown, scoresShown ? result.totalPoints() : null,
                result.keyImprovements(), criteria);
    }
}

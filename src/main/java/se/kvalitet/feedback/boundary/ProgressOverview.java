package se.kvalitet.feedback.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.cycles.boundary.CycleDetail;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.feedback.control.ProgressChart;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.security.Role;

/**
 * How far a cycle's teams are, for administrators (every team) and team leaders (the teams they lead): per
 * application the individual assessments, the consensus, the site visit and the report, with the cycle's
 * deadlines, as a table and as a chart.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EXAMINER_NAME})
public class ProgressOverview {

    static final List<String> ASSESSMENT = List.of("NOT_STARTED", "DRAFT", "SUBMITTED", "LOCKED");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    se.kvalitet.applications.boundary.ApplicationLabels labels;

    @Inject
    Cycles cycles;

    @Inject
    Assignments assignments;

    @Inject
    ReportAccess access;

    @Inject
    TeamResults teamResults;

    /** The overview of a cycle: administrators see every committed team, leaders the teams they lead. */
    public Overview of(Long cycleId) {
        CycleDetail cycle = cycles.detail(cycleId).orElseThrow(() -> new NotFound("feedback.cycle.notFound", cycleId));
        List<Team> teams = session.isCallerInRole(Role.ADMIN_NAME) ? adminTeams(cycleId) : ledTeams(cycleId);
        Map<Long, Map<String, Long>> progress = teamResults.progress(cycleId);
        Map<Long, String> consensus = teamResults.consensusByApplication(cycleId);
        Map<Long, String> visits = teamResults.siteVisitByApplication(cycleId);
        Map<Long, String> reports = reportStatus(cycleId);
        List<OverviewRow> rows = new ArrayList<>();
        for (Team team : teams) {
            var counts = progress.getOrDefault(team.applicationId(), Map.of());
            long notStarted = progress.containsKey(team.applicationId()) ? counts.getOrDefault("NOT_STARTED", 0L)
                    : team.members().size();
            rows.add(new OverviewRow(team.applicationId(), team.registrationNumber(), team.unitName(), team.className(),
                    team.members(), notStarted, counts.getOrDefault("DRAFT", 0L), counts.getOrDefault("SUBMITTED", 0L),
                    counts.getOrDefault("LOCKED", 0L), consensus.getOrDefault(team.applicationId(), "NOT_OPENED"),
                    visits.getOrDefault(team.applicationId(), "NONE"), reports.getOrDefault(team.applicationId(), "NONE")));
        }
        return new Overview(cycle.id(), cycle.name(), cycle.dates(), rows,
                ProgressChart.bars(totals(rows)));
    }

    /** The chart's counts: examiners per assessment stage, applications per consensus and report stage. */
    static Map<String, Long> totals(List<OverviewRow> rows) {
        var totals = new LinkedHashMap<String, Long>();
        totals.put("assessment.NOT_STARTED", rows.stream().mapToLong(OverviewRow::notStarted).sum());
        totals.put("assessment.DRAFT", rows.stream().mapToLong(OverviewRow::draft).sum());
        totals.put("assessment.SUBMITTED", rows.stream().mapToLong(r -> r.submitted() + r.locked()).sum());
        for (String status : List.of("OPEN", "CLOSED")) {
            totals.put("consensus." + status, rows.stream().filter(r -> status.equals(r.consensus())).count());
        }
        totals.put("siteVisit.HELD", rows.stream().filter(r -> "HELD".equals(r.siteVisit())).count());
        for (String status : List.of("DRAFTED", "REVIEWED", "RELEASED")) {
            totals.put("report." + status, rows.stream().filter(r -> status.equals(r.report())).count());
        }
        return totals;
    }

    private record Team(Long applicationId, String registrationNumber, String unitName, String className,
                        List<String> members) {
    }

    private List<Team> adminTeams(Long cycleId) {
        return assignments.committedTeams(cycleId).stream().map(t -> new Team(t.applicationId(), t.registrationNumber(),
                t.unitName(), t.className(), t.members().stream().map(CommittedTeam.Member::name).toList())).toList();
    }

    /** The teams the caller leads in this cycle, themselves first among the members. */
    private List<Team> ledTeams(Long cycleId) {
        var led = access.ledTeams();
        if (led.isEmpty()) {
            return List.of();
        }
        var inCycle = applicationsOf(cycleId, led.stream().map(t -> t.applicationId()).toList());
        return led.stream().filter(t -> inCycle.contains(t.applicationId())).map(t -> {
            var members = new ArrayList<String>();
            members.add(access.callerName());
            members.addAll(t.teammates());
            return new Team(t.applicationId(), t.registrationNumber(), t.unitName(), t.className(), members);
        }).toList();
    }

    private java.util.Set<Long> applicationsOf(Long cycleId, List<Long> applicationIds) {
        return labels.inCycle(cycleId, applicationIds);
    }

    private Map<Long, String> reportStatus(Long cycleId) {
        List<?> rows = em.createNativeQuery("select application_id, status from feedback_report where cycle_id = ?")
                .setParameter(1, cycleId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }
}

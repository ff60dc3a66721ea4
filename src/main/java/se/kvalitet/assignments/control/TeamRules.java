package se.kvalitet.assignments.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hard team rules and the quality figures, shared by the solver's proposal and an administrator's manual
 * adjustment, so both are judged by exactly the same code.
 */
public final class TeamRules {

    private TeamRules() {
    }

    /**
     * Every hard-rule breach in {@code teams}, in team order. Over-capacity is reported on each team that comes
     * after the examiner's capacity is used up (so the administrator sees which assignments to move).
     */
    public static List<RuleBreach> check(AssignmentProblem p, List<ProposedTeam> teams) {
        Map<Long, AvailableExaminer> examiners = examinersById(p);
        Map<Long, Integer> load = new HashMap<>();
        List<RuleBreach> breaches = new ArrayList<>();
        for (ProposedTeam team : teams) {
            long app = team.applicationId();
            Set<Long> distinct = new LinkedHashSet<>();
            boolean experienced = false;
            for (Long id : team.memberIds()) {
                AvailableExaminer e = examiners.get(id);
                if (e == null) {
                    breaches.add(new RuleBreach(app, id, RuleBreach.UNKNOWN_EXAMINER));
                }
                if (!distinct.add(id)) {
                    breaches.add(new RuleBreach(app, id, RuleBreach.TWICE_IN_TEAM));
                    continue;
                }
                if (p.conflicted(id, app)) {
                    breaches.add(new RuleBreach(app, id, RuleBreach.CONFLICT));
                }
                if (e != null) {
                    experienced |= e.experienced();
                    int used = load.merge(id, 1, Integer::sum);
                    if (used > e.capacity()) {
                        breaches.add(new RuleBreach(app, id, RuleBreach.OVER_CAPACITY));
                    }
                }
            }
            if (distinct.size() != p.teamSize()) {
                breaches.add(new RuleBreach(app, null, RuleBreach.TEAM_SIZE));
            }
            AvailableExaminer leader = examiners.get(team.leaderId());
            if (leader == null) {
                if (!distinct.contains(team.leaderId())) { // a member's unknown id is reported above
                    breaches.add(new RuleBreach(app, team.leaderId(), RuleBreach.UNKNOWN_EXAMINER));
                }
            } else if (!leader.leaderEligible() || !distinct.contains(team.leaderId())) {
                breaches.add(new RuleBreach(app, team.leaderId(), RuleBreach.LEADER_NOT_ELIGIBLE));
            }
            if (!experienced) {
                breaches.add(new RuleBreach(app, null, RuleBreach.NO_EXPERIENCED_MEMBER));
            }
        }
        return breaches;
    }

    /**
     * The quality figures of {@code teams}. Violations are the hard-rule breaches plus the applications of the
     * problem that have no team at all: an unstaffed application is as much a problem as a broken team.
     */
    public static AssignmentSolution.Quality quality(AssignmentProblem p, List<ProposedTeam> teams) {
        Map<Long, AvailableExaminer> examiners = examinersById(p);
        Map<Long, String> areas = new HashMap<>();
        for (ApplicationToStaff a : p.applications()) {
            areas.put(a.applicationId(), a.serviceArea());
        }
        Set<Long> staffed = new HashSet<>();
        Map<Long, Integer> load = new HashMap<>();
        int seats = 0;
        int matched = 0;
        int severalNew = 0;
        int repeated = 0;
        for (ProposedTeam team : teams) {
            staffed.add(team.applicationId());
            List<Long> members = List.copyOf(new LinkedHashSet<>(team.memberIds()));
            String area = areas.get(team.applicationId());
            int fresh = 0;
            for (Long id : members) {
                AvailableExaminer e = examiners.get(id);
                seats++;
                load.merge(id, 1, Integer::sum);
                if (e == null) {
                    continue;
                }
                if (area != null && e.competences().contains(area)) {
                    matched++;
                }
                if (e.isNew()) {
                    fresh++;
                }
            }
            if (fresh > 1) {
                severalNew++;
            }
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (p.workedTogether(members.get(i), members.get(j))) {
                        repeated++;
                    }
                }
            }
        }
        int unstaffed = 0;
        for (ApplicationToStaff a : p.applications()) {
            if (!staffed.contains(a.applicationId())) {
                unstaffed++;
            }
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (AvailableExaminer e : examiners.values()) {
            if (e.capacity() > 0) {
                int l = load.getOrDefault(e.examinerId(), 0);
                min = Math.min(min, l);
                max = Math.max(max, l);
            }
        }
        int spread = min == Integer.MAX_VALUE ? 0 : max - min;
        double matchRate = seats == 0 ? 0 : (double) matched / seats;
        return new AssignmentSolution.Quality(check(p, teams).size() + unstaffed, spread, matchRate, severalNew,
                repeated);
    }

    private static Map<Long, AvailableExaminer> examinersById(AssignmentProblem p) {
        Map<Long, AvailableExaminer> byId = new HashMap<>();
        for (AvailableExaminer e : p.examiners()) {
            byId.putIfAbsent(e.examinerId(), e);
        }
        return byId;
    }
}

package se.kvalitet.assignments.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hard rules ({@link TeamRules}) applied to teams that are still being edited. A team that is not full
 * or not led yet is a shortfall, not a breach: its size, its missing leader and (while seats are empty) its
 * missing experienced member are reported as the shortfall and stop the commit, but they must not stop the
 * administrator from filling it seat by seat. Everything else (conflicts, capacity, an ineligible leader,
 * the only experienced member leaving a full team) is a breach at once.
 */
public final class DraftRules {

    private DraftRules() {
    }

    public static List<RuleBreach> breaches(AssignmentProblem problem, List<TeamDraft> drafts) {
        var teams = drafts.stream().filter(d -> !d.memberIds().isEmpty())
                .map(d -> new ProposedTeam(d.applicationId(), d.leaderId() != null ? d.leaderId() : d.memberIds().get(0),
                        d.memberIds()))
                .toList();
        var incomplete = drafts.stream().filter(d -> !d.complete(problem.teamSize()))
                .map(TeamDraft::applicationId).collect(Collectors.toSet());
        var leaderless = drafts.stream().filter(d -> d.leaderId() == null)
                .map(TeamDraft::applicationId).collect(Collectors.toSet());
        var breaches = new ArrayList<RuleBreach>();
        for (var b : TeamRules.check(problem, teams)) {
            boolean shortfall = RuleBreach.TEAM_SIZE.equals(b.rule())
                    || (RuleBreach.NO_EXPERIENCED_MEMBER.equals(b.rule()) && incomplete.contains(b.applicationId()))
                    || (RuleBreach.LEADER_NOT_ELIGIBLE.equals(b.rule()) && leaderless.contains(b.applicationId()));
            if (!shortfall) {
                breaches.add(b);
            }
        }
        return breaches;
    }

    /** The breaches in {@code after} that were not in {@code before}: what a change would break. */
    public static List<RuleBreach> introduced(List<RuleBreach> before, List<RuleBreach> after) {
        Set<RuleBreach> known = Set.copyOf(before);
        return after.stream().filter(b -> !known.contains(b)).toList();
    }
}

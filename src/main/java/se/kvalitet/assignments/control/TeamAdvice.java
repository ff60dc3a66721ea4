package se.kvalitet.assignments.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a member sits in a team, and the soft warnings about a team: what the administrator reads beside the
 * proposal before committing it. Keys are resource-bundle keys of the assignments bundle.
 */
public final class TeamAdvice {

    public static final String SEVERAL_NEW = "assignments.warning.severalNew";
    public static final String REPEATED_PAIR = "assignments.warning.repeatedPair";
    public static final String NO_COMPETENCE = "assignments.warning.noCompetence";

    private TeamAdvice() {
    }

    /**
     * @param load     applications this examiner has in the drafts plus those committed earlier
     * @param capacity the examiner's whole capacity for the cycle
     */
    public record MemberReason(long examinerId, boolean competenceMatch, boolean experienced, boolean leaderEligible,
                               int load, int capacity) {
    }

    /** A soft warning; {@code examinerIds} are the examiners it is about (both of a repeated pair). */
    public record Warning(String key, List<Long> examinerIds) {
    }

    /** How many seats each examiner holds in the drafts. */
    public static Map<Long, Integer> loads(List<TeamDraft> drafts) {
        var load = new HashMap<Long, Integer>();
        drafts.forEach(d -> d.memberIds().forEach(id -> load.merge(id, 1, Integer::sum)));
        return load;
    }

    public static List<Warning> warnings(AssignmentProblem problem, String serviceArea, TeamDraft draft) {
        var examiners = byId(problem);
        var warnings = new ArrayList<Warning>();
        var members = draft.memberIds();
        var fresh = members.stream().filter(id -> examiners.containsKey(id) && examiners.get(id).isNew()).toList();
        if (fresh.size() > 1) {
            warnings.add(new Warning(SEVERAL_NEW, fresh));
        }
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (problem.workedTogether(members.get(i), members.get(j))) {
                    warnings.add(new Warning(REPEATED_PAIR, List.of(members.get(i), members.get(j))));
                }
            }
        }
        boolean anyMatch = members.stream().anyMatch(id -> examiners.containsKey(id)
                && examiners.get(id).competences().contains(serviceArea));
        if (!members.isEmpty() && !anyMatch) {
            warnings.add(new Warning(NO_COMPETENCE, List.of()));
        }
        return warnings;
    }

    public static Map<Long, AvailableExaminer> byId(AssignmentProblem problem) {
        var map = new HashMap<Long, AvailableExaminer>();
        problem.examiners().forEach(e -> map.put(e.examinerId(), e));
        return map;
    }
}

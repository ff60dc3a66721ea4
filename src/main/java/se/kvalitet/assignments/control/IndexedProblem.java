package se.kvalitet.assignments.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem on index-based arrays: the flow and the search look at every (application, examiner) pair many times,
 * and a flat boolean array is far cheaper to ask than the id-keyed sets of {@link AssignmentProblem}. Examiner
 * {@code e} and application {@code a} are positions; pair matrices are laid out row by application ({@code a * m + e})
 * or by examiner ({@code e * m + f}). Read only once built.
 */
final class IndexedProblem {

    final AssignmentProblem source;
    /** Team size. */
    final int t;
    /** Applications. */
    final int n;
    /** Examiners, each id once. */
    final int m;
    final AvailableExaminer[] ex;
    final long[] appId;
    final int[] cap;
    final boolean[] eligible;
    final boolean[] experienced;
    final boolean[] conflict;
    final boolean[] match;
    final boolean[] together;

    IndexedProblem(AssignmentProblem p) {
        this.source = p;
        this.t = p.teamSize();
        // an examiner listed twice would otherwise get two capacities and could sit twice in a team
        Map<Long, AvailableExaminer> unique = new LinkedHashMap<>();
        for (AvailableExaminer e : p.examiners()) {
            unique.putIfAbsent(e.examinerId(), e);
        }
        ex = unique.values().toArray(new AvailableExaminer[0]);
        m = ex.length;
        n = p.applications().size();
        appId = new long[n];
        cap = new int[m];
        eligible = new boolean[m];
        experienced = new boolean[m];
        for (int e = 0; e < m; e++) {
            cap[e] = Math.max(0, ex[e].capacity());
            eligible[e] = ex[e].leaderEligible();
            experienced[e] = ex[e].experienced();
        }
        // competence is decided once per (service area, examiner) and copied per application: there are few areas
        Map<String, Integer> areas = new HashMap<>();
        int[] area = new int[n];
        for (int a = 0; a < n; a++) {
            ApplicationToStaff app = p.applications().get(a);
            appId[a] = app.applicationId();
            area[a] = areas.computeIfAbsent(String.valueOf(app.serviceArea()), k -> areas.size());
        }
        boolean[] knows = new boolean[m * Math.max(1, areas.size())];
        for (Map.Entry<String, Integer> entry : areas.entrySet()) {
            for (int e = 0; e < m; e++) {
                knows[entry.getValue() * m + e] = ex[e].competences().contains(entry.getKey());
            }
        }
        match = new boolean[n * m];
        for (int a = 0; a < n; a++) {
            System.arraycopy(knows, area[a] * m, match, a * m, m);
        }
        conflict = conflicts(p);
        together = new boolean[m * m];
        if (p.earlierPairs().size() > 0) {
            for (int e = 0; e < m; e++) {
                for (int f = e + 1; f < m; f++) {
                    boolean w = p.workedTogether(ex[e].examinerId(), ex[f].examinerId());
                    together[e * m + f] = w;
                    together[f * m + e] = w;
                }
            }
        }
    }

    /**
     * The conflict matrix, from walking the (usually much smaller) conflict set rather than looking up every
     * (examiner, application) pair; pairs naming neither an examiner nor an application here are ignored.
     */
    private boolean[] conflicts(AssignmentProblem p) {
        boolean[] result = new boolean[n * m];
        Map<Long, Integer> examinerIndex = new HashMap<>();
        for (int e = 0; e < m; e++) {
            examinerIndex.put(ex[e].examinerId(), e);
        }
        Map<Long, List<Integer>> appIndex = new HashMap<>();
        for (int a = 0; a < n; a++) {
            appIndex.computeIfAbsent(appId[a], k -> new ArrayList<>(1)).add(a);
        }
        p.conflicts().forEach((examiner, application) -> {
            Integer e = examinerIndex.get(examiner);
            List<Integer> apps = e == null ? null : appIndex.get(application);
            if (apps != null) {
                for (int a : apps) {
                    result[a * m + e] = true;
                }
            }
        });
        return result;
    }

    boolean hasExperienced(int[] members) {
        for (int e : members) {
            if (experienced[e]) {
                return true;
            }
        }
        return false;
    }
}

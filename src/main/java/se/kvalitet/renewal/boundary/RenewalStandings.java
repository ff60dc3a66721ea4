package se.kvalitet.renewal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.security.Role;
import se.kvalitet.jury.boundary.BlindCodes;
import se.kvalitet.jury.boundary.JuryWorkspaces;
import se.kvalitet.renewal.control.Blindness;
import se.kvalitet.renewal.control.Blindness.Own;
import se.kvalitet.renewal.control.Blindness.Viewer;
import se.kvalitet.renewal.control.Blindness.What;
import se.kvalitet.renewal.control.Standings;
import se.kvalitet.renewal.entity.JurorScore;

/**
 * The jurors' aggregated scores on the renewal prize's entries, for the ranking page, the REST API and the jury
 * workspace: per entry how many jurors have submitted, the mean total, the criterion means, the spread and the
 * rank within its competition class (ties share a rank). Blind like the scoring itself: a juror sees the figures
 * of an entry only after submitting their own scoring of it, a recused juror never; the administrator always.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
public class RenewalStandings {

    @PersistenceContext
    EntityManager em;

    @Inject CurrentPerson currentPerson;
    @Inject JuryRoster roster;
    @Inject Cycles cycles;
    @Inject BlindCodes blindCodes;
    @Inject JuryWorkspaces jury;

    @Resource
    SessionContext session;

    /** The standings of a cycle's renewal-prize entries as the signed-in caller may see them. */
    public List<RenewalStanding> standings(long cycleId) {
        // for the jury's board, which applies blind mode itself: with the ids
        return ranking(cycleId, false).rows().stream().map(r -> new RenewalStanding(r.applicationId(), r.visible(),
                r.submitted(), r.scoring(), r.mean(), r.rank())).toList();
    }

    /** The cycle's ranking as the caller may see it, with the prize money and the criteria as columns. */
    public RenewalRanking ranking(long cycleId) {
        return ranking(cycleId, true);
    }

    private RenewalRanking ranking(long cycleId, boolean blindMode) {
        var terms = roster.terms(cycleId);
        Integer prize = cycles.details(cycleId).flatMap(d -> d.categories().stream()
                .filter(c -> JuryRoster.AWARD.equals(c.award())).findFirst()).map(c -> c.prizeAmount()).orElse(null);
        var entries = roster.ofCycle(cycleId);
        if (entries.isEmpty() || roster.category(terms).map(c -> c.evaluationModelId()).isEmpty()) {
            return new RenewalRanking(cycleId, terms.year(), terms.name(), terms.phase(), prize, List.of(), List.of());
        }
        var model = roster.model(terms);
        var headings = model.criteria().stream()
                .map(c -> new RenewalRanking.Heading(c.code(), c.title(), c.maxPoints())).toList();

        Long callerId = currentPerson.caller().map(CurrentPerson.Caller::id).orElse(null);
        boolean juror = callerId != null && session.isCallerInRole(Role.JURY_NAME);
        boolean admin = session.isCallerInRole(Role.ADMIN_NAME);
        var jurorIds = new LinkedHashSet<>(roster.jurors().stream().map(JuryRoster.Juror::id).toList());
        var asked = new LinkedHashSet<>(jurorIds);
        if (juror) {
            asked.add(callerId);
        }
        var recusals = roster.recusals(cycleId, asked);
        var sheets = em.createQuery("select s from JurorScore s where s.cycleId = :cycle order by s.id", JurorScore.class)
                .setParameter("cycle", cycleId).getResultList();

        var submittedByEntry = new HashMap<Long, List<Standings.Sheet>>();
        var ownByEntry = new HashMap<Long, Own>();
        for (var sheet : sheets) {
            if (juror && sheet.getJurorId().equals(callerId)) {
                ownByEntry.put(sheet.getApplicationId(), Own.valueOf(sheet.getStatus().name()));
            }
            if (sheet.isSubmitted()) {
                var values = new LinkedHashMap<String, Integer>();
                sheet.getScores().forEach(s -> values.put(s.getCriterionCode(), s.getValue()));
                submittedByEntry.computeIfAbsent(sheet.getApplicationId(), a -> new ArrayList<>())
                        .add(new Standings.Sheet(sheet.getJurorId(), sheet.totalPoints(), values));
            }
        }
        var results = Standings.of(entries.stream().map(e -> new Standings.Entry(e.applicationId(), e.classId(),
                submittedByEntry.getOrDefault(e.applicationId(), List.of()),
                recusals.getOrDefault(e.applicationId(), Set.of()))).toList(), jurorIds);

        Map<Long, JuryRoster.Entry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.applicationId(), e));
        var codes = blindCodes.of(cycleId, byId.keySet());
        // blind jury mode: a juror gets the codes only, nothing that names or numbers the entry
        boolean blind = blindMode && juror && jury.namesHiddenFromCaller(cycleId);
        var shownRanks = new HashMap<Long, Integer>();
        var classes = new HashMap<Long, Long>();
        for (var result : results) {
            var entry = byId.get(result.applicationId());
            boolean recused = juror && recusals.getOrDefault(entry.applicationId(), Set.of()).contains(callerId);
            Viewer viewer = juror ? (recused ? Viewer.RECUSED : Viewer.JUROR) : admin ? Viewer.ADMIN : Viewer.OUTSIDER;
            Own own = ownByEntry.getOrDefault(entry.applicationId(), Own.NOT_STARTED);
            shownRanks.put(entry.applicationId(), Blindness.sees(viewer, own, What.AGGREGATE) ? result.rank() : null);
            classes.put(entry.applicationId(), entry.classId());
        }
        var ranks = Standings.asSeen(shownRanks, classes);
        var rows = new ArrayList<RankingRow>();
        for (var result : results) {
            var entry = byId.get(result.applicationId());
            boolean recused = juror && recusals.getOrDefault(entry.applicationId(), Set.of()).contains(callerId);
            Viewer viewer = juror ? (recused ? Viewer.RECUSED : Viewer.JUROR) : admin ? Viewer.ADMIN : Viewer.OUTSIDER;
            Own own = ownByEntry.getOrDefault(entry.applicationId(), Own.NOT_STARTED);
            boolean visible = Blindness.sees(viewer, own, What.AGGREGATE);
            boolean progress = Blindness.sees(viewer, own, What.PROGRESS);
            rows.add(new RankingRow(blind ? null : entry.applicationId(), codes.get(entry.applicationId()),
                    blind ? null : entry.registrationNumber(), blind ? null : entry.unitName(), blind ? null : entry.title(),
                    entry.classId(), entry.className(), recused, juror ? own.name() : "NONE", visible,
                    progress ? result.submitted() : 0, progress ? result.scoring() : 0,
                    visible ? result.mean() : null,
                    visible ? headings.stream().map(h -> result.criterionMeans().get(h.code())).toList() : List.of(),
                    visible ? result.spread() : null, visible ? ranks.get(entry.applicationId()) : null));
        }
        return new RenewalRanking(cycleId, terms.year(), terms.name(), terms.phase(), prize, headings, rows);
    }
}

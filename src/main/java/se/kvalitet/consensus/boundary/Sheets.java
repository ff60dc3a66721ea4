package se.kvalitet.consensus.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.consensus.control.Agenda;
import se.kvalitet.consensus.control.CloseRules;
import se.kvalitet.consensus.control.Median;
import se.kvalitet.consensus.control.ScaleValues;
import se.kvalitet.consensus.control.Spread;
import se.kvalitet.consensus.entity.ConsensusScore;
import se.kvalitet.consensus.entity.ConsensusSheet;
import se.kvalitet.consensus.entity.Signoff;
import se.kvalitet.criteria.boundary.ModelView;

/** Loading a consensus sheet and its sign-offs, and turning them with the individual scores into a view. */
@Dependent
public class Sheets {

    @PersistenceContext
    EntityManager em;

    public Optional<ConsensusSheet> of(Long applicationId) {
        return em.createQuery("select c from ConsensusSheet c where c.applicationId = :a", ConsensusSheet.class)
                .setParameter("a", applicationId).getResultList().stream().findFirst();
    }

    public Map<Long, Instant> signoffs(ConsensusSheet sheet) {
        var signed = new HashMap<Long, Instant>();
        em.createQuery("select s from Signoff s where s.consensusId = :c", Signoff.class)
                .setParameter("c", sheet.getId()).getResultList()
                .forEach(s -> signed.put(s.getPersonId(), s.getSignedAt()));
        return signed;
    }

    /** A member signed a different sheet than the one there is now. */
    public void voidSignoffs(ConsensusSheet sheet) {
        em.createQuery("delete from Signoff s where s.consensusId = :c").setParameter("c", sheet.getId())
                .executeUpdate();
    }

    /** Pre-fills each criterion with the median of the individual scores, with its band and points. */
    public ConsensusSheet create(ConsensusSheet sheet, ModelView model, List<Submitted> submitted) {
        em.persist(sheet);
        em.flush();
        var scale = ScaleValues.of(model);
        for (var criterion : model.criteria()) {
            var median = Median.prefill(values(submitted, criterion.code()), scale);
            var score = new ConsensusScore(sheet, criterion.code(), criterion.position(), median.orElse(null),
                    median.map(v -> model.bandOf(v).label()).orElse(null),
                    median.map(v -> model.points(criterion.code(), v)).orElse(null));
            em.persist(score);
            sheet.getScores().add(score);
        }
        em.flush();
        return sheet;
    }

    static List<Integer> values(List<Submitted> submitted, String code) {
        var values = new ArrayList<Integer>();
        submitted.forEach(s -> {
            var individual = s.scores().get(code);
            values.add(individual == null ? null : individual.value());
        });
        return values;
    }

    SheetView notOpened(TeamAccess.Access access, List<Submitted> submitted) {
        var team = access.team();
        var members = team.members().stream().map(m -> new SheetMember(m.personId(), m.name(), m.leader(),
                submitted.stream().anyMatch(s -> s.examinerId().equals(m.personId())), null)).toList();
        return new SheetView(team.applicationId(), team.registrationNumber(), team.unitName(), null, "NOT_OPENED", 0,
                0, access.leader(), access.member(), access.admin(), false, null, 0, List.of(), members,
                List.of(), List.of(), List.of(), List.of(), null, null, 0, List.of(), null, null);
    }

    SheetView view(TeamAccess.Access access, ConsensusSheet sheet, ModelView model, List<Submitted> submitted) {
        var team = access.team();
        var signed = signoffs(sheet);
        var members = team.members().stream().map(m -> new SheetMember(m.personId(), m.name(), m.leader(),
                submitted.stream().anyMatch(s -> s.examinerId().equals(m.personId())), signed.get(m.personId())))
                .toList();
        var scale = ScaleValues.of(model);
        var rows = new ArrayList<SheetRow>();
        for (var score : sheet.getScores()) {
            var criterion = model.criterion(score.getCriterionCode());
            var individual = values(submitted, score.getCriterionCode());
            var words = submitted.stream().map(s -> {
                var i = s.scores().get(score.getCriterionCode());
                return i == null ? null : i.justification();
            }).toList();
            rows.add(new SheetRow(criterion.code(), criterion.title(), criterion.position(), criterion.maxPoints(),
                    individual, words, Spread.of(individual), Spread.flagged(individual, model.spreadThreshold()),
                    Median.prefill(individual, scale).orElse(null), score.getValue(), score.getBand(),
                    score.getPoints(), score.getJustification(), score.getStrengths(), score.getImprovements(),
                    score.getVersion(), score.getAdjustedValue(), score.getAdjustedBand(), score.getAdjustedPoints(),
                    score.getAdjustmentReason(), score.getAdjustedAt()));
        }
        var choices = scale.stream().map(v -> new ScaleChoice(v, model.bandOf(v).label())).toList();
        var missing = sheet.isOpen()
                ? CloseRules.missing(sheet, team.memberIds(), signed.keySet()).stream().map(CloseRules.Missing::key)
                .distinct().toList()
                : List.<String>of();
        return new SheetView(team.applicationId(), team.registrationNumber(), team.unitName(), sheet.getId(),
                sheet.getStatus().name(), sheet.getVersion(), sheet.contentVersion(), access.leader(), access.member(),
                access.admin(), signed.containsKey(access.callerId()), model.scaleKind(), model.spreadThreshold(),
                choices, members, submitted.stream().map(Submitted::examinerName).toList(),
                Agenda.order(rows, SheetRow::flagged, SheetRow::position), sheet.getKeyStrengths(),
                sheet.getKeyImprovements(), sheet.getSiteVisitRecommended(), sheet.getProposedLevel(),
                sheet.totalPoints(), missing, sheet.getOpenedAt(), sheet.getClosedAt());
    }
}

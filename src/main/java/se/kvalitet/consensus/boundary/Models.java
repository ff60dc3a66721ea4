package se.kvalitet.consensus.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;

/** The evaluation model an application is scored on: its cycle's model for its award. */
@Dependent
public class Models {

    @Inject
    Cycles cycles;

    @Inject
    EvaluationModels models;

    public ModelView forTeam(TeamAccess.Team team) {
        Long modelId = cycles.applicationTerms(team.cycleId())
                .flatMap(terms -> terms.category(team.award()))
                .map(c -> c.evaluationModelId())
                .orElseThrow(() -> new RuleViolation("consensus.noModel"));
        return view(modelId);
    }

    public ModelView view(Long modelId) {
        return models.view(modelId).orElseThrow(() -> new NotFound("consensus.noModel"));
    }

    /** The scale's value checked, for a consensus or adjusted score. */
    static void requireValue(ModelView model, Integer value) {
        if (value == null || !model.isValue(value)) {
            throw new RuleViolation("consensus.score.offScale", value == null ? "–" : value);
        }
    }
}

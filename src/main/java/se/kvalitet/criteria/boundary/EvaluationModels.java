package se.kvalitet.criteria.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.kvalitet.criteria.control.PresetCatalog;
import se.kvalitet.criteria.entity.EvaluationModel;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Evaluation models: copying a preset into a cycle category, adjusting the copy, freezing it when
 * applications open. Everybody signed in may read models (applicants write against them).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME, Role.STAFF_NAME})
public class EvaluationModels {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    final PresetCatalog presets = new PresetCatalog();

    public List<PresetCatalog.PresetSummary> presets() {
        return presets.all();
    }

    /** The presets in the order they are offered. */
    public List<PresetOverview> presetOverviews() {
        return presets.all().stream().map(PresetOverview::from).toList();
    }

    /** A preset with its full scale and criteria; empty for an unknown key. */
    public Optional<PresetDetail> preset(String key) {
        return presets.summary(key).map(summary -> PresetDetail.from(summary, presets.copy(key)));
    }

    /** A model with its scale and criteria (criteria fetched with the model; bands and attributes in one query each). */
    public Optional<ModelDetail> model(Long id) {
        return find(id).map(ModelDetail::from);
    }

    /** Copies a preset into a new, editable model and returns its id. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Long copyPreset(String presetKey) {
        if (presets.summary(presetKey).isEmpty()) {
            throw new RuleViolation("criteria.preset.unknown", presetKey);
        }
        var model = presets.copy(presetKey);
        em.persist(model);
        em.flush();
        events.record("ModelCopiedFromPreset", "EvaluationModel", model.getId(), presetKey);
        return model.getId();
    }

    public Optional<EvaluationModel> find(Long id) {
        return em.createQuery("select distinct m from EvaluationModel m left join fetch m.criteria where m.id = :id",
                EvaluationModel.class).setParameter("id", id).getResultStream().findFirst();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public EvaluationModel save(EvaluationModel changed) {
        var current = em.find(EvaluationModel.class, changed.getId());
        if (current == null) {
            throw new RuleViolation("criteria.model.notFound", changed.getId());
        }
        current.requireEditable();
        var merged = em.merge(changed);
        em.flush();
        events.record("ModelChanged", "EvaluationModel", merged.getId(), null);
        return merged;
    }

    /** Freezes the model: from now on applicants write and examiners score against it. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void freeze(Long modelId) {
        var model = em.find(EvaluationModel.class, modelId);
        if (model != null && !model.isFrozen()) {
            model.freeze();
            events.record("ModelFrozen", "EvaluationModel", modelId, null);
        }
    }
}

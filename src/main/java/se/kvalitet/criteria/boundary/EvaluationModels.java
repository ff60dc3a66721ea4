package se.kvalitet.criteria.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvalitet.criteria.control.PresetCatalog;
import se.kvalitet.criteria.entity.Criterion;
import se.kvalitet.criteria.entity.EvaluationModel;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Evaluation models: copying a preset into a cycle category, adjusting the copy, freezing it when
 * applications open. Everybody signed in may read models (applicants write against them).
 * <p>
 * A model and its criteria change as one: every change names the model version the administrator saw
 * and raises it, so two administrators editing the same model never overwrite each other unnoticed.
 * A frozen model refuses every change here, whatever page or API asked.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME, Role.STAFF_NAME})
public class EvaluationModels {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    final PresetCatalog presets = new PresetCatalog();

    public List<PresetOverview> presets() {
        return presets.all().stream().map(PresetOverview::of).toList();
    }

    public Optional<PresetOverview> preset(String presetKey) {
        return presets.summary(presetKey).map(PresetOverview::of);
    }

    /** Every preset in full (scale and criteria), in the order they are offered. */
    public List<PresetDetails> presetDetails() {
        return PresetCatalog.KEYS.stream()
                .map(key -> new PresetDetails(PresetOverview.of(presets.summary(key).orElseThrow()),
                        ModelView.of(presets.copy(key))))
                .toList();
    }

    /** A preset with its full scale and criteria; empty for an unknown key. */
    public Optional<PresetDetail> presetDetail(String key) {
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

    /** Copies a cycle's model (frozen or not) into a new, editable model for another cycle; returns its id. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Long copyModel(Long modelId) {
        var source = find(modelId).orElseThrow(() -> new RuleViolation("criteria.model.notFound", modelId));
        var model = source.copy();
        em.persist(model);
        em.flush();
        events.record("ModelCopied", "EvaluationModel", model.getId(), "from=" + modelId);
        return model.getId();
    }

    public Optional<EvaluationModel> find(Long id) {
        return em.createQuery("select distinct m from EvaluationModel m left join fetch m.criteria where m.id = :id",
                EvaluationModel.class).setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<ModelView> view(Long id) {
        return find(id).map(ModelView::of);
    }

    /** One line per model, keyed by id; ids without a model are left out. Two queries, whatever the number. */
    public Map<Long, ModelSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, long[]> sizes = new HashMap<>();
        em.createQuery("select c.model.id, count(c), sum(c.maxPoints) from Criterion c where c.model.id in :ids "
                        + "group by c.model.id", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> sizes.put((Long) row[0],
                        new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        return em.createQuery("select m from EvaluationModel m where m.id in :ids", EvaluationModel.class)
                .setParameter("ids", ids).getResultStream()
                .map(m -> {
                    long[] size = sizes.getOrDefault(m.getId(), new long[]{0, 0});
                    return new ModelSummary(m.getId(), m.getName(), m.getPresetKey(), m.getScaleKind().name(),
                            (int) size[0], (int) size[1], m.isFrozen());
                })
                .collect(Collectors.toMap(ModelSummary::id, Function.identity()));
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

    @RolesAllowed(Role.ADMIN_NAME)
    public void updateCriterion(Long modelId, Long criterionId, CriterionFields fields, long expectedVersion) {
        var model = editable(modelId, expectedVersion);
        var criterion = criterion(model, criterionId);
        model.reviseCriterion(criterion, fields.title(), fields.description(), fields.guidingQuestions(),
                fields.type(), fields.maxPoints(), fields.answerMaxLength());
        changed(model, "CriterionChanged", criterion.getCode());
    }

    /** Adds a criterion at the end; its code must be new in the model. Returns the criterion's id. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Long addCriterion(Long modelId, String code, CriterionFields fields, long expectedVersion) {
        var model = editable(modelId, expectedVersion);
        var criterion = model.addCriterion(code, fields.title(), fields.type(), fields.maxPoints(), fields.answerMaxLength());
        criterion.setDescription(fields.description());
        criterion.setGuidingQuestions(fields.guidingQuestions());
        changed(model, "CriterionAdded", criterion.getCode());
        return criterion.getId();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void removeCriterion(Long modelId, Long criterionId, long expectedVersion) {
        var model = editable(modelId, expectedVersion);
        var criterion = criterion(model, criterionId);
        model.removeCriterion(criterion);
        changed(model, "CriterionRemoved", criterion.getCode());
    }

    /** Moves a criterion one place up (direction -1) or down (+1). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void moveCriterion(Long modelId, Long criterionId, int direction, long expectedVersion) {
        var model = editable(modelId, expectedVersion);
        var criterion = criterion(model, criterionId);
        model.move(criterion, direction);
        changed(model, "CriterionMoved", criterion.getCode() + (direction < 0 ? " up" : " down"));
    }

    /** Rewrites the band descriptors (in band order; null leaves a band as it is) and the spread threshold. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void updateScale(Long modelId, List<String> descriptors, int spreadThreshold, long expectedVersion) {
        var model = editable(modelId, expectedVersion);
        if (descriptors.size() > model.getBands().size()) {
            throw new RuleViolation("criteria.band.notFound", descriptors.size());
        }
        model.setSpreadThreshold(spreadThreshold);
        for (int i = 0; i < descriptors.size(); i++) {
            if (descriptors.get(i) != null) {
                model.describeBand(i, descriptors.get(i));
            }
        }
        changed(model, "ScaleChanged", "spreadThreshold=" + spreadThreshold);
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

    /**
     * Deletes a model nobody uses any more (a category adopted another preset). A frozen model is a
     * record of what applicants answered and is never deleted.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void discard(Long modelId) {
        var model = em.find(EvaluationModel.class, modelId);
        if (model == null) {
            return;
        }
        model.requireEditable();
        em.remove(model);
        em.flush();
        events.record("ModelDiscarded", "EvaluationModel", modelId, model.getPresetKey());
    }

    /** The model, if it still accepts changes and nobody changed it since the caller read it. */
    private EvaluationModel editable(Long modelId, long expectedVersion) {
        var model = find(modelId).orElseThrow(() -> new RuleViolation("criteria.model.notFound", modelId));
        model.requireEditable();
        if (model.getVersion() != expectedVersion) {
            throw new RuleViolation("error.concurrentChange");
        }
        return model;
    }

    private static Criterion criterion(EvaluationModel model, Long criterionId) {
        return model.criterion(criterionId).orElseThrow(() -> new RuleViolation("criteria.criterion.notFound"));
    }

    /** Raises the model's version (the criteria changed, not the model row) and records the event. */
    private void changed(EvaluationModel model, String eventType, String details) {
        em.lock(model, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        events.record(eventType, "EvaluationModel", model.getId(), details);
    }
}

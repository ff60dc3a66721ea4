package se.kvalitet.criteria.web;

import se.kvalitet.platform.web.Responses;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.criteria.boundary.ModelView.CriterionView;
import se.kvalitet.criteria.entity.CriterionType;
import se.kvalitet.platform.web.Messages;

/**
 * An evaluation model in use (bookmarkable by id; {@code criterion} opens one criterion for editing).
 * While the model is not frozen its criteria and scale descriptors can be changed; the
 * {@link EvaluationModels} boundary refuses every change to a frozen model whatever this page shows.
 */
@Named
@ViewScoped
public class ModelPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationModels models;

    private String idParam;
    private String criterionParam;
    private Long id;
    private ModelView model;
    private CriterionView editing;
    private CriterionForm edit;
    private final CriterionForm add = new CriterionForm();
    private List<String> descriptors;
    private Integer spreadThreshold;

    /** Loads the model on the first request; an unknown id is a 404, an unknown criterion is ignored. */
    public void load() throws IOException {
        id = Ids.parse(idParam);
        Long criterionId = Ids.parse(criterionParam);
        model = id == null ? null : models.view(id).orElse(null);
        if (model == null) {
            Responses.notFound(Messages.text("criteria.model.notFound"));
            return;
        }
        editing = model.criteria().stream().filter(c -> c.id().equals(criterionId)).findFirst().orElse(null);
        edit = editing == null ? null : CriterionForm.of(editing);
        descriptors = new ArrayList<>(model.bands().stream().map(ModelView.Band::descriptor).toList());
        spreadThreshold = model.spreadThreshold();
    }

    public String saveCriterion() {
        return done(Attempt.succeeded(() -> models.updateCriterion(id, editing.id(), edit.fields(), model.version())),
                "criteria.criterion.saved", editing.code());
    }

    public String addCriterion() {
        return done(Attempt.succeeded(() -> models.addCriterion(id, add.getCode(), add.fields(), model.version())),
                "criteria.criterion.added", add.getCode());
    }

    public String removeCriterion(Long criterionToRemove) {
        return done(Attempt.succeeded(() -> models.removeCriterion(id, criterionToRemove, model.version())),
                "criteria.criterion.removed");
    }

    public String moveCriterion(Long criterionToMove, int direction) {
        return done(Attempt.succeeded(() -> models.moveCriterion(id, criterionToMove, direction, model.version())),
                "criteria.criterion.moved");
    }

    public String saveScale() {
        return done(Attempt.succeeded(() -> models.updateScale(id, descriptors,
                spreadThreshold == null ? 0 : spreadThreshold, model.version())), "criteria.scale.saved");
    }

    public String confirmRemove(CriterionView criterion) {
        return Messages.text("criteria.criterion.confirmRemove", criterion.code(), criterion.title());
    }

    public CriterionType[] getTypes() { return CriterionType.values(); }

    private String done(boolean succeeded, String messageKey, Object... arguments) {
        if (!succeeded) {
            return null;
        }
        Messages.info(messageKey, arguments);
        Messages.keepForRedirect();
        return "/criteria/model?faces-redirect=true&id=" + id;
    }

    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public String getCriterionParam() { return criterionParam; }
    public void setCriterionParam(String criterionParam) { this.criterionParam = criterionParam; }
    public ModelView getModel() { return model; }
    public CriterionView getEditing() { return editing; }
    public CriterionForm getEdit() { return edit; }
    public CriterionForm getAdd() { return add; }
    public List<String> getDescriptors() { return descriptors; }
    public Integer getSpreadThreshold() { return spreadThreshold; }
    public void setSpreadThreshold(Integer spreadThreshold) { this.spreadThreshold = spreadThreshold; }
}

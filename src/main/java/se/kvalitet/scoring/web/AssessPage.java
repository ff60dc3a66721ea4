package se.kvalitet.scoring.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.platform.web.SaveStatus;
import se.kvalitet.scoring.boundary.AssessmentView;
import se.kvalitet.scoring.boundary.Assessments;

/**
 * The examiner's scoring form: the application's answer per criterion beside the score, the band descriptor,
 * the texts and the points. A field is saved when the examiner leaves it, and what changed while typing is saved
 * after typing or pasting, on a timer and before leaving the page (the shared {@code kvalitet/autosave.js} calls
 * {@link #autosave}); every save goes
 * with the version the page holds, so a save from another window is detected and nothing is silently
 * overwritten. The status line says when it was last saved ("Sparat 14:32") or that it was not. Save does the
 * same explicitly; Submit checks completeness on the server. Refused input stays on the page with the reason.
 */
@Named("assessPage")
@ViewScoped
public class AssessPage implements Serializable {

    @Inject
    Assessments assessments;

    @Inject
    Applications applications;

    private String applicationParam;
    private Long applicationId;
    private String heading;
    private ModelView model;
    private AssessmentView assessment;
    private final List<ScoreRow> rows = new ArrayList<>();
    private boolean saved;
    private final SaveStatus saveStatus = new SaveStatus();


    public void load() throws IOException {
        if (model != null) {
            return;
        }
        applicationId = Ids.parse(applicationParam);
        try {
            if (applicationId == null) {
                throw new NotFound("scoring.application.notFound", applicationParam);
            }
            assessment = assessments.own(applicationId);
            model = assessments.model(applicationId);
            var application = applications.view(applicationId);
            heading = application.registrationNumber() + " – " + application.unitName();
            var answers = new HashMap<String, String>();
            application.answers().forEach(a -> answers.put(a.code(), a.text()));
            for (var criterion : model.criteria()) {
                var row = new ScoreRow(criterion.code(), criterion.title(), criterion.description(),
                        answers.get(criterion.code()), criterion.maxPoints());
                model.attributesFor(criterion.code()).forEach(a -> row.addAttribute(a.code(), a.label()));
                rows.add(row);
            }
            fill(assessment);
        } catch (NotFound notFound) {
            Responses.notFound();
        } catch (RuleViolation refused) {
            // e.g. "confirm no conflict first": the reason on an otherwise empty page
            Messages.error(refused);
        }
    }

    private void fill(AssessmentView view) {
        assessment = view;
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).fill(view.scores().get(i));
        }
    }

    /**
     * Saves on leaving a field, on the timer while something changed and before leaving the page; a refusal
     * leaves the input on the page and says why.
     */
    public void autosave() {
        saved = save();
        SaveStatus.reportToScript(saved);
    }

    public void saveNow() {
        if (save()) {
            Messages.info("scoring.page.assess.saved");
        }
    }

    public String submit() {
        if (!save()) {
            return null;
        }
        if (Attempt.succeeded(() -> assessment = assessments.submit(applicationId, assessment.version()))) {
            Messages.info("scoring.page.assess.submittedNow");
            Messages.keepForRedirect();
            return "/scoring/team?faces-redirect=true&application=" + applicationId;
        }
        return null;
    }

    private boolean save() {
        if (!isEditable()) {
            return false;
        }
        var inputs = rows.stream().map(ScoreRow::input).toList();
        boolean done = Attempt.succeeded(() -> assessment = assessments.save(applicationId, inputs, assessment.version()));
        if (done) {
            saveStatus.saved(Instant.now());
        } else {
            saveStatus.refused();
        }
        return done;
    }

    /** When the page last saved (in the city's time), that the last save was refused, or nothing yet. */
    public String getSaveStatus() {
        return saveStatus.getText();
    }

    public boolean isSaveFailed() { return saveStatus.isRefused(); }

    // ---- what the page shows

    public List<SelectItem> getValues() {
        var items = new ArrayList<SelectItem>();
        items.add(new SelectItem(null, Messages.text("scoring.page.assess.noValue")));
        if (model.isOrdinal()) {
            model.bands().forEach(level -> items.add(new SelectItem(level.min(), level.min() + " – " + level.label())));
        } else {
            for (int v = 0; v <= 100; v += model.scaleStep()) {
                items.add(new SelectItem(v, v + " %"));
            }
        }
        return items;
    }

    public List<SelectItem> getAttributeValues() {
        var items = new ArrayList<SelectItem>();
        items.add(new SelectItem(null, Messages.text("scoring.page.assess.noValue")));
        for (int v = 0; v <= 100; v += model.scaleStep() == null ? 10 : model.scaleStep()) {
            items.add(new SelectItem(v, v + " %"));
        }
        return items;
    }

    /** The band (label and descriptor) the row's value falls in, or empty while it has none or is off the scale. */
    public Optional<ModelView.Band> band(ScoreRow row) {
        return row.getValue() == null || !model.isValue(row.getValue()) ? Optional.empty()
                : Optional.of(model.bandOf(row.getValue()));
    }

    public String bandText(ScoreRow row) {
        return band(row).map(b -> b.label() + (b.descriptor() == null ? "" : ": " + b.descriptor())).orElse("–");
    }

    public String points(ScoreRow row) {
        return row.getValue() == null || !model.isValue(row.getValue()) ? "–"
                : format(model.points(row.getCode(), row.getValue()));
    }

    public String getTotal() {
        var total = rows.stream().filter(r -> r.getValue() != null && model.isValue(r.getValue()))
                .map(r -> BigDecimal.valueOf(model.points(r.getCode(), r.getValue()))).reduce(BigDecimal.ZERO, BigDecimal::add);
        return format(total.doubleValue()) + " / " + model.totalPoints();
    }

    private static String format(double points) {
        return BigDecimal.valueOf(points).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public boolean isEditable() {
        return assessment != null && assessment.editable();
    }

    public boolean isSubmitted() {
        return assessment != null && assessment.submittedAt() != null;
    }

    public String getStatusText() {
        return assessment == null ? "" : Messages.text("scoring.status." + assessment.status());
    }

    public String getApplicationParam() { return applicationParam; }
    public void setApplicationParam(String applicationParam) { this.applicationParam = applicationParam; }
    public Long getApplicationId() { return applicationId; }
    public String getHeading() { return heading; }
    public ModelView getModel() { return model; }
    public AssessmentView getAssessment() { return assessment; }
    public List<ScoreRow> getRows() { return rows; }
    public boolean isSaved() { return saved; }
}

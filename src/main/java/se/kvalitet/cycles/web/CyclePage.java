package se.kvalitet.cycles.web;

import se.kvalitet.platform.web.Responses;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.PresetOverview;
import se.kvalitet.cycles.boundary.CycleDetails;
import se.kvalitet.cycles.boundary.CycleSettings;
import se.kvalitet.cycles.boundary.CycleTermsForm;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.platform.web.Messages;

/**
 * One cycle's page (bookmarkable by id): settings and dates, categories and classes, the evaluation
 * model per category, and the phase. Every change goes to the {@link Cycles} boundary, which enforces
 * the rules; a success reloads the page (Post-Redirect-Get), a refusal keeps the input and says why.
 */
@Named
@ViewScoped
public class CyclePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cycles cycles;

    @Inject
    EvaluationModels models;

    private String idParam;
    private Long id;
    private CycleDetails cycle;
    private CycleSettings settings;
    private CycleTermsForm terms;
    private List<PresetOverview> presets;
    private final Map<String, CategoryForm> forms = new HashMap<>();
    private String earlyCloseReason;
    private String correctionReason;

    /** Loads the cycle on the first request; a missing, malformed or unknown id is a 404. */
    public void load() throws IOException {
        id = Ids.parse(idParam);
        cycle = id == null ? null : cycles.details(id).orElse(null);
        if (cycle == null) {
            Responses.notFound(Messages.text("cycle.notFound"));
            return;
        }
        settings = cycle.settings();
        terms = cycle.terms();
        presets = models.presets();
        for (var category : cycle.categories()) {
            var form = new CategoryForm();
            form.setPrizeAmount(category.prizeAmount());
            forms.put(category.award(), form);
        }
    }

    public String saveSettings() {
        return done(Attempt.succeeded(() -> cycles.updateSettings(id, settings, cycle.version())), "cycle.settings.saved");
    }

    public String saveTerms() {
        return done(Attempt.succeeded(() -> cycles.updateApplicationTerms(id, terms, cycle.version())), "cycle.terms.saved");
    }

    public String addCategory(String award) {
        return done(Attempt.succeeded(() -> cycles.addCategory(id, Award.valueOf(award), cycle.version())),
                "cycle.category.added");
    }

    public String addClass(String award) {
        var form = forms.get(award);
        return done(Attempt.succeeded(() -> cycles.addClass(id, Award.valueOf(award), form.getNewClassName(),
                categoryVersion(award))), "cycle.class.added");
    }

    public String renameClass(String award) {
        var form = forms.get(award);
        return done(Attempt.succeeded(() -> cycles.renameClass(id, Award.valueOf(award), form.getRenameClassId(),
                form.getRenameTo(), categoryVersion(award))), "cycle.class.renamed");
    }

    public String removeClass(String award, Long classId) {
        return done(Attempt.succeeded(() -> cycles.removeClass(id, Award.valueOf(award), classId, categoryVersion(award))),
                "cycle.class.removed");
    }

    public String moveClass(String award, Long classId, int direction) {
        return done(Attempt.succeeded(() -> cycles.moveClass(id, Award.valueOf(award), classId, direction,
                categoryVersion(award))), "cycle.class.moved");
    }

    public String savePrize(String award) {
        var form = forms.get(award);
        return done(Attempt.succeeded(() -> cycles.setPrizeAmount(id, Award.valueOf(award), form.getPrizeAmount(),
                categoryVersion(award))), "cycle.prize.saved");
    }

    public String adopt(String award, String presetKey) {
        return done(Attempt.succeeded(() -> cycles.adoptPreset(id, Award.valueOf(award), presetKey, categoryVersion(award))),
                "cycle.preset.adopted");
    }

    public String moveTo(String phase) {
        // the reason counts only for closing applications early; the boundary asks for it then
        String reason = Phase.APPLICATION_CLOSED.name().equals(phase) ? earlyCloseReason : null;
        return done(Attempt.succeeded(() -> cycles.moveTo(id, Phase.valueOf(phase), cycle.version(), reason)),
                "cycle.phase.moved", Messages.text("cycle.phase." + phase));
    }

    /** Saves the dates as corrected, locked ones included, with the administrator's reason on record. */
    public String correctDates() {
        return done(Attempt.succeeded(() -> cycles.correctDates(id, settings, correctionReason, cycle.version())),
                "cycle.dates.correction.saved");
    }

    /** The question asked before a phase change; opening applications also says the models will lock. */
    public String confirmMove(String phase) {
        return Messages.text(Phase.APPLICATION_OPEN.name().equals(phase) ? "cycle.phase.confirmOpen" : "cycle.phase.confirm",
                Messages.text("cycle.phase." + phase));
    }

    /** The presets written for an award. */
    public List<PresetOverview> presetsFor(String award) {
        return presets.stream().filter(p -> p.award().equals(award)).toList();
    }

    private Long categoryVersion(String award) {
        return cycle.categories().stream().filter(c -> c.award().equals(award)).findFirst()
                .map(CycleDetails.Category::version).orElse(null);
    }

    private String done(boolean succeeded, String messageKey, Object... arguments) {
        if (!succeeded) {
            return null;
        }
        Messages.info(messageKey, arguments);
        Messages.keepForRedirect();
        return "/cycles/cycle?faces-redirect=true&id=" + id;
    }

    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public CycleDetails getCycle() { return cycle; }
    public CycleSettings getSettings() { return settings; }
    public CycleTermsForm getTerms() { return terms; }
    public Map<String, CategoryForm> getForms() { return forms; }
    public String getEarlyCloseReason() { return earlyCloseReason; }
    public void setEarlyCloseReason(String earlyCloseReason) { this.earlyCloseReason = earlyCloseReason; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String correctionReason) { this.correctionReason = correctionReason; }
}

package se.kvalitet.consensus.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import se.kvalitet.consensus.boundary.Consensus;
import se.kvalitet.consensus.boundary.ScoreChange;
import se.kvalitet.consensus.boundary.SheetView;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * The consensus sheet of one application. Each criterion, the themes and the recommendation are saved on their
 * own, each on the version it was loaded at; a refused save keeps what the member typed on the page (nothing is
 * lost) and says that someone else changed it, so they can compare after reloading.
 */
@Named("sheetPage")
@ViewScoped
public class SheetPage implements Serializable {

    @Inject
    Consensus consensus;

    private String applicationParam;
    private Long applicationId;
    private SheetView sheet;
    private Map<String, RowForm> forms = new HashMap<>();
    private String keyStrengths;
    private String keyImprovements;
    private String siteVisit;
    private String proposedLevel;

    public void load() throws IOException {
        applicationId = Ids.parse(applicationParam);
        try {
            if (applicationId == null) {
                throw new RuleViolation("consensus.notFound", applicationParam);
            }
            refresh();
        } catch (RuleViolation notHers) {
            var context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, "");
            context.responseComplete();
        }
    }

    private void refresh() {
        refresh(null);
    }

    /**
     * Reads the sheet again. The criteria all sit in one form, so a member may have typed in other criteria than
     * the one saved: those inputs (with the versions they were loaded at) are kept, only {@code saved} is
     * reloaded; null reloads every criterion.
     */
    private void refresh(String saved) {
        sheet = consensus.sheet(applicationId);
        var typed = forms;
        forms = new HashMap<>();
        sheet.rows().forEach(r -> forms.put(r.code(),
                saved == null || r.code().equals(saved) || !typed.containsKey(r.code()) ? RowForm.of(r) : typed.get(r.code())));
        keyStrengths = Lines.join(sheet.keyStrengths());
        keyImprovements = Lines.join(sheet.keyImprovements());
        siteVisit = sheet.siteVisitRecommended() == null ? "" : sheet.siteVisitRecommended().toString();
        proposedLevel = sheet.proposedLevel();
    }

    public void open() {
        act(() -> consensus.open(applicationId, false), "consensus.page.opened");
    }

    public void openAnyway() {
        act(() -> consensus.open(applicationId, true), "consensus.page.opened");
    }

    public void saveRow(String code) {
        var form = forms.get(code);
        if (Attempt.succeeded(() -> consensus.recordScore(applicationId, code, new ScoreChange(form.getValue(),
                form.getJustification(), form.getStrengths(), form.getImprovements()), form.getVersion()))) {
            Messages.info("consensus.page.saved");
            refresh(code);
        }
    }

    public void saveThemes() {
        act(() -> consensus.changeThemes(applicationId, Lines.split(keyStrengths), Lines.split(keyImprovements),
                sheet.version()), "consensus.page.saved");
    }

    public void recommend() {
        Boolean visit = siteVisit == null || siteVisit.isEmpty() ? null : Boolean.valueOf(siteVisit);
        act(() -> consensus.recommend(applicationId, visit, proposedLevel, sheet.version()), "consensus.page.saved");
    }

    public void signOff() {
        act(() -> consensus.signOff(applicationId, sheet.contentVersion()), "consensus.page.signed");
    }

    public void close() {
        if (Attempt.succeeded(() -> consensus.close(applicationId, sheet.contentVersion()))) {
            Messages.info("consensus.page.closedNow");
            refresh();
        }
    }

    /** On success the sheet is read again; on refusal the page keeps the member's input beside the reason. */
    private void act(Runnable action, String doneKey) {
        if (Attempt.succeeded(action)) {
            Messages.info(doneKey);
            refresh(sheet.opened() ? "" : null);
        }
    }

    public String individual(Integer value) {
        return value == null ? "–" : value.toString();
    }

    public String getApplicationParam() { return applicationParam; }
    public void setApplicationParam(String applicationParam) { this.applicationParam = applicationParam; }
    public SheetView getSheet() { return sheet; }
    public Map<String, RowForm> getForms() { return forms; }
    public String getKeyStrengths() { return keyStrengths; }
    public void setKeyStrengths(String keyStrengths) { this.keyStrengths = keyStrengths; }
    public String getKeyImprovements() { return keyImprovements; }
    public void setKeyImprovements(String keyImprovements) { this.keyImprovements = keyImprovements; }
    public String getSiteVisit() { return siteVisit; }
    public void setSiteVisit(String siteVisit) { this.siteVisit = siteVisit; }
    public String getProposedLevel() { return proposedLevel; }
    public void setProposedLevel(String proposedLevel) { this.proposedLevel = proposedLevel; }
}

package se.kvalitet.consensus.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.kvalitet.consensus.boundary.Consensus;
import se.kvalitet.consensus.boundary.ScoreChange;
import se.kvalitet.consensus.boundary.SheetView;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.platform.web.SaveStatus;

/**
 * The consensus sheet of one application. Every criterion sits in one form with one save (and the shared
 * autosave, {@code kvalitet/autosave.js}): it saves each criterion the member changed, each on the row version it
 * was loaded at, and keeps what was typed in every other criterion. The themes and the recommendation save the
 * same way on the sheet's version. A refused save keeps the typed text on the page (nothing is lost) and says
 * that someone else changed it, so they can compare after reloading. Unchanged parts are never saved, because
 * every save voids the sign-offs.
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
    private final SaveStatus criteriaStatus = new SaveStatus();
    private final SaveStatus themesStatus = new SaveStatus();
    private final SaveStatus recommendationStatus = new SaveStatus();

    public void load() throws IOException {
        applicationId = Ids.parse(applicationParam);
        try {
            if (applicationId == null) {
                throw new RuleViolation("consensus.notFound", applicationParam);
            }
            refresh();
        } catch (RuleViolation notHers) {
            Responses.notFound();
        }
    }

    private void refresh() {
        refresh(null, true);
    }

    /**
     * Reads the sheet again. A member may have typed in other criteria than those saved: those inputs (with the
     * versions they were loaded at) are kept, only the {@code saved} criteria are reloaded (null: every one). The
     * themes and the recommendation are reloaded only with {@code sheetToo}, for the same reason.
     */
    private void refresh(Set<String> saved, boolean sheetToo) {
        sheet = consensus.sheet(applicationId);
        var typed = forms;
        forms = new HashMap<>();
        sheet.rows().forEach(r -> forms.put(r.code(),
                saved == null || saved.contains(r.code()) || !typed.containsKey(r.code()) ? RowForm.of(r) : typed.get(r.code())));
        if (sheetToo) {
            keyStrengths = Lines.join(sheet.keyStrengths());
            keyImprovements = Lines.join(sheet.keyImprovements());
            siteVisit = sheet.siteVisitRecommended() == null ? "" : sheet.siteVisitRecommended().toString();
            proposedLevel = sheet.proposedLevel();
        }
    }

    public void open() {
        act(() -> consensus.open(applicationId, false), "consensus.page.opened");
    }

    public void openAnyway() {
        act(() -> consensus.open(applicationId, true), "consensus.page.opened");
    }

    /** "Spara": every changed criterion, each on its own version. */
    public void saveCriteria() {
        if (storeCriteria()) {
            Messages.info("consensus.page.saved");
        }
    }

    /** The timed save of the criteria form (kvalitet/autosave.js). */
    public void autosaveCriteria() {
        criteriaStatus.record(storeCriteria());
    }

    /**
     * Saves each changed criterion; a refused one keeps its text and the others still save. The saved ones are
     * reloaded (new versions), every other criterion keeps what was typed.
     */
    private boolean storeCriteria() {
        if (!sheet.editable()) {
            return false;
        }
        var saved = new HashSet<String>();
        boolean all = true;
        for (var row : sheet.rows()) {
            var form = forms.get(row.code());
            if (form == null || !form.changed()) {
                continue;
            }
            if (Attempt.succeeded(() -> consensus.recordScore(applicationId, row.code(), new ScoreChange(form.getValue(),
                    form.getJustification(), form.getStrengths(), form.getImprovements()), form.getVersion()))) {
                saved.add(row.code());
            } else {
                all = false;
            }
        }
        if (!saved.isEmpty()) {
            refresh(saved, false);
        }
        if (all) {
            criteriaStatus.saved(java.time.Instant.now());
        } else {
            criteriaStatus.refused();
        }
        return all;
    }

    public void saveThemes() {
        if (storeThemes()) {
            Messages.info("consensus.page.saved");
        }
    }

    public void autosaveThemes() {
        themesStatus.record(storeThemes());
    }

    private boolean storeThemes() {
        if (!sheet.editable()) {
            return false;
        }
        var strengths = Lines.split(keyStrengths);
        var improvements = Lines.split(keyImprovements);
        if (strengths.equals(sheet.keyStrengths()) && improvements.equals(sheet.keyImprovements())) {
            themesStatus.saved(java.time.Instant.now());
            return true;
        }
        return storeSheet(() -> consensus.changeThemes(applicationId, strengths, improvements, sheet.version()), themesStatus);
    }

    public void recommend() {
        if (storeRecommendation()) {
            Messages.info("consensus.page.saved");
        }
    }

    public void autosaveRecommendation() {
        recommendationStatus.record(storeRecommendation());
    }

    private boolean storeRecommendation() {
        if (!sheet.editable()) {
            return false;
        }
        Boolean visit = siteVisit == null || siteVisit.isEmpty() ? null : Boolean.valueOf(siteVisit);
        String level = proposedLevel == null || proposedLevel.isBlank() ? null : proposedLevel.strip();
        if (java.util.Objects.equals(visit, sheet.siteVisitRecommended())
                && java.util.Objects.equals(level, blankAsNull(sheet.proposedLevel()))) {
            recommendationStatus.saved(java.time.Instant.now());
            return true;
        }
        return storeSheet(() -> consensus.recommend(applicationId, visit, proposedLevel, sheet.version()), recommendationStatus);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A save on the sheet's version; the sheet is read again for its new version, the typed texts stay. */
    private boolean storeSheet(Runnable save, SaveStatus status) {
        if (Attempt.succeeded(save)) {
            refresh(java.util.Set.of(), false);
            status.saved(java.time.Instant.now());
            return true;
        }
        status.refused();
        return false;
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
            refresh(sheet.opened() ? Set.of() : null, !sheet.opened());
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
    public SaveStatus getCriteriaStatus() { return criteriaStatus; }
    public SaveStatus getThemesStatus() { return themesStatus; }
    public SaveStatus getRecommendationStatus() { return recommendationStatus; }
}

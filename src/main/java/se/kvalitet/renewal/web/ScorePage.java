package se.kvalitet.renewal.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.RenewalDraft;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.SaveStatus;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.renewal.boundary.JurorScores;
import se.kvalitet.renewal.boundary.JurorSheet;
import se.kvalitet.renewal.boundary.RenewalEntry;

/**
 * A juror's scoring form for one renewal-prize entry: the entry's text beside a value and a short justification
 * per criterion. First the juror confirms having no conflict (a recused juror gets the reason and nothing else);
 * Save keeps a draft (with the version the page holds, so a save from another window is detected), Submit checks
 * completeness on the server and makes the scoring read-only. After submitting, the other jurors' submitted
 * scorings are shown below.
 */
@Named("renewalScorePage")
@ViewScoped
public class ScorePage implements Serializable {

    /** One field of the entry's text, with its label key. */
    public record Field(String labelKey, String text) implements Serializable {
    }

    @Inject JurorScores scores;
    @Inject Applications applications;
    @Inject se.kvalitet.applications.boundary.ApplicationFiles files;

    private final SaveStatus saveStatus = new SaveStatus();
    private String entryParam;
    private Long applicationId;
    private RenewalEntry entry;
    private ModelView model;
    private ApplicationView application;
    private JurorSheet sheet;
    private List<JurorSheet> others = List.of();
    private List<se.kvalitet.applications.boundary.AttachmentView> attachments = List.of();
    private final List<CriterionRow> rows = new ArrayList<>();
    private boolean loaded;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            applicationId = scores.entryId(entryParam);
            entry = scores.entry(applicationId);
            if (entry.recused()) {
                Messages.error("renewal.recused");
                return;
            }
            if ("NONE".equals(entry.ownStatus())) {
                // an administrator: the ranking and the other pages show the work; only jurors score
                Messages.info("renewal.page.score.adminOnly");
                return;
            }
            if (entry.applicationId() == null) {
                // blind jury mode: the entry names the unit, so it is neither shown nor scored until the reveal
                Messages.error("renewal.blind.names");
                return;
            }
            if (entry.confirmed()) {
                open();
            }
        } catch (NotFound notFound) {
            Responses.notFound();
        } catch (RuleViolation refused) {
            Messages.error(refused);
        }
    }

    private void open() {
        model = scores.model(applicationId);
        application = applications.view(applicationId);
        attachments = files.attachments(applicationId);
        rows.clear();
        model.criteria().forEach(c -> rows.add(new CriterionRow(c.code(), c.title(), c.description(), c.maxPoints())));
        fill(scores.own(applicationId));
    }

    private void fill(JurorSheet view) {
        sheet = view;
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).fill(view.scores().get(i));
        }
        others = view.isSubmitted() ? scores.others(applicationId) : List.of();
    }

    public void confirm() {
        if (Attempt.succeeded(() -> scores.confirmNoConflict(applicationId))) {
            entry = scores.entry(applicationId);
            open();
            Messages.info("renewal.page.entries.confirmed", entry.label());
        }
    }

    public void save() {
        if (isEditable() && Attempt.succeeded(() -> fill(scores.save(applicationId, inputs(), sheet.version())))) {
            saveStatus.saved(java.time.Instant.now());
            Messages.info("renewal.page.score.saved");
        }
    }

    /**
     * The shared autosave (kvalitet/autosave.js): the draft on the page's version, so a stale save is refused as a
     * conflict and says so; the texts stay on the page either way.
     */
    public void autosave() {
        saveStatus.record(isEditable() && Attempt.succeeded(() -> sheet = scores.save(applicationId, inputs(), sheet.version())));
    }

    public SaveStatus getSaveStatus() { return saveStatus; }

    public void submit() {
        if (!isEditable()) {
            return;
        }
        if (Attempt.succeeded(() -> sheet = scores.save(applicationId, inputs(), sheet.version()))
                && Attempt.succeeded(() -> fill(scores.submit(applicationId, sheet.version())))) {
            Messages.info("renewal.page.score.submittedNow");
        } else if (sheet != null) {
            // the draft may have been saved before the refusal: keep the page's version in step
            long version = sheet.version();
            Attempt.succeeded(() -> {
                var current = scores.own(applicationId);
                if (current.version() != version) {
                    sheet = current;
                }
            });
        }
    }

    private List<se.kvalitet.renewal.boundary.CriterionInput> inputs() {
        return rows.stream().map(CriterionRow::input).toList();
    }

    // ---- what the page shows

    public List<SelectItem> getValues() {
        var items = new ArrayList<SelectItem>();
        items.add(new SelectItem(null, Messages.text("renewal.page.score.noValue")));
        if (model.isOrdinal()) {
            model.bands().forEach(level -> items.add(new SelectItem(level.min(), level.min() + " – " + level.label())));
        } else {
            for (int v = 0; v <= 100; v += model.scaleStep()) {
                items.add(new SelectItem(v, v + " %"));
            }
        }
        return items;
    }

    /** The entry's renewal fields in the order of the application form. */
    public List<Field> getFields() {
        if (application == null) {
            return List.of();
        }
        RenewalDraft r = application.renewal();
        var fields = new ArrayList<Field>();
        fields.add(new Field("renewal.field.nomineeType", r.nomineeType() == null ? null
                : Messages.text("renewal.nominee." + r.nomineeType())));
        fields.add(new Field("renewal.field.backgroundAndChallenge", r.backgroundAndChallenge()));
        fields.add(new Field("renewal.field.whatIsNew", r.whatIsNew()));
        fields.add(new Field("renewal.field.resultsForTargetGroup", r.resultsForTargetGroup()));
        fields.add(new Field("renewal.field.spreadAndScaleUp", r.spreadAndScaleUp()));
        fields.add(new Field("renewal.field.sustainability", r.sustainability()));
        fields.add(new Field("renewal.field.linkToCouncilGoals", r.linkToCouncilGoals()));
        fields.add(new Field("renewal.field.inOperationSince", r.inOperationSince() == null ? null
                : r.inOperationSince().toString()));
        return fields;
    }

    public String getTitle() {
        return application == null || application.renewal().title() == null ? entry == null ? "" : entry.unitName()
                : application.renewal().title();
    }

    public String getFilmLink() {
        String link = application == null ? null : application.renewal().filmLink();
        return link != null && (link.startsWith("https://") || link.startsWith("http://")) ? link : null;
    }

    public String getTotal() {
        return sheet == null ? "" : sheet.total().setScale(1, RoundingMode.HALF_UP).toPlainString() + " / "
                + model.totalPoints();
    }

    public String points(Double points) {
        return points == null ? "–" : BigDecimal.valueOf(points).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    public String getStatusText() {
        return sheet == null ? "" : Messages.text("renewal.status." + sheet.status());
    }

    public boolean isOpen() {
        return model != null;
    }

    public boolean isMayConfirm() {
        return entry != null && !entry.recused() && !entry.confirmed() && !"NONE".equals(entry.ownStatus());
    }

    public boolean isEditable() {
        return sheet != null && !sheet.isSubmitted();
    }

    public boolean isSubmitted() {
        return sheet != null && sheet.isSubmitted();
    }

    public String getEntryParam() { return entryParam; }
    public void setEntryParam(String entryParam) { this.entryParam = entryParam; }
    public Long getApplicationId() { return applicationId; }
    public RenewalEntry getEntry() { return entry; }
    public ModelView getModel() { return model; }
    public ApplicationView getApplication() { return application; }
    public JurorSheet getSheet() { return sheet; }
    public List<JurorSheet> getOthers() { return others; }
    public List<CriterionRow> getRows() { return rows; }
    public List<se.kvalitet.applications.boundary.AttachmentView> getAttachments() { return attachments; }
}

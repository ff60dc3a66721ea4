package se.kvalitet.applications.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.applications.boundary.AnswerView;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.applications.boundary.ApplicationFiles;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.DeadlineExtensions;
import se.kvalitet.applications.boundary.AttachmentView;
import se.kvalitet.applications.boundary.ContactView;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.platform.web.SaveStatus;

/**
 * Writing an application (bookmarkable by id): the answers per criterion (quality award) or the renewal
 * fields (renewal prize), the eligibility answers, explicit and automatic saving, submission.
 * <p>
 * Drafts are never lost: every save sends the version the writer last saw; when another contact saved in
 * between, the boundary refuses, the page says so in words and keeps the writer's text as typed (nothing
 * is reloaded over it), and automatic saving stops until the writer reloads on purpose.
 */
@Named("applicationEditPage")
@ViewScoped
public class EditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @Inject
    Applications applications;

    @Inject
    DeadlineExtensions extensions;

    @Inject
    ApplicationFiles applicationFiles;

    private String idParam;
    private Long id;
    private ApplicationView application;
    private long version;
    private final Map<String, String> answers = new HashMap<>();
    /** The indicator rows of each results criterion as typed, and the years each table shows. */
    private final Map<String, List<IndicatorForm>> indicators = new HashMap<>();
    private final Map<String, List<Integer>> indicatorYears = new HashMap<>();
    /** An administrator's extension being granted: the new deadline (city time) and the reason. */
    private java.time.LocalDateTime extensionUntil;
    private String extensionReason;
    private RenewalForm renewal;
    private EligibilityForm eligibility;
    private String savedSnapshot;
    private Instant savedAt;
    private boolean conflict;
    private boolean refused;
    private List<ContactView> contactChoices = List.of();
    private List<AttachmentView> attachments = List.of();
    private transient jakarta.servlet.http.Part file;
    private Long newContactId;

    /** Loads the application on the first request; unknown, malformed or someone else's id is a 404. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        id = Ids.parse(idParam);
        application = id == null ? null : applications.find(id).orElse(null);
        if (application == null) {
            Pages.notFound();
            return;
        }
        fill(application);
    }

    private void fill(ApplicationView view) {
        application = view;
        version = view.version();
        answers.clear();
        for (AnswerView answer : view.answers()) {
            answers.put(answer.code(), answer.text());
        }
        fillIndicators(view);
        renewal = RenewalForm.of(view.renewal());
        eligibility = EligibilityForm.of(view.eligibility());
        savedSnapshot = snapshot();
        conflict = false;
        refused = false;
        loadContactChoices();
        attachments = applicationFiles.attachments(id);
    }

    private void fillIndicators(ApplicationView view) {
        indicators.clear();
        indicatorYears.clear();
        for (AnswerView answer : view.answers()) {
            if (!answer.result()) {
                continue;
            }
            var saved = view.indicators().stream().filter(s -> s.criterionCode().equals(answer.code())).findFirst()
                    .map(se.kvalitet.applications.boundary.IndicatorSet::indicators).orElse(List.of());
            var years = IndicatorForm.years(view.cycleYear(), saved);
            indicatorYears.put(answer.code(), years);
            indicators.put(answer.code(), new java.util.ArrayList<>(saved.stream().map(d -> IndicatorForm.of(d, years)).toList()));
        }
    }

    /** Adds an empty indicator row to a results criterion's table (saved once something is in it). */
    public void addIndicator(String code) {
        var rows = indicators.get(code);
        if (rows != null && rows.size() < se.kvalitet.applications.control.IndicatorRules.MAX_ROWS) {
            rows.add(IndicatorForm.empty(indicatorYears.get(code)));
        }
    }

    /** Removes an indicator row; the autosave then saves the table without it. */
    public void removeIndicator(String code, int index) {
        var rows = indicators.get(code);
        if (rows != null && index >= 0 && index < rows.size()) {
            rows.remove(index);
            if (isEditable() && !conflict && !snapshot().equals(savedSnapshot)) {
                store(false);
            }
        }
    }

    /** The tables as the boundary takes them: every results criterion's rows that have anything in them. */
    private Map<String, List<se.kvalitet.applications.boundary.IndicatorDraft>> indicatorDrafts() {
        var drafts = new HashMap<String, List<se.kvalitet.applications.boundary.IndicatorDraft>>();
        indicators.forEach((code, rows) -> {
            var written = rows.stream().filter(r -> !r.blank()).toList();
            var list = new java.util.ArrayList<se.kvalitet.applications.boundary.IndicatorDraft>();
            for (int i = 0; i < written.size(); i++) {
                list.add(written.get(i).toDraft(code, i + 1));
            }
            drafts.put(code, list);
        });
        return drafts;
    }

    /** "Spara utkast": saves now (even unchanged, so the writer sees it happen). */
    public void save() {
        store(true);
    }

    /**
     * The shared autosave (kvalitet/autosave.js: after typing or a paste, on leaving a field, on a timer, before
     * leaving the page): saves only what changed, and never over someone else's save.
     */
    public void autosave() {
        boolean done = true;
        if (conflict) {
            done = false;
        } else if (application != null && application.editable() && !snapshot().equals(savedSnapshot)) {
            done = store(false);
        }
        SaveStatus.reportToScript(done);
    }

    private boolean store(boolean explicit) {
        if (!explicit && conflict) {
            return false;
        }
        if (!withinLimits()) {
            // the text stays in the field as typed: nothing is cut, the writer shortens it
            refused = true;
            return false;
        }
        String snapshot = snapshot();
        var result = Pages.attemptOrConflict(() -> applications.saveDraft(id, isQualityAward() ? normalizedAnswers() : null,
                isRenewalPrize() ? renewal.toDraft() : null, eligibility.toDraft(),
                isQualityAward() && !indicators.isEmpty() ? indicatorDrafts() : null, version));
        if (result.conflict()) {
            conflict = true;
            Messages.error("applications.page.edit.conflict");
            return false;
        }
        if (result.value() == null) {
            refused = true;
            return false;
        }
        refused = false;
        version = result.value();
        savedSnapshot = snapshot;
        if (explicit) {
            // what is still missing and the eligibility assessment, as saved; the fields stay as typed
            applications.find(id).ifPresent(v -> application = v);
        }
        savedAt = Instant.now();
        conflict = false;
        return true;
    }

    /** Throws away what is on the page and shows the application as saved (after a conflict). */
    public void reload() {
        applications.find(id).ifPresent(this::fill);
        savedAt = null;
    }

    /** Saves what is on the page, then submits; success shows the receipt (Post-Redirect-Get). */
    public String submit() {
        if (!snapshot().equals(savedSnapshot) && !store(true)) {
            return null;
        }
        var receipt = Pages.attempt(() -> applications.submit(id, version));
        if (receipt.isEmpty()) {
            applications.find(id).ifPresent(v -> application = v);
            return null;
        }
        Messages.info("applications.page.submitted");
        Messages.keepForRedirect();
        return "/applications/receipt?faces-redirect=true&id=" + id;
    }

    public String withdraw() {
        if (Pages.attempt(() -> {
            applications.withdraw(id);
            return Boolean.TRUE;
        }).isEmpty()) {
            return null;
        }
        Messages.info("applications.page.withdrawn");
        Messages.keepForRedirect();
        return "/applications/mine?faces-redirect=true";
    }

    /** Makes another applicant of the unit a contact person of the application. */
    public void addContact() {
        if (newContactId != null) {
            changeContacts(() -> applications.addContact(id, newContactId, version), "applications.page.contacts.added");
        }
    }

    public void removeContact(Long personId) {
        changeContacts(() -> applications.removeContact(id, personId, version), "applications.page.contacts.removed");
    }

    private void changeContacts(java.util.function.Supplier<Long> change, String doneKey) {
        var result = Pages.attemptOrConflict(change);
        if (result.conflict()) {
            conflict = true;
            Messages.error("applications.page.edit.conflict");
            return;
        }
        if (result.value() != null) {
            version = result.value();
            applications.find(id).ifPresent(v -> application = v);
            loadContactChoices();
            Messages.info(doneKey);
        }
    }

    private void loadContactChoices() {
        var current = application.contacts().stream().map(ContactView::personId).toList();
        contactChoices = application.editable() ? applications.contactChoices(id).stream()
                .filter(c -> !current.contains(c.personId())).toList() : List.of();
        newContactId = contactChoices.isEmpty() ? null : contactChoices.get(0).personId();
    }

    /** Attaches the chosen file; the boundary checks its type by content and the size limits. */
    public void upload() throws java.io.IOException {
        if (file == null || file.getSize() == 0) {
            Messages.error("applications.page.attachments.chooseFirst");
            return;
        }
        byte[] content;
        try (var in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        String name = file.getSubmittedFileName();
        var uploaded = Pages.attempt(() -> applicationFiles.upload(id, name, content));
        if (uploaded.isPresent()) {
            attachments = applicationFiles.attachments(id);
            Messages.info("applications.page.attachments.uploaded", uploaded.get().fileName());
        }
        file = null;
    }

    public void removeAttachment(Long attachmentId) {
        if (Pages.attempt(() -> {
            applicationFiles.removeAttachment(id, attachmentId);
            return Boolean.TRUE;
        }).isPresent()) {
            attachments = applicationFiles.attachments(id);
            Messages.info("applications.page.attachments.removed");
        }
    }

    public String size(AttachmentView attachment) {
        long bytes = attachment.sizeBytes();
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " kB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** Refuses (next to the field) an answer over its criterion's limit, counted as the counter counts. */
    private boolean withinLimits() {
        boolean ok = true;
        for (AnswerView answer : application.answers()) {
            if (Written.length(answers.get(answer.code())) > answer.maxLength()) {
                Messages.error("applications.page.edit.tooLongIn", answer.code(), answer.maxLength());
                ok = false;
            }
        }
        return ok;
    }

    private Map<String, String> normalizedAnswers() {
        var normalized = new HashMap<String, String>();
        answers.forEach((code, text) -> normalized.put(code, Written.normalized(text)));
        return normalized;
    }

    private String snapshot() {
        var parts = new StringBuilder();
        new java.util.TreeMap<>(normalizedAnswers()).forEach((k, v) -> parts.append(k).append('=').append(v).append('\u0000'));
        if (renewal != null) {
            parts.append(renewal.toDraft());
        }
        if (eligibility != null) {
            parts.append(eligibility.toDraft());
        }
        new java.util.TreeMap<>(indicators).forEach((code, rows) -> rows.forEach(r -> parts.append(code).append(':')
                .append(r.snapshot()).append('\u0000')));
        return parts.toString();
    }

    // ---- what the page shows

    public String getHeading() {
        if (application == null) {
            return Messages.text("applications.page.edit.title");
        }
        return Messages.text("applications.page.edit.titleWith", application.unitName() + " " + application.cycleYear());
    }

    public String getSaveStatus() {
        if (conflict) {
            return Messages.text("applications.page.edit.conflictShort");
        }
        if (refused) {
            return Messages.text("autosave.notSaved");
        }
        if (savedAt != null) {
            return Messages.text("applications.page.edit.saved", DateTimeFormatter.ofPattern("HH:mm").format(savedAt.atZone(CITY)));
        }
        return application != null && application.changedAt() != null
                ? Messages.text("applications.page.edit.saved", Pages.dateTime(application.changedAt()))
                : Messages.text("applications.page.edit.notSavedYet");
    }

    /** "1234 av 6000 tecken" as first rendered (the browser keeps it current while typing). */
    public String counter(String code, int max) {
        return Messages.text("applications.page.edit.counter", Written.length(answers.get(code)), max);
    }

    public String renewalCounter(String field) {
        return Messages.text("applications.page.edit.counter", Written.length(renewal.getTexts().get(field)), getMaxText());
    }

    public List<String> getEligibilityProblemTexts() {
        return application.ineligibleReasons().stream().map(Pages::text).toList();
    }

    public List<String> getWarningTexts() {
        return application.warnings().stream().map(Pages::text).toList();
    }

    public List<String> getMissingTexts() {
        return application.missing().stream().map(Pages::text).toList();
    }

    public String getDeadline() {
        return application == null || application.applicationClosesAt() == null ? null : Pages.dateTime(application.applicationClosesAt());
    }

    /** The unit's own deadline, when an administrator extended it: the date, the cycle's date and the reason. */
    public String getExtendedDeadline() {
        if (application == null || application.extension() == null) {
            return null;
        }
        return Messages.text("applications.page.edit.extendedDeadline", Pages.dateTime(application.extension().until()),
                Pages.dateTime(application.applicationClosesAt()), application.extension().reason());
    }

    public String getExtensionText() {
        var x = application == null ? null : application.extension();
        return x == null ? null : Messages.text("applications.page.extension.current", Pages.dateTime(x.until()),
                x.grantedBy(), x.reason());
    }

    /** Administrators: a draft may be given more time (the boundary checks the limits). */
    public boolean isExtensionShown() {
        return application != null && "DRAFT".equals(application.status()) && isAdmin();
    }

    /** Grants the extension as typed (city time); the page shows the application as it is then. */
    public void grantExtension() {
        Instant until = extensionUntil == null ? null : extensionUntil.atZone(CITY).toInstant();
        changeExtension(() -> extensions.extendDeadline(id, until, extensionReason, version),
                "applications.page.extension.granted");
    }

    public void revokeExtension() {
        changeExtension(() -> extensions.revokeExtension(id, version), "applications.page.extension.revoked");
    }

    private void changeExtension(java.util.function.Supplier<Long> change, String doneKey) {
        var result = Pages.attemptOrConflict(change);
        if (result.conflict()) {
            conflict = true;
            Messages.error("applications.page.edit.conflict");
            return;
        }
        if (result.value() != null) {
            version = result.value();
            applications.find(id).ifPresent(v -> application = v);
            extensionUntil = null;
            extensionReason = null;
            Messages.info(doneKey);
        }
    }

    /** The indicator rows of a results criterion (the page binds each field to its row). */
    public List<IndicatorForm> indicatorsOf(String code) {
        return indicators.getOrDefault(code, List.of());
    }

    /** The criterion's table as saved (the chart shows what is saved, not what is being typed). */
    public se.kvalitet.applications.boundary.IndicatorSet savedIndicators(String code) {
        var none = new se.kvalitet.applications.boundary.IndicatorSet(code, List.of());
        return application == null ? none : application.indicators().stream()
                .filter(s -> s.criterionCode().equals(code)).findFirst().orElse(none);
    }

    /** Whether another row may be added to the criterion's table. */
    public boolean canAddIndicator(String code) {
        return isEditable() && indicatorsOf(code).size() < se.kvalitet.applications.control.IndicatorRules.MAX_ROWS;
    }

    public int getMaxIndicators() {
        return se.kvalitet.applications.control.IndicatorRules.MAX_ROWS;
    }

    public boolean isEditable() {
        return application != null && application.editable();
    }

    public boolean isQualityAward() {
        return application != null && "QUALITY_AWARD".equals(application.award());
    }

    public boolean isRenewalPrize() {
        return application != null && "RENEWAL_PRIZE".equals(application.award());
    }

    public List<AnswerView> getCriteria() {
        return application.answers();
    }

    public List<String> getNomineeTypes() {
        return List.of("UNIT", "TEAM", "PROJECT");
    }

    public List<String> getRenewalTextFields() {
        return RenewalForm.TEXT_FIELDS;
    }

    public List<String> getYesNoQuestions() {
        return EligibilityForm.YES_NO;
    }

    public int getMaxTitle() {
        return 300;
    }

    public int getMaxText() {
        return 6000;
    }

    public String getBackOutcome() {
        return isApplicant() ? "/applications/mine" : "/applications/all";
    }

    public String getBackText() {
        return Messages.text("/applications/all".equals(getBackOutcome()) ? "applications.page.backAll" : "applications.page.back");
    }

    private static boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    private static boolean isApplicant() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("APPLICANT");
    }

    public ApplicationView getApplication() { return application; }
    public java.time.LocalDateTime getExtensionUntil() { return extensionUntil; }
    public void setExtensionUntil(java.time.LocalDateTime extensionUntil) { this.extensionUntil = extensionUntil; }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String extensionReason) { this.extensionReason = extensionReason; }
    public Map<String, String> getAnswers() { return answers; }
    public RenewalForm getRenewal() { return renewal; }
    public EligibilityForm getEligibility() { return eligibility; }
    public boolean isConflict() { return conflict; }
    public boolean isRefused() { return refused; }
    public List<ContactView> getContactChoices() { return contactChoices; }
    public List<AttachmentView> getAttachments() { return attachments; }
    public jakarta.servlet.http.Part getFile() { return file; }
    public void setFile(jakarta.servlet.http.Part file) { this.file = file; }
    public Long getNewContactId() { return newContactId; }
    public void setNewContactId(Long newContactId) { this.newContactId = newContactId; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
}

package se.kvalitet.examples.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import se.kvalitet.examples.boundary.GoodExamples;
import se.kvalitet.examples.boundary.Views;
import se.kvalitet.examples.entity.GoodExample;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.SaveStatus;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * /examples/admin/edit.xhtml?id=…: one record. The texts (saved with the version the administrator saw), the
 * personal-data warnings to acknowledge, publishing internally or publicly, unpublishing, images with alt text,
 * the unit's consents and their record.
 */
@Named("exampleEditPage")
@ViewScoped
public class EditPage implements Serializable {

    private final SaveStatus saveStatus = new SaveStatus();
    private static final long serialVersionUID = 1L;

    @Inject
    GoodExamples examples;

    private String idParam;
    private Views.ExampleView record;
    private Form form;
    private boolean acknowledged;
    private transient Part upload;
    private String altText;

    /** The editable texts; a plain bean for the form. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        public String title, summary, tags, motivation, whatWasDone, results, lessons, contactName, contactEmail,
                contactPhone, filmLink;
        public boolean contactConsent;

        GoodExample.Texts texts() {
            return new GoodExample.Texts(title, summary, tags, motivation, whatWasDone, results, lessons, contactName,
                    contactEmail, contactPhone, contactConsent, filmLink);
        }

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getSummary() { return summary; }
        public void setSummary(String v) { summary = v; }
        public String getTags() { return tags; }
        public void setTags(String v) { tags = v; }
        public String getMotivation() { return motivation; }
        public void setMotivation(String v) { motivation = v; }
        public String getWhatWasDone() { return whatWasDone; }
        public void setWhatWasDone(String v) { whatWasDone = v; }
        public String getResults() { return results; }
        public void setResults(String v) { results = v; }
        public String getLessons() { return lessons; }
        public void setLessons(String v) { lessons = v; }
        public String getContactName() { return contactName; }
        public void setContactName(String v) { contactName = v; }
        public String getContactEmail() { return contactEmail; }
        public void setContactEmail(String v) { contactEmail = v; }
        public String getContactPhone() { return contactPhone; }
        public void setContactPhone(String v) { contactPhone = v; }
        public String getFilmLink() { return filmLink; }
        public void setFilmLink(String v) { filmLink = v; }
        public boolean isContactConsent() { return contactConsent; }
        public void setContactConsent(boolean v) { contactConsent = v; }
    }

    public void load() throws IOException {
        Long id = Ids.parse(idParam);
        try {
            record = id == null ? null : examples.view(id);
        } catch (RuleViolation notFound) {
            record = null;
        }
        if (record == null) {
            Responses.notFound(Messages.text("examples.notFound", ""));
            return;
        }
        fillForm();
    }

    private void fillForm() {
        form = new Form();
        form.title = record.title();
        form.summary = record.summary();
        form.tags = String.join(", ", record.tags());
        form.motivation = record.motivation();
        form.whatWasDone = record.whatWasDone();
        form.results = record.results();
        form.lessons = record.lessons();
        form.contactName = record.contactName();
        form.contactEmail = record.contactEmail();
        form.contactPhone = record.contactPhone();
        form.contactConsent = record.contactConsent();
        form.filmLink = record.filmLink();
    }

    public void save() {
        if (Attempt.succeeded(() -> examples.edit(record.id(), form.texts(), record.version()))) {
            saveStatus.saved(java.time.Instant.now());
            Messages.info("examples.page.saved");
            reread();
        }
    }

    /**
     * The shared autosave (kvalitet/autosave.js) while the record is being prepared. A published record's texts
     * are what readers see, so they change only on an explicit save (the page still warns before leaving
     * unsaved text).
     */
    public void autosave() {
        boolean done = isPreparing() && Attempt.succeeded(() -> examples.edit(record.id(), form.texts(), record.version()));
        if (done) {
            reread();
        }
        saveStatus.record(done);
    }

    public boolean isPreparing() {
        return record != null && "DRAFT".equals(String.valueOf(record.publication()));
    }

    public SaveStatus getSaveStatus() { return saveStatus; }

    public void publishInternally() {
        publish("INTERNAL");
    }

    public void publishPublicly() {
        publish("PUBLIC");
    }

    private void publish(String audience) {
        if (Attempt.succeeded(() -> examples.publish(record.id(), audience, acknowledged, record.version()))) {
            Messages.info("examples.page.published." + audience);
            acknowledged = false;
        }
        reread();
    }

    public void unpublish() {
        if (Attempt.succeeded(() -> examples.unpublish(record.id(), record.version()))) {
            Messages.info("examples.page.unpublished");
        }
        reread();
    }

    public void addImage() throws IOException {
        if (upload == null) {
            Messages.error("examples.image.noFile");
            return;
        }
        byte[] content;
        try (var in = upload.getInputStream()) {
            content = in.readAllBytes();
        }
        String name = upload.getSubmittedFileName();
        if (Attempt.succeeded(() -> examples.addImage(record.id(), name, altText, content))) {
            Messages.info("examples.page.imageAdded");
            altText = null;
        }
        reread();
    }

    public void removeFile(Long fileId) {
        if (Attempt.succeeded(() -> examples.removeFile(record.id(), fileId))) {
            Messages.info("examples.page.fileRemoved");
        }
        reread();
    }

    /** The address of a file of this record. */
    public String file(Long fileId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/library/records/"
                + record.id() + "/files/" + fileId;
    }

    private void reread() {
        // keeps the administrator's unsaved texts on a refusal: only the record (version, state) is reread
        record = examples.view(record.id());
    }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public Views.ExampleView getRecord() { return record; }
    public Form getForm() { return form; }
    public boolean isAcknowledged() { return acknowledged; }
    public void setAcknowledged(boolean acknowledged) { this.acknowledged = acknowledged; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public String getAltText() { return altText; }
    public void setAltText(String altText) { this.altText = altText; }
}

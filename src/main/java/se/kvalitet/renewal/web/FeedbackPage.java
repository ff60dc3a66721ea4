package se.kvalitet.renewal.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.omnifaces.util.Faces;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.LocaleSelector;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.platform.web.SaveStatus;
import se.kvalitet.renewal.boundary.RenewalFeedbackView;
import se.kvalitet.renewal.boundary.RenewalFeedbacks;

/**
 * /renewal/feedback.xhtml?application=…: the renewal prize's feedback to one entrant. The administrator drafts it
 * from the jurors' justifications, edits it (the shared autosave) and releases it; the unit's people read it and
 * download the PDF once released. Whatever the caller may not reach is "not found".
 */
@Named("renewalFeedbackPage")
@ViewScoped
public class FeedbackPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RenewalFeedbacks feedbacks;

    @Inject
    LocaleSelector locale;

    private String applicationParam;
    private RenewalFeedbackView feedback;
    private String summary;
    private final Map<String, String> texts = new HashMap<>();
    private final SaveStatus status = new SaveStatus();

    public void load() throws IOException {
        Long id = Ids.parse(applicationParam);
        try {
            feedback = id == null ? null : feedbacks.view(id);
        } catch (RuleViolation | jakarta.ejb.EJBAccessException notTheirs) {
            feedback = null;
        }
        if (feedback == null) {
            notFound();
            return;
        }
        fill();
    }

    private void fill() {
        summary = feedback.summary();
        texts.clear();
        feedback.criteria().forEach(c -> texts.put(c.code(), c.text()));
    }

    public void draft() {
        if (Attempt.succeeded(() -> feedback = feedbacks.draft(feedback.applicationId()))) {
            fill();
            Messages.info("renewal.feedback.drafted");
        }
    }

    public void save() {
        if (store()) {
            Messages.info("renewal.feedback.saved");
        }
    }

    public void autosave() {
        status.record(store());
    }

    private boolean store() {
        if (!feedback.mayEdit() || feedback.version() == null) {
            return false;
        }
        boolean same = Objects.equals(blank(summary), blank(feedback.summary())) && feedback.criteria().stream()
                .allMatch(c -> Objects.equals(blank(texts.get(c.code())), blank(c.text())));
        if (same) {
            return true;
        }
        var given = new HashMap<String, String>();
        feedback.criteria().forEach(c -> given.put(c.code(), texts.get(c.code()) == null ? "" : texts.get(c.code())));
        long version = feedback.version();
        return Attempt.succeeded(() -> feedback = feedbacks.edit(feedback.applicationId(),
                summary == null ? "" : summary, given, version));
    }

    public void release() {
        if (store() && Attempt.succeeded(() -> feedback = feedbacks.release(feedback.applicationId(), feedback.version()))) {
            Messages.info("renewal.feedback.released");
        }
    }

    /** /renewal/feedback-pdf.xhtml?application=…: the PDF for whoever may read the feedback. */
    public void sendPdf() throws IOException {
        Long id = Ids.parse(applicationParam);
        byte[] pdf;
        try {
            pdf = id == null ? null : feedbacks.pdf(id, locale.getLanguage());
        } catch (RuleViolation | jakarta.ejb.EJBAccessException notTheirs) {
            pdf = null;
        }
        if (pdf == null) {
            notFound();
            return;
        }
        Faces.sendFile(pdf, "fornyelsepriset-aterkoppling-" + id + ".pdf", true);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.replace("\r\n", "\n").strip();
    }

    private static void notFound() throws IOException {
        Responses.notFound(Messages.text("renewal.feedback.notFound", ""));
    }

    public String getApplicationParam() { return applicationParam; }
    public void setApplicationParam(String applicationParam) { this.applicationParam = applicationParam; }
    public RenewalFeedbackView getFeedback() { return feedback; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Map<String, String> getTexts() { return texts; }
    public SaveStatus getStatus() { return status; }
}

package se.kvalitet.feedback.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.util.Faces;
import se.kvalitet.feedback.boundary.FeedbackReports;
import se.kvalitet.feedback.boundary.ReportView;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * /feedback/report.xhtml?application=…: one application's report. The leader drafts, the administrator reviews
 * and releases, both record the meeting; the applicant downloads once released. The boundary decides who may
 * do what; the buttons only follow its {@code may*} flags.
 */
@Named("feedbackReportPage")
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackReports reports;

    private String applicationParam;
    private ReportView report;
    private String language = "sv";
    private LocalDate meetingOn;
    private boolean edited;
    private boolean replaceEdits;

    @Inject
    se.kvalitet.feedback.boundary.ReportEditing editing;

    /** Loads the report; anything the caller may not see is "not found". */
    public void load() throws IOException {
        Long id = Ids.parse(applicationParam);
        try {
            report = id == null ? null : reports.view(id);
        } catch (RuleViolation notTheirs) {
            report = null;
        }
        if (report == null) {
            notFound();
            return;
        }
        language = report.language() == null ? "sv" : report.language();
        meetingOn = report.meetingOn();
        edited = edited();
    }

    /** Whether the drafted report has edited texts, which a redraft keeps unless the drafter replaces them. */
    private boolean edited() {
        if (!report.mayDraft() || report.version() == null) {
            return false;
        }
        try {
            return editing.texts(report.applicationId()).edited();
        } catch (RuleViolation notNow) {
            return false;
        }
    }

    public void draft() {
        change(() -> report = reports.draft(report.applicationId(), language, replaceEdits, report.version()),
                replaceEdits && edited ? "feedback.page.draftedReplaced" : "feedback.page.drafted");
        edited = edited();
        replaceEdits = false;
    }

    public void review() {
        change(() -> report = reports.review(report.applicationId(), report.version()), "feedback.page.reviewed");
    }

    public void release() {
        change(() -> report = reports.release(report.applicationId(), report.version()), "feedback.page.released");
    }

    public void saveMeeting() {
        change(() -> report = reports.recordMeeting(report.applicationId(), meetingOn, report.version()),
                "feedback.page.meetingSaved");
    }

    private void change(Runnable action, String doneKey) {
        if (Attempt.succeeded(action)) {
            Messages.info(doneKey);
        } else {
            // reread so the page shows what is stored now and the next try carries the current version
            report = reports.view(report.applicationId());
        }
    }

    /** /feedback/pdf.xhtml?application=…: the report's PDF, for whoever may download it. */
    public void sendPdf() throws IOException {
        Long id = Ids.parse(applicationParam);
        byte[] pdf;
        try {
            pdf = id == null ? null : reports.pdf(id);
        } catch (RuleViolation notReadable) {
            pdf = null;
        }
        if (pdf == null) {
            notFound();
            return;
        }
        Faces.sendFile(pdf, "aterkoppling-" + id + ".pdf", true);
    }

    private static void notFound() throws IOException {
        Responses.notFound(Messages.text("feedback.notFound", ""));
    }

    public String getApplicationParam() { return applicationParam; }
    public void setApplicationParam(String applicationParam) { this.applicationParam = applicationParam; }
    public ReportView getReport() { return report; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public LocalDate getMeetingOn() { return meetingOn; }
    public boolean isEdited() { return edited; }
    public boolean isReplaceEdits() { return replaceEdits; }
    public void setReplaceEdits(boolean replaceEdits) { this.replaceEdits = replaceEdits; }
    public void setMeetingOn(LocalDate meetingOn) { this.meetingOn = meetingOn; }
}

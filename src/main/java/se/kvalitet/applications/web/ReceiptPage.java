package se.kvalitet.applications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.applications.boundary.Applications;

/** The receipt of a submitted application (bookmarkable by id): registration number, time, the PDF. */
@Named("applicationReceiptPage")
@RequestScoped
public class ReceiptPage {

    @Inject
    Applications applications;

    private String idParam;
    private ApplicationView application;

    public void load() throws IOException {
        Long id = Ids.parse(idParam);
        application = id == null ? null : applications.find(id).orElse(null);
        if (application == null) {
            Pages.notFound();
        }
    }

    public boolean isSubmitted() {
        return application != null && application.submittedAt() != null && application.registrationNumber() != null;
    }

    public String getSubmittedAt() {
        return application == null ? null : Pages.dateTime(application.submittedAt());
    }

    public List<String> getWarningTexts() {
        return application.warnings().stream().map(Pages::text).toList();
    }

    public ApplicationView getApplication() { return application; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
}

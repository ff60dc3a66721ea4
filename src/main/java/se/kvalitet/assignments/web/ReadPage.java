package se.kvalitet.assignments.web;

import se.kvalitet.platform.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import se.kvalitet.applications.boundary.ApplicationFiles;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.AttachmentView;
import se.kvalitet.platform.web.Ids;

/**
 * An examiner reads an application of their team: the answer per criterion and the attachments. The
 * applications boundary decides whether they may (team, confirmation, no blocking conflict); otherwise the
 * page does not exist for them.
 */
@Named("readPage")
@RequestScoped
public class ReadPage {

    @Inject
    Applications applications;

    @Inject
    ApplicationFiles files;

    private String applicationParam;
    private ApplicationView application;
    private List<AttachmentView> attachments = List.of();

    public void load() throws IOException {
        Long id = Ids.parse(applicationParam);
        application = id == null ? null : applications.find(id).orElse(null);
        if (application == null) {
            Responses.notFound();
            return;
        }
        attachments = files.attachments(id);
    }

    /** The indicator table of a results criterion, empty when it has none (shown as a table and charts beside the answer). */
    public se.kvalitet.applications.boundary.IndicatorSet indicators(String code) {
        var none = new se.kvalitet.applications.boundary.IndicatorSet(code, List.of());
        return application == null ? none : application.indicators().stream()
                .filter(s -> s.criterionCode().equals(code)).findFirst().orElse(none);
    }

    public boolean isQualityAward() {
        return application != null && application.qualityAward();
    }

    public String getApplicationParam() { return applicationParam; }
    public void setApplicationParam(String applicationParam) { this.applicationParam = applicationParam; }
    public ApplicationView getApplication() { return application; }
    public List<AttachmentView> getAttachments() { return attachments; }
}

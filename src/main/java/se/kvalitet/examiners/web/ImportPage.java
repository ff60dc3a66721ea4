package se.kvalitet.examiners.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import se.kvalitet.examiners.boundary.Examiners;
import se.kvalitet.examiners.boundary.ImportReport;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * Imports the register from a CSV file in two steps: upload and preview (every row's action, every bad row
 * with its line), then confirm. The file's text is kept in the view between the steps; the import checks it
 * again, all or nothing.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Examiners examiners;

    private String cycleParam;
    private Long cycleId;
    private transient Part file;
    private String csv;
    private ImportReport report;

    public String load() {
        cycleId = Ids.parse(cycleParam);
        if (cycleId == null) {
            Messages.error("examiners.cycle.notFound", cycleParam);
            Messages.keepForRedirect();
            return "/examiners/register?faces-redirect=true";
        }
        return null;
    }

    public void preview() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.error("examiners.import.chooseFile");
            return;
        }
        try (var in = file.getInputStream()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        file = null;
        ImportReport[] checked = new ImportReport[1];
        if (Attempt.succeeded(() -> checked[0] = examiners.preview(cycleId, csv))) {
            report = checked[0];
        }
    }

    public String confirm() {
        ImportReport[] done = new ImportReport[1];
        if (csv == null || !Attempt.succeeded(() -> done[0] = examiners.importCsv(cycleId, csv))) {
            return null;
        }
        report = done[0];
        if (!report.committed()) {
            Messages.error("examiners.import.rejected", report.errors().size());
            return null;
        }
        Messages.info("examiners.import.done", report.lines().size());
        Messages.keepForRedirect();
        return "/examiners/register?faces-redirect=true&cycle=" + cycleId;
    }

    public void discard() {
        csv = null;
        report = null;
    }

    /** A bad row's reason in the page's language. */
    public String reason(ImportReport.Error error) {
        return Messages.text(error.key(), error.arguments().toArray());
    }

    public long count(String action) {
        return report == null ? 0 : report.count(ImportReport.Action.valueOf(action));
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getCycleId() { return cycleId; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public ImportReport getReport() { return report; }
}

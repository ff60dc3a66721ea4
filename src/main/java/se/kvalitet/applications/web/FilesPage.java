package se.kvalitet.applications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import se.kvalitet.applications.boundary.ApplicationFiles;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * Files of an application as plain GET links: the PDF of a submitted application (the receipt) and an
 * attachment. The boundary decides who may read them; anything the caller may not see is a 404.
 */
@Named("applicationFiles")
@RequestScoped
public class FilesPage {

    @Inject
    Applications applications;

    @Inject
    ApplicationFiles applicationFiles;

    private String idParam;
    private String attachmentParam;

    /** /applications/pdf.xhtml?id=…: the submitted application as PDF, in the page's language. */
    public void sendPdf() throws IOException {
        Long id = Ids.parse(idParam);
        byte[] pdf;
        try {
            pdf = id == null ? null : applicationFiles.pdf(id, FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        } catch (RuleViolation notReadable) {
            pdf = null;
        }
        if (pdf == null) {
            Pages.notFound();
            return;
        }
        Faces.sendFile(pdf, "ansokan-" + id + ".pdf", true);
    }

    /** /applications/attachment.xhtml?id=…&amp;attachment=…: one attached file as uploaded. */
    public void sendAttachment() throws IOException {
        Long id = Ids.parse(idParam);
        Long attachmentId = Ids.parse(attachmentParam);
        se.kvalitet.applications.boundary.AttachmentFile file;
        try {
            file = id == null || attachmentId == null ? null : applicationFiles.download(id, attachmentId);
        } catch (RuleViolation notReadable) {
            file = null;
        }
        if (file == null) {
            Pages.notFound();
            return;
        }
        Faces.sendFile(file.content(), file.fileName(), true);
    }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public String getAttachmentParam() { return attachmentParam; }
    public void setAttachmentParam(String attachmentParam) { this.attachmentParam = attachmentParam; }
}

package se.kvalitet.examples.web;

import se.kvalitet.platform.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import se.kvalitet.examples.boundary.Library;
import se.kvalitet.examples.boundary.Views;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * /examples/record.xhtml?id=… (the stable address /exempel/&lt;id&gt;-&lt;slug&gt; leads here): one good example
 * for whoever may read it; anything else is "not found".
 */
@Named("recordPage")
@RequestScoped
public class RecordPage {

    @Inject
    Library library;

    private String idParam;
    private Views.ExampleView record;

    public void load() throws IOException {
        Long id = Ids.parse(idParam);
        try {
            record = id == null ? null : library.record(id);
        } catch (RuleViolation notReadable) {
            record = null;
        }
        if (record == null) {
            Responses.notFound(Messages.text("examples.notFound", ""));
        }
    }

    /** The address of a file of this record. */
    public String file(Long fileId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/library/records/"
                + record.id() + "/files/" + fileId;
    }

    /** The library narrowed to the records strongest in the same criterion. */
    public String criterionLink(String title) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/examples/library.xhtml?criterion=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public Views.ExampleView getRecord() { return record; }
}

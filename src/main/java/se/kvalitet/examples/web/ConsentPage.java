package se.kvalitet.examples.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.kvalitet.examples.boundary.GoodExamples;
import se.kvalitet.examples.boundary.Views;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Messages;

/**
 * /examples/consent.xhtml: the unit's good-example records and its consent, for its applicant accounts: give or
 * refuse publication to staff (internal) and to everyone (public) separately; refusing a given consent withdraws
 * it and the record leaves that audience at once.
 */
@Named("consentPage")
@ViewScoped
public class ConsentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GoodExamples examples;

    private List<Views.ExampleView> records = List.of();

    public void load() {
        records = examples.ofMyUnit().stream().map(s -> examples.view(s.id())).toList();
    }

    public void decide(Long id, long version, String audience, boolean given) {
        if (Attempt.succeeded(() -> examples.consent(id, audience, given, version))) {
            Messages.info(given ? "examples.page.consentGiven" : "examples.page.consentRefused");
        }
        load();
    }

    public List<Views.ExampleView> getRecords() { return records; }
}

package se.kvalitet.feedback.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.kvalitet.feedback.boundary.ReportEditing;
import se.kvalitet.feedback.boundary.ReportTextsView;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.platform.web.SaveStatus;

/**
 * /feedback/texts.xhtml?application=…: the leader or an administrator edits the report's texts, starting from the
 * closed consensus's. One form, one save for every field (the shared autosave saves on typing, pasting, leaving),
 * always on the version the page holds; a stale save is refused and the typed text stays on the page.
 */
@Named("reportTextsPage")
@ViewScoped
public class ReportTextsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportEditing editing;

    private String applicationParam;
    private ReportTextsView texts;
    private String summary;
    private final Map<String, String> strengths = new HashMap<>();
    private final Map<String, String> improvements = new HashMap<>();
    private final SaveStatus status = new SaveStatus();

    public void load() throws IOException {
        Long id = Ids.parse(applicationParam);
        try {
            texts = id == null ? null : editing.texts(id);
        } catch (RuleViolation | jakarta.ejb.EJBAccessException notTheirs) {
            texts = null;
        }
        if (texts == null) {
            Responses.notFound(Messages.text("feedback.notFound", ""));
            return;
        }
        fill();
    }

    private void fill() {
        summary = texts.summary();
        texts.criteria().forEach(c -> {
            strengths.put(c.code(), c.strengths());
            improvements.put(c.code(), c.improvements());
        });
    }

    public void save() {
        if (store()) {
            Messages.info("feedback.texts.saved");
            fill();
        }
    }

    /** The timed save of the shared autosave: only when something changed. */
    public void autosave() {
        status.record(store());
    }

    private boolean store() {
        if (!texts.editable()) {
            return false;
        }
        if (!changed()) {
            return true;
        }
        List<ReportTextsView.CriterionInput> criteria = texts.criteria().stream()
                .map(c -> new ReportTextsView.CriterionInput(c.code(), strengths.get(c.code()), improvements.get(c.code())))
                .toList();
        var input = new ReportTextsView.Input(summary, criteria);
        long version = texts.version();
        return Attempt.succeeded(() -> texts = editing.save(texts.applicationId(), input, version));
    }

    private boolean changed() {
        return !same(summary, texts.summary()) || texts.criteria().stream().anyMatch(c ->
                !same(strengths.get(c.code()), c.strengths()) || !same(improvements.get(c.code()), c.improvements()));
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null ? "" : a.replace("\r\n", "\n").strip(), b == null ? "" : b.replace("\r\n", "\n").strip());
    }

    public String getApplicationParam() { return applicationParam; }
    public void setApplicationParam(String applicationParam) { this.applicationParam = applicationParam; }
    public ReportTextsView getTexts() { return texts; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Map<String, String> getStrengths() { return strengths; }
    public Map<String, String> getImprovements() { return improvements; }
    public SaveStatus getStatus() { return status; }
}

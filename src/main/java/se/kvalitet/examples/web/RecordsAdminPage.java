package se.kvalitet.examples.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.cycles.boundary.CycleSummary;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.examples.boundary.GoodExamples;
import se.kvalitet.examples.boundary.Views;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * /examples/admin/records.xhtml: the administrator's publishing desk. A cycle's announced decisions (prepare a
 * record from one; "not awarded" only when chosen) and every record with its publication and consents.
 */
@Named("examplesAdminPage")
@ViewScoped
public class RecordsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GoodExamples examples;

    @Inject
    Cycles cycles;

    private String cycleParam;
    private Long cycleId;
    private List<CycleSummary> cycleChoices = List.of();
    private List<Views.Candidate> candidates = List.of();
    private List<Views.ExampleSummary> records = List.of();
    private final Map<Long, Boolean> chosen = new HashMap<>();

    public void load() {
        cycleChoices = cycles.summaries();
        Long wanted = Ids.parse(cycleParam);
        if (wanted == null) {
            // the newest cycle with announced decisions, else the newest
            wanted = cycleChoices.stream().map(CycleSummary::id)
                    .filter(id -> !examples.candidates(id).isEmpty()).findFirst()
                    .orElse(cycleChoices.isEmpty() ? null : cycleChoices.get(0).id());
        }
        cycleId = wanted;
        refresh();
    }

    private void refresh() {
        candidates = cycleId == null ? List.of() : examples.candidates(cycleId);
        records = examples.all();
    }

    public String prepare(Long applicationId) {
        Long[] id = new Long[1];
        if (Attempt.succeeded(() -> id[0] = examples.prepare(applicationId, Boolean.TRUE.equals(chosen.get(applicationId))))) {
            Messages.info("examples.page.prepared");
            Messages.keepForRedirect();
            return "/examples/admin/edit?faces-redirect=true&id=" + id[0];
        }
        refresh();
        return null;
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public List<CycleSummary> getCycleChoices() { return cycleChoices; }
    public List<Views.Candidate> getCandidates() { return candidates; }
    public List<Views.ExampleSummary> getRecords() { return records; }
    public Map<Long, Boolean> getChosen() { return chosen; }
}

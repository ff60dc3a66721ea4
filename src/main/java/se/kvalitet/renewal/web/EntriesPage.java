package se.kvalitet.renewal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.renewal.boundary.JurorScores;
import se.kvalitet.renewal.boundary.RenewalEntry;

/**
 * The renewal prize's entries of a cycle for the jury: where the juror stands with each (recused, "I have no
 * conflict" still to confirm, not started, draft, submitted) and how many jurors have submitted; for the
 * administrator the same list to follow the work.
 */
@Named("renewalEntriesPage")
@ViewScoped
public class EntriesPage implements Serializable {

    @Inject JurorScores scores;
    @Inject Cycles cycles;
    @Inject se.kvalitet.cycles.boundary.CycleChoice cycleChoice;

    private String cycleParam;
    private Long cycleId;
    private List<RenewalEntry> rows;

    public void load() {
        if (rows != null) {
            return;
        }
        // the cycle in the address, else the one this person chose last, else the cycle with the jury
        cycleId = cycleChoice.resolve(cycleParam, se.kvalitet.cycles.boundary.CyclePurpose.JURY);
        refresh();
    }

    private void refresh() {
        rows = scores.entries(cycleId);
    }

    /** The juror confirms having no conflict with the entry; the list shows the way to the form afterwards. */
    public void confirm(RenewalEntry row) {
        if (Attempt.succeeded(() -> scores.confirmNoConflict(scores.entryId(row.reference())))) {
            Messages.info("renewal.page.entries.confirmed", row.label());
        }
        refresh();
    }

    public String status(RenewalEntry row) {
        if (row.recused()) {
            return Messages.text("renewal.status.RECUSED");
        }
        if ("NONE".equals(row.ownStatus())) {
            return "–";
        }
        if (!row.confirmed()) {
            return Messages.text("renewal.status.CONFIRM");
        }
        return Messages.text("renewal.status." + row.ownStatus());
    }

    public boolean isJuror(RenewalEntry row) {
        return !"NONE".equals(row.ownStatus());
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public List<RenewalEntry> getRows() { return rows; }
}

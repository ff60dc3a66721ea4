package se.kvalitet.conflicts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.kvalitet.conflicts.boundary.ConflictRow;
import se.kvalitet.conflicts.boundary.Conflicts;
import se.kvalitet.conflicts.boundary.PolicyView;
import se.kvalitet.conflicts.entity.ConflictReason;
import se.kvalitet.cycles.boundary.CycleSummary;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Messages;

/**
 * The administrator's conflicts of a cycle ({@code cycle.xhtml?cycle=…}, the current cycle by default):
 * every conflict with its reasons and ruling, filters, the waive/dismiss and revoke dialogs (a reason is
 * required), and the cycle's policy.
 */
@Named
@ViewScoped
public class CycleConflictsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Conflicts conflicts;

    @Inject
    Cycles cycles;

    @Inject
    se.kvalitet.cycles.boundary.CycleChoice cycleChoice;

    private String cycleParam;
    private Long cycleId;
    private List<ConflictRow> all = List.of();

    private String text;
    private String status;
    private String reasonFilter;

    private Long rulePersonId;
    private Long ruleApplicationId;
    private String ruleLabel;
    private String ruleKind = "WAIVER";
    private String ruleReason;

    private Long revokeId;
    private long revokeVersion;
    private String revokeLabel;

    private long policyVersion;
    private boolean ownAdministration = true;
    private Integer lookbackYears;

    public void load() {
        // the cycle in the address, else the one this person chose last, else the first under review
        cycleId = cycleChoice.resolve(cycleParam, se.kvalitet.cycles.boundary.CyclePurpose.REVIEW);
        reload();
        if (cycleId != null) {
            showPolicy(conflicts.policy(cycleId));
        }
    }

    private void reload() {
        all = cycleId == null ? List.of() : conflicts.inCycle(cycleId);
    }

    private void showPolicy(PolicyView policy) {
        policyVersion = policy.version();
        ownAdministration = policy.ownAdministration();
        lookbackYears = policy.lookbackYears();
    }


    public List<ConflictRow> getRows() {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(r -> wanted.isEmpty() || r.fullName().toLowerCase(Locale.ROOT).contains(wanted)
                        || (r.registrationNumber() != null && r.registrationNumber().toLowerCase(Locale.ROOT).contains(wanted))
                        || (r.unitName() != null && r.unitName().toLowerCase(Locale.ROOT).contains(wanted)))
                .filter(r -> status == null || status.isEmpty() || "blocking".equals(status) == r.blocks())
                .filter(r -> reasonFilter == null || reasonFilter.isEmpty() || r.reasons().contains(reasonFilter))
                .toList();
    }

    public void prepareRuling(ConflictRow row) {
        rulePersonId = row.personId();
        ruleApplicationId = row.applicationId();
        ruleLabel = row.fullName() + " – " + (row.registrationNumber() == null ? "#" + row.applicationId() : row.registrationNumber());
        ruleKind = "WAIVER";
        ruleReason = null;
    }

    public void rule() {
        if (Attempt.succeeded(() -> conflicts.rule(cycleId, rulePersonId, ruleApplicationId, ruleKind, ruleReason))) {
            Messages.info("conflicts.ruled");
            reload();
        }
    }

    public void prepareRevoke(ConflictRow row) {
        revokeId = row.rulingId();
        revokeVersion = row.rulingVersion();
        revokeLabel = row.fullName() + " – " + (row.registrationNumber() == null ? "#" + row.applicationId() : row.registrationNumber());
    }

    public void revoke() {
        if (Attempt.succeeded(() -> conflicts.revokeRuling(revokeId, revokeVersion))) {
            Messages.info("conflicts.revoked");
            reload();
        }
    }

    public void savePolicy() {
        PolicyView[] saved = new PolicyView[1];
        if (Attempt.succeeded(() -> saved[0] = conflicts.changePolicy(cycleId, policyVersion, ownAdministration,
                lookbackYears == null ? -1 : lookbackYears))) {
            showPolicy(saved[0]);
            Messages.info("saved");
            reload();
        }
    }

    public String reasonsOf(ConflictRow row) {
        return String.join(", ", row.reasons().stream().map(r -> Messages.text("conflicts.reason." + r)).toList());
    }

    public List<String> getReasons() {
        return Arrays.stream(ConflictReason.values()).map(Enum::name).toList();
    }

    public long getBlockingCount() {
        return all.stream().filter(ConflictRow::blocks).count();
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getReasonFilter() { return reasonFilter; }
    public void setReasonFilter(String reasonFilter) { this.reasonFilter = reasonFilter; }
    public String getRuleLabel() { return ruleLabel; }
    public String getRuleKind() { return ruleKind; }
    public void setRuleKind(String ruleKind) { this.ruleKind = ruleKind; }
    public String getRuleReason() { return ruleReason; }
    public void setRuleReason(String ruleReason) { this.ruleReason = ruleReason; }
    public String getRevokeLabel() { return revokeLabel; }
    public boolean isOwnAdministration() { return ownAdministration; }
    public void setOwnAdministration(boolean ownAdministration) { this.ownAdministration = ownAdministration; }
    public Integer getLookbackYears() { return lookbackYears; }
    public void setLookbackYears(Integer lookbackYears) { this.lookbackYears = lookbackYears; }
    public int getMaxLookback() { return se.kvalitet.conflicts.entity.ConflictPolicy.MAX_LOOKBACK_YEARS; }
}

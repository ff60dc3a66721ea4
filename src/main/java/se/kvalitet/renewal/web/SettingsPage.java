package se.kvalitet.renewal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.renewal.boundary.PrizeSetting;
import se.kvalitet.renewal.boundary.RenewalSettings;

/** The administrator sets the renewal prize's prize money of a cycle (whole kronor); refused input stays on the page. */
@Named("renewalSettingsPage")
@ViewScoped
public class SettingsPage implements Serializable {

    @Inject RenewalSettings settings;
    @Inject Cycles cycles;
    @Inject se.kvalitet.cycles.boundary.CycleChoice cycleChoice;

    private String cycleParam;
    private Long cycleId;
    /** Loaded once per view: the form's postbacks keep what the page showed. */
    private boolean loaded;
    private PrizeSetting setting;
    private String amount;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        // the cycle in the address, else the one this person chose last, else the cycle with the jury
        cycleId = cycleChoice.resolve(cycleParam, se.kvalitet.cycles.boundary.CyclePurpose.JURY);
        setting = settings.prize(cycleId).orElse(null);
        amount = setting == null || setting.amount() == null ? "" : String.valueOf(setting.amount());
    }

    public void save() {
        if (setting == null) {
            return;
        }
        if (Attempt.succeeded(() -> setting = settings.setPrizeAmount(cycleId, amount, setting.version()))) {
            amount = setting.amount() == null ? "" : String.valueOf(setting.amount());
            Messages.info(setting.amount() == null ? "renewal.page.settings.cleared" : "renewal.page.settings.saved",
                    setting.amount() == null ? "" : RankingPage.kronor(setting.amount()));
        }
    }

    public String phase() {
        return setting == null ? "" : Messages.text("cycle.phase." + setting.phase());
    }

    public String getCurrentAmount() {
        return setting == null || setting.amount() == null ? Messages.text("renewal.page.ranking.noPrize")
                : RankingPage.kronor(setting.amount());
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public PrizeSetting getSetting() { return setting; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
}

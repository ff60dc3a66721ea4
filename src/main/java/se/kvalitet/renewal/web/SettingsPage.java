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

    private String cycleParam;
    private Long cycleId;
    private PrizeSetting setting;
    private String amount;
    private List<Cycle.Choice> choices;

    public void load() {
        if (choices != null) {
            return;
        }
        cycleId = Cycle.chosen(cycles, cycleParam);
        choices = Cycle.choices(cycles);
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
    public List<Cycle.Choice> getChoices() { return choices; }
}

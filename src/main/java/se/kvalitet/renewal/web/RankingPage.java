package se.kvalitet.renewal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.renewal.boundary.RankingRow;
import se.kvalitet.renewal.boundary.RenewalRanking;
import se.kvalitet.renewal.boundary.RenewalStandings;

/**
 * The renewal prize's ranking of a cycle for jurors and the administrator: per entry the rank within its class,
 * the mean total, the criterion means and the spread, as the caller may see them (a juror sees an entry's figures
 * only after submitting their own scoring of it), and the prize money.
 */
@Named("renewalRankingPage")
@ViewScoped
public class RankingPage implements Serializable {

    @Inject RenewalStandings standings;
    @Inject Cycles cycles;
    @Inject se.kvalitet.cycles.boundary.CycleChoice cycleChoice;

    private String cycleParam;
    private Long cycleId;
    /** Loaded once per view: the form's postbacks keep what the page showed. */
    private boolean loaded;
    private RenewalRanking ranking;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        // the cycle in the address, else the one this person chose last, else the cycle with the jury
        cycleId = cycleChoice.resolve(cycleParam, se.kvalitet.cycles.boundary.CyclePurpose.JURY);
        try {
            ranking = cycleId == null ? null : standings.ranking(cycleId);
        } catch (RuleViolation refused) {
            Messages.error(refused);
        }
    }

    public String getPrizeAmount() {
        if (ranking == null || ranking.prizeAmount() == null) {
            return Messages.text("renewal.page.ranking.noPrize");
        }
        return kronor(ranking.prizeAmount());
    }

    static String kronor(int amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("sv")).format(amount).replace('\u00a0', ' ') + " kr";
    }

    public String mean(RankingRow row) {
        return row.mean() == null ? "–" : row.mean().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public String number(BigDecimal value) {
        return value == null ? "–" : value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public String rank(RankingRow row) {
        if (row.recused()) {
            return Messages.text("renewal.status.RECUSED");
        }
        if (!row.visible()) {
            return Messages.text("renewal.page.ranking.hidden");
        }
        return row.rank() == null ? Messages.text("renewal.page.ranking.unscored") : String.valueOf(row.rank());
    }

    public String phase() {
        return ranking == null ? "" : Messages.text("cycle.phase." + ranking.phase());
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public RenewalRanking getRanking() { return ranking; }
}

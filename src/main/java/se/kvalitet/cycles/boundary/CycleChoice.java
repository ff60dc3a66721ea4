package se.kvalitet.cycles.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.kvalitet.people.boundary.CycleChoices;
import se.kvalitet.platform.web.Ids;

/**
 * For the pages of every component: which cycle a page that belongs to a cycle shows, and the choices for its cycle choice
 * ({@code WEB-INF/templates/cycle-choice.xhtml}). The page's bean calls {@link #resolve} from its view action.
 */
@Named("cycleChoice")
@RequestScoped
public class CycleChoice {

    @Inject
    Cycles cycles;

    @Inject
    CycleChoices remembered;

    private Long chosen;
    private List<CycleSummary> choices;

    /**
     * The cycle in the address (remembered as the person's choice), else the person's last choice, else the
     * default of the page's purpose; null when there is no cycle. A cycle in the address that does not exist is
     * returned as it is (the page says it found nothing) and not remembered.
     */
    public Long resolve(String parameter, CyclePurpose purpose) {
        Long wanted = Ids.parse(parameter);
        if (wanted != null) {
            if (cycles.exists(wanted)) {
                remembered.remember(wanted);
            }
            chosen = wanted;
        } else {
            chosen = remembered.mine().or(() -> cycles.defaultFor(purpose)).orElse(null);
        }
        return chosen;
    }

    /** Every cycle, newest first. */
    public List<CycleSummary> getChoices() {
        if (choices == null) {
            choices = cycles.summaries();
        }
        return choices;
    }

    public Long getChosen() { return chosen; }
    public void setChosen(Long chosen) { this.chosen = chosen; }
}

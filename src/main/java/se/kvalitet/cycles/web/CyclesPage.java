package se.kvalitet.cycles.web;

import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.kvalitet.cycles.boundary.CycleRow;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.web.Messages;

/** The list of award cycles and the form that opens a new one. */
@Named
@RequestScoped
public class CyclesPage {

    @Inject
    Cycles cycles;

    private List<CycleRow> rows;
    private Integer year;
    private String name;
    /** The cycle whose set-up the new one takes over, or null to start empty. */
    private Long copyFrom;

    @PostConstruct
    void load() {
        rows = cycles.rows();
    }

    /** Opens the cycle and continues on its page (Post-Redirect-Get). */
    public String open() {
        Long[] opened = new Long[1];
        if (!Attempt.succeeded(() -> opened[0] = (copyFrom == null ? cycles.open(year, name)
                : cycles.openAsCopyOf(copyFrom, year, name)).getId())) {
            return null;
        }
        Messages.info("cycle.opened", year);
        Messages.keepForRedirect();
        return "/cycles/cycle?faces-redirect=true&id=" + opened[0];
    }

    public List<CycleRow> getRows() { return rows; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getCopyFrom() { return copyFrom; }
    public void setCopyFrom(Long copyFrom) { this.copyFrom = copyFrom; }
}

package se.kvalitet.cycles.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import se.kvalitet.cycles.boundary.Ceremony;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * The ceremony's day and place on /cycles/cycle.xhtml: set freely until the cycle moves past the announcement, then
 * locked and corrected only with a reason that goes on record (the boundary decides; the form only follows).
 */
@Named("ceremonyForm")
@ViewScoped
public class CeremonyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cycles cycles;

    private Ceremony ceremony;
    private LocalDate on;
    private String place;
    private String reason;

    /** Reads the cycle's ceremony (the page's {@code id} parameter). */
    public Ceremony getCeremony() {
        if (ceremony == null) {
            Long id = Ids.parse(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("id"));
            ceremony = id == null ? null : cycles.ceremony(id).orElse(null);
            if (ceremony != null) {
                on = ceremony.on();
                place = ceremony.place();
            }
        }
        return ceremony;
    }

    public void save() {
        var current = ceremony;
        if (current != null && Attempt.succeeded(() -> ceremony = cycles.planCeremony(current.cycleId(), on, place,
                current.locked() ? reason : null, current.cycleVersion()))) {
            Messages.info("cycle.ceremony.saved");
            reason = null;
        }
    }

    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}

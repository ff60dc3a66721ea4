package se.kvalitet.platform.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one save status every long-text form shows under its fields ("Sparat 14:32" in the city's time, or that
 * the last save was refused and the text is still on the page), kept by the page between its autosaves
 * ({@code kvalitet/autosave.js}). Pages tell the script how a save went with {@link #reportToScript}.
 */
public final class SaveStatus implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private Instant savedAt;
    private boolean refused;

    public void saved(Instant at) {
        savedAt = at;
        refused = false;
    }

    public void refused() {
        refused = true;
    }

    /** Records the outcome and passes it to the script's {@code KvalitetAutosave.saved(args, form)}. */
    public boolean record(boolean done) {
        if (done) {
            saved(Instant.now());
        } else {
            refused();
        }
        reportToScript(done);
        return done;
    }

    public static void reportToScript(boolean done) {
        var ajax = org.primefaces.PrimeFaces.current();
        if (ajax.isAjaxRequest()) {
            ajax.ajax().addCallbackParam("saved", done);
        }
    }

    public boolean isRefused() { return refused; }

    public Instant getSavedAt() { return savedAt; }

    /** "Sparat 14:32", "Inte sparat: …", or empty before the first save of this page. */
    public String getText() {
        if (refused) {
            return Messages.text("autosave.notSaved");
        }
        return savedAt == null ? "" : Messages.text("autosave.savedAt", HOUR_MINUTE.format(savedAt.atZone(CITY)));
    }
}

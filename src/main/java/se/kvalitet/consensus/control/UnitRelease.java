package se.kvalitet.consensus.control;

import java.time.LocalDate;

/**
 * When a unit's own people may see the result of their application's consensus: once it is closed and the
 * cycle's feedback date has come (the day the results reach the units, after the jury's announcement). A cycle
 * without a feedback date releases nothing. Administrators see a closed consensus at any time.
 */
public final class UnitRelease {

    public enum Viewer { ADMIN, OWN_UNIT, OTHER }

    private UnitRelease() {
    }

    public static boolean visible(Viewer viewer, boolean closed, LocalDate feedbackOn, LocalDate today) {
        if (!closed || viewer == Viewer.OTHER) {
            return false;
        }
        return viewer == Viewer.ADMIN || (feedbackOn != null && !today.isBefore(feedbackOn));
    }
}

package se.kvalitet.renewal.control;

/**
 * Blindness of the jury's scoring, the one rule every route asks: what a person may see of the scores on one
 * renewal-prize entry. A juror scores alone; until their own scoring of the entry is submitted, nothing of another
 * juror's reaches them: no scores, justifications, totals, means, spread or rank. A recused juror (a conflict
 * blocks) sees no figures of the entry at all. How many have submitted (never what) is open to every juror, so
 * the jury knows when it can meet. The administrator sees everything submitted; drafts are their author's only.
 */
public final class Blindness {

    /** Who asks, relative to the entry. */
    public enum Viewer { ADMIN, JUROR, RECUSED, OUTSIDER }

    /** Where the viewer's own scoring of the entry stands. */
    public enum Own { NOT_STARTED, DRAFT, SUBMITTED }

    /** What is asked for. */
    public enum What { OWN, OTHERS_SUBMITTED, OTHERS_DRAFTS, AGGREGATE, PROGRESS }

    private Blindness() {
    }

    public static boolean sees(Viewer viewer, Own own, What what) {
        return switch (viewer) {
            case OUTSIDER -> false;
            case ADMIN -> what == What.OTHERS_SUBMITTED || what == What.AGGREGATE || what == What.PROGRESS;
            case RECUSED -> what == What.PROGRESS;
            case JUROR -> switch (what) {
                case OWN, PROGRESS -> true;
                case OTHERS_SUBMITTED, AGGREGATE -> own == Own.SUBMITTED;
                case OTHERS_DRAFTS -> false;
            };
        };
    }
}

package se.kvalitet.scoring.control;

/**
 * Blindness, the one rule every route asks: what a person may see of an application's individual assessments.
 * An examiner scores alone; until their own assessment is submitted (or consensus has locked it) nothing of a
 * teammate's reaches them: no scores, texts, totals, averages, or counts per score. Drafts are nobody's business
 * but their author's. The team's progress (how many have submitted, never what) is the leader's and the
 * administrator's, so the leader knows when to open consensus.
 */
public final class Visibility {

    /** Who asks, relative to the application's team. */
    public enum Viewer { ADMIN, LEADER, MEMBER, OUTSIDER }

    /** Where the viewer's own assessment of the application stands. */
    public enum Own { NOT_STARTED, DRAFT, SUBMITTED, LOCKED }

    /** What is asked for. */
    public enum What { OWN, TEAMMATES_SUBMITTED, TEAMMATES_DRAFTS, TEAM_PROGRESS }

    private Visibility() {
    }

    public static boolean sees(Viewer viewer, Own own, What what) {
        return switch (viewer) {
            case OUTSIDER -> false;
            case ADMIN -> what == What.TEAMMATES_SUBMITTED || what == What.TEAM_PROGRESS;
            case LEADER, MEMBER -> switch (what) {
                case OWN -> true;
                case TEAMMATES_SUBMITTED -> own == Own.SUBMITTED || own == Own.LOCKED;
                case TEAMMATES_DRAFTS -> false;
                case TEAM_PROGRESS -> viewer == Viewer.LEADER;
            };
        };
    }
}

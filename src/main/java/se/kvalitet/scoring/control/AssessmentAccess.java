package se.kvalitet.scoring.control;

import se.kvalitet.scoring.control.Visibility.Viewer;

/**
 * Who may reach an application's assessments at all, before {@link Visibility} says what they see of them. One
 * rule for every route (pages, REST, the consensus sheet that shows the individual scores): somebody off the team
 * gets "not found"; an examiner on the team with a blocking conflict of interest too, whatever they confirmed
 * before declaring it (a conflict closes the application, and ids must not tell them it is still there); an
 * examiner who has not yet confirmed having no conflict is asked to. Administrators follow the work from outside
 * the team; their own conflicts are not asked here, as for the application itself.
 */
public final class AssessmentAccess {

    /** The answer to "may this person reach the application's assessments now?". */
    public enum Answer { ALLOWED, NOT_FOUND, CONFIRM_FIRST }

    private AssessmentAccess() {
    }

    public static Answer reach(Viewer viewer, boolean conflictBlocks, boolean confirmed) {
        return switch (viewer) {
            case OUTSIDER -> Answer.NOT_FOUND;
            case ADMIN -> Answer.ALLOWED;
            case LEADER, MEMBER -> conflictBlocks ? Answer.NOT_FOUND : confirmed ? Answer.ALLOWED : Answer.CONFIRM_FIRST;
        };
    }
}

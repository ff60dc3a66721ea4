package se.kvalitet.feedback.control;

import java.time.LocalDate;

/**
 * The one access rule for an application's feedback report and the results it carries: may this person see or
 * work on it now? Administrators everything; the leader of the team drafts, previews and records the meeting,
 * unless a conflict of interest blocks them and the application (then it is "not found", as every other route to
 * the application's content); the people of the unit read the report only once it is released, and so the
 * consensus results behind it, and the score and points only where the cycle's setting shows them. Anybody else:
 * "not found".
 */
public final class ReportRule {

    /** The caller's part in the application's report. */
    public enum Part { ADMIN, LEADER, APPLICANT, NONE }

    /** What they want: read it (page, PDF, the unit's results), or work on it (draft, meeting date). */
    public enum Action { READ, WORK }

    private ReportRule() {
    }

    /**
     * @param part           ADMIN, LEADER of the team, APPLICANT of the unit (the applications component vouches
     *                       for the unit), or NONE
     * @param conflictBlocks whether a conflict of interest blocks the caller and the application
     * @param released       whether the report has been released to the unit
     */
    public static boolean allows(Part part, boolean conflictBlocks, boolean released, Action action) {
        return switch (part) {
            case ADMIN -> true;
            case LEADER -> !conflictBlocks;
            case APPLICANT -> action == Action.READ && released;
            case NONE -> false;
        };
    }

    /**
     * Whether the unit sees its consensus result: the report released (which the release itself allows only from
     * the feedback date on) and the feedback date reached. Both, so neither a report released by mistake before
     * the date nor a date reached without a released report shows anything.
     */
    public static boolean unitSeesResult(boolean released, LocalDate feedbackOn, LocalDate today) {
        return released && feedbackOn != null && !today.isBefore(feedbackOn);
    }
}

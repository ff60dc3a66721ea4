package se.kvalitet.consensus.control;

/**
 * The one access rule for an application's consensus sheet and its site visit: may this person read it, work on
 * it, lead it, now? Administrators follow everything and may do the leader's steps where the boundary allows them
 * (open with an override, the site visit); the team's members read and work; its leader opens, closes and runs the
 * visit. Anybody else is told "not found", and so is a team member with a blocking conflict of interest with the
 * application: a conflict closes every route to the application's content, the scores of the teammates included,
 * and the answer must not tell them the sheet is still there. Administrators' own conflicts are not asked here,
 * as for the application itself.
 */
public final class SheetAccess {

    /** Where the caller sits relative to the application's committed team. */
    public enum Relation { LEADER, MEMBER, NONE }

    /** What they want to do. */
    public enum Action {
        /** see the sheet, the individual scores as scoring lets them, the site visit */
        READ,
        /** agree scores, themes, the recommendation, sign off */
        WORK,
        /** close the sheet: the leader alone */
        LEAD,
        /** open, the site visit and its adjustments: the leader or an administrator */
        LEAD_OR_ADMIN
    }

    public enum Answer { ALLOWED, NOT_FOUND, MEMBERS_ONLY, LEADER_ONLY }

    private SheetAccess() {
    }

    /**
     * @param relation       the caller's relation to the team (a member who also administers sits on the team first)
     * @param administrator  whether the caller also administers
     * @param conflictBlocks whether a conflict of interest blocks the caller and the application
     */
    public static Answer decide(Relation relation, boolean administrator, boolean conflictBlocks, Action action) {
        boolean onTeam = relation == Relation.LEADER || relation == Relation.MEMBER;
        if (onTeam && conflictBlocks || relation == Relation.NONE && !administrator) {
            return Answer.NOT_FOUND;
        }
        return switch (action) {
            case READ -> Answer.ALLOWED;
            case WORK -> onTeam ? Answer.ALLOWED : Answer.MEMBERS_ONLY;
            case LEAD -> relation == Relation.LEADER ? Answer.ALLOWED : Answer.LEADER_ONLY;
            case LEAD_OR_ADMIN -> relation == Relation.LEADER || administrator ? Answer.ALLOWED : Answer.LEADER_ONLY;
        };
    }
}

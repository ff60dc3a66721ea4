package se.kvalitet.assignments.control;

import java.util.List;

/**
 * The team proposed (or adjusted) for one application.
 *
 * @param applicationId the application
 * @param leaderId      the member who leads the team; also in {@code memberIds}
 * @param memberIds     all members, the leader first
 */
public record ProposedTeam(long applicationId, long leaderId, List<Long> memberIds) {

    public ProposedTeam {
        memberIds = List.copyOf(memberIds);
    }
}

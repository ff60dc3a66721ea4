package se.kvalitet.assignments.control;

import java.util.List;

/**
 * A team as it stands in a proposal while the administrator edits it: possibly not yet full, possibly not yet
 * led (an application the solver could not staff is filled seat by seat).
 *
 * @param leaderId null while nobody leads
 */
public record TeamDraft(long applicationId, Long leaderId, List<Long> memberIds) {

    public TeamDraft {
        memberIds = List.copyOf(memberIds);
    }

    public boolean complete(int teamSize) {
        return leaderId != null && memberIds.size() == teamSize;
    }
}

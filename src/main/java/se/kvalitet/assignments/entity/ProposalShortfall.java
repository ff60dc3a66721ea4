package se.kvalitet.assignments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Why an application's team is not full: seats and leader still missing, and the solver's explanation
 * (how many examiners had a conflict, how many had no room, how many could lead). Immutable.
 */
@Embeddable
public class ProposalShortfall {

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "missing_members")
    private int missingMembers;

    @Column(name = "missing_leader")
    private boolean missingLeader;

    @Column(name = "conflicted_examiners")
    private int conflictedExaminers;

    @Column(name = "examiners_without_room")
    private int examinersWithoutRoom;

    @Column(name = "eligible_leaders")
    private int eligibleLeaders;

    protected ProposalShortfall() {
    }

    public ProposalShortfall(Long applicationId, int missingMembers, boolean missingLeader, int conflictedExaminers,
                             int examinersWithoutRoom, int eligibleLeaders) {
        this.applicationId = applicationId;
        this.missingMembers = missingMembers;
        this.missingLeader = missingLeader;
        this.conflictedExaminers = conflictedExaminers;
        this.examinersWithoutRoom = examinersWithoutRoom;
        this.eligibleLeaders = eligibleLeaders;
    }

    /** The same explanation with what is still missing now. */
    ProposalShortfall withMissing(int members, boolean leader) {
        return new ProposalShortfall(applicationId, members, leader, conflictedExaminers, examinersWithoutRoom,
                eligibleLeaders);
    }

    public Long getApplicationId() { return applicationId; }
    public int getMissingMembers() { return missingMembers; }
    public boolean isMissingLeader() { return missingLeader; }
    public int getConflictedExaminers() { return conflictedExaminers; }
    public int getExaminersWithoutRoom() { return examinersWithoutRoom; }
    public int getEligibleLeaders() { return eligibleLeaders; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProposalShortfall s && Objects.equals(applicationId, s.applicationId)
                && missingMembers == s.missingMembers && missingLeader == s.missingLeader
                && conflictedExaminers == s.conflictedExaminers && examinersWithoutRoom == s.examinersWithoutRoom
                && eligibleLeaders == s.eligibleLeaders;
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationId, missingMembers, missingLeader);
    }
}

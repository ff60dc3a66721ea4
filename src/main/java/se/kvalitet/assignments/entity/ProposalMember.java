package se.kvalitet.assignments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One seat in a proposed team. Immutable: a change replaces the seat, so the collection sees it. */
@Embeddable
public class ProposalMember {

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "person_id")
    private Long personId;

    private boolean leader;

    protected ProposalMember() {
    }

    public ProposalMember(Long applicationId, Long personId, boolean leader) {
        this.applicationId = applicationId;
        this.personId = personId;
        this.leader = leader;
    }

    public Long getApplicationId() { return applicationId; }
    public Long getPersonId() { return personId; }
    public boolean isLeader() { return leader; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProposalMember m && Objects.equals(applicationId, m.applicationId)
                && Objects.equals(personId, m.personId) && leader == m.leader;
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationId, personId, leader);
    }
}

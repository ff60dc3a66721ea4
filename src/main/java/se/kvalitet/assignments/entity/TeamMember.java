package se.kvalitet.assignments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An examiner on a committed team, and whether they lead it. */
@Embeddable
public class TeamMember {

    @Column(name = "person_id")
    private Long personId;

    private boolean leader;

    protected TeamMember() {
    }

    public TeamMember(Long personId, boolean leader) {
        this.personId = personId;
        this.leader = leader;
    }

    public Long getPersonId() { return personId; }
    public boolean isLeader() { return leader; }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeamMember m && Objects.equals(personId, m.personId) && leader == m.leader;
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, leader);
    }
}

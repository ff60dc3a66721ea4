package se.kvalitet.consensus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** A team member's "I agree with this sheet as it stands". */
@Embeddable
public class Signoff {

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected Signoff() {
    }

    public Signoff(Long personId, Instant signedAt) {
        this.personId = personId;
        this.signedAt = signedAt;
    }

    public Long getPersonId() { return personId; }
    public Instant getSignedAt() { return signedAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signoff other && Objects.equals(personId, other.personId);
    }

    @Override
    public int hashCode() { return Objects.hashCode(personId); }
}

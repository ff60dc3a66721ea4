package se.kvalitet.consensus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A team member's "I agree with this sheet as it stands". A row of its own rather than part of the sheet, so
 * that members signing at the same moment do not bump the sheet's version and refuse each other; any change
 * to the sheet's content deletes the sign-offs (a member signed a different sheet).
 */
@Entity
@Table(name = "consensus_signoff")
@IdClass(Signoff.Key.class)
public class Signoff {

    public static class Key implements Serializable {
        private Long consensusId;
        private Long personId;

        public Key() {
        }

        public Key(Long consensusId, Long personId) {
            this.consensusId = consensusId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(consensusId, k.consensusId) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() { return Objects.hash(consensusId, personId); }
    }

    @Id
    @Column(name = "consensus_id")
    private Long consensusId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected Signoff() {
    }

    public Signoff(Long consensusId, Long personId, Instant signedAt) {
        this.consensusId = consensusId;
        this.personId = personId;
        this.signedAt = signedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public Long getConsensusId() { return consensusId; }
    public Long getPersonId() { return personId; }
    public Instant getSignedAt() { return signedAt; }
}

package se.kvalitet.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The award cycle a person last chose on a page that belongs to a cycle, so that the next such page opens on it
 * (on either node, after signing out and in). One per person; a later choice replaces it, with no version: the
 * last choice is the one that counts.
 */
@Entity
@Table(name = "person_cycle_choice")
public class CycleChoice {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected CycleChoice() {
    }

    public CycleChoice(Long personId, Long cycleId, Instant chosenAt) {
        this.personId = Objects.requireNonNull(personId);
        choose(cycleId, chosenAt);
    }

    /** The person chose another cycle (or the same one again). */
    public void choose(Long cycleId, Instant chosenAt) {
        this.cycleId = Objects.requireNonNull(cycleId);
        this.chosenAt = Objects.requireNonNull(chosenAt);
    }

    public Long getPersonId() { return personId; }
    public Long getCycleId() { return cycleId; }
    public Instant getChosenAt() { return chosenAt; }
}

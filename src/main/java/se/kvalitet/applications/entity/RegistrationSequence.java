package se.kvalitet.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The next running number of a cycle's registration numbers. Read with a pessimistic write lock in the
 * submitting transaction, so numbers are unique and gap-free: a rolled-back submission gives its number back.
 */
@Entity
@Table(name = "registration_sequence")
public class RegistrationSequence {

    @Id
    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "next_value")
    private int nextValue = 1;

    @Version
    private long version;

    protected RegistrationSequence() {
    }

    public RegistrationSequence(Long cycleId) {
        this.cycleId = cycleId;
    }

    /** Hands out the next number (1, 2, 3, …). */
    public int take() {
        return nextValue++;
    }

    public Long getCycleId() { return cycleId; }
    public int getNextValue() { return nextValue; }
}

package se.kvalitet.conflicts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "I have no conflict with this application", given by an examiner or juror before its content opens to
 * them. Never changed: if they find a conflict later, they declare it, and the declaration wins.
 */
@Entity
@Table(name = "conflict_confirmation")
public class ConflictConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "acting_as")
    private ActingAs actingAs;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected ConflictConfirmation() {
    }

    public ConflictConfirmation(Long cycleId, Long personId, Long applicationId, ActingAs actingAs, Instant now) {
        this.cycleId = cycleId;
        this.personId = personId;
        this.applicationId = applicationId;
        this.actingAs = actingAs;
        this.confirmedAt = now;
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getPersonId() { return personId; }
    public Long getApplicationId() { return applicationId; }
    public ActingAs getActingAs() { return actingAs; }
    public Instant getConfirmedAt() { return confirmedAt; }
}

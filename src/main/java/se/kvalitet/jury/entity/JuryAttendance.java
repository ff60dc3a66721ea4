package se.kvalitet.jury.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A juror present at the cycle's jury meeting. */
@Entity
@Table(name = "jury_attendance")
public class JuryAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected JuryAttendance() {
    }

    public JuryAttendance(Long cycleId, Long personId, Instant now) {
        this.cycleId = cycleId;
        this.personId = personId;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getPersonId() { return personId; }
    public Instant getRecordedAt() { return recordedAt; }
}

package se.kvalitet.jury.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The neutral label of one application in its cycle's jury work: drawn at random once, never changed. */
@Entity
@Table(name = "jury_blind_code")
public class JuryBlindCode {

    @Id
    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(nullable = false, updatable = false, length = 16)
    private String code;

    protected JuryBlindCode() {
    }

    public JuryBlindCode(Long applicationId, Long cycleId, String code) {
        this.applicationId = applicationId;
        this.cycleId = cycleId;
        this.code = code;
    }

    public Long getApplicationId() { return applicationId; }
    public Long getCycleId() { return cycleId; }
    public String getCode() { return code; }
}

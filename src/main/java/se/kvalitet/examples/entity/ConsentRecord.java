package se.kvalitet.examples.entity;

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
 * One consent decision of the unit about a record: which audience, given, refused or withdrawn, by whom and
 * when. Never changed or deleted: the consent record of a published good example.
 */
@Entity
@Table(name = "good_example_consent")
public class ConsentRecord {

    public enum Decision { GIVEN, REFUSED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "example_id", nullable = false, updatable = false)
    private Long exampleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Publication audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Decision decision;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ConsentRecord() {
    }

    public ConsentRecord(Long exampleId, Publication audience, Decision decision, Long personId, String decidedBy,
                         Instant decidedAt) {
        this.exampleId = exampleId;
        this.audience = audience;
        this.decision = decision;
        this.personId = personId;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() { return id; }
    public Long getExampleId() { return exampleId; }
    public Publication getAudience() { return audience; }
    public Decision getDecision() { return decision; }
    public Long getPersonId() { return personId; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}

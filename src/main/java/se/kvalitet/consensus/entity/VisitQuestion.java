package se.kvalitet.consensus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A question the site visit is to verify for one criterion, and what the visit found. */
@Entity
@Table(name = "visit_question")
public class VisitQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "site_visit_id")
    private SiteVisit visit;

    private int position;

    @Column(name = "criterion_code")
    private String criterionCode;

    private String question;

    @Enumerated(EnumType.STRING)
    private VisitOutcome outcome;

    private String note;

    protected VisitQuestion() {
    }

    VisitQuestion(SiteVisit visit, int position, String criterionCode, String question) {
        this.visit = visit;
        this.position = position;
        this.criterionCode = criterionCode;
        this.question = question;
    }

    void record(VisitOutcome outcome, String note) {
        this.outcome = outcome;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    public Long getId() { return id; }
    public SiteVisit getVisit() { return visit; }
    public int getPosition() { return position; }
    public String getCriterionCode() { return criterionCode; }
    public String getQuestion() { return question; }
    public VisitOutcome getOutcome() { return outcome; }
    public String getNote() { return note; }
}

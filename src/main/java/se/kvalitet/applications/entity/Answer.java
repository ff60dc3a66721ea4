package se.kvalitet.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The answer to one criterion (by its code) of the category's evaluation model. Changed only through
 * {@link Application#saveAnswer}, which enforces the length limit and raises the application's version.
 */
@Entity
@Table(name = "application_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @Column(name = "criterion_id")
    private Long criterionId;

    @Column(name = "criterion_code")
    private String criterionCode;

    @Column(name = "answer_text")
    private String text;

    @Version
    private long version;

    protected Answer() {
    }

    Answer(Application application, Long criterionId, String criterionCode) {
        this.application = application;
        this.criterionId = criterionId;
        this.criterionCode = criterionCode;
    }

    void setText(String text) { this.text = text; }

    public Long getId() { return id; }
    public Long getCriterionId() { return criterionId; }
    public String getCriterionCode() { return criterionCode; }
    public String getText() { return text; }
    public long getVersion() { return version; }
}

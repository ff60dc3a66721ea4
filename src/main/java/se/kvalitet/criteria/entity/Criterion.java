package se.kvalitet.criteria.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * One criterion of an evaluation model: what the unit must show, the questions that guide the answer,
 * its weight (maximum points) and how long the applicant's answer may be.
 */
@Entity
@Table(name = "criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id")
    private EvaluationModel model;

    private int position;

    @NotBlank
    @Size(max = 20)
    private String code;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 10000)
    private String description;

    /** One question per line. */
    @Size(max = 10000)
    @Column(name = "guiding_questions")
    private String guidingQuestions;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "criterion_type")
    private CriterionType type = CriterionType.PROCESS;

    @Min(1)
    @Max(1000)
    @Column(name = "max_points")
    private int maxPoints;

    @Min(100)
    @Max(100000)
    @Column(name = "answer_max_length")
    private int answerMaxLength;

    @Version
    private long version;

    protected Criterion() {
    }

    Criterion(EvaluationModel model, int position, String code, String title, CriterionType type, int maxPoints,
              int answerMaxLength) {
        this.model = model;
        this.position = position;
        this.code = code;
        this.title = title;
        this.type = type;
        this.maxPoints = maxPoints;
        this.answerMaxLength = answerMaxLength;
    }

    public List<String> getGuidingQuestionList() {
        return guidingQuestions == null || guidingQuestions.isBlank() ? List.of()
                : Arrays.stream(guidingQuestions.split("\n")).map(String::trim).filter(q -> !q.isEmpty()).toList();
    }

    public Long getId() { return id; }
    public EvaluationModel getModel() { return model; }
    public int getPosition() { return position; }
    void setPosition(int position) { this.position = position; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getGuidingQuestions() { return guidingQuestions; }
    public void setGuidingQuestions(String guidingQuestions) { this.guidingQuestions = guidingQuestions; }
    public CriterionType getType() { return type; }
    public void setType(CriterionType type) { this.type = type; }
    public int getMaxPoints() { return maxPoints; }
    public void setMaxPoints(int maxPoints) { this.maxPoints = maxPoints; }
    public int getAnswerMaxLength() { return answerMaxLength; }
    public void setAnswerMaxLength(int answerMaxLength) { this.answerMaxLength = answerMaxLength; }
    public long getVersion() { return version; }
}

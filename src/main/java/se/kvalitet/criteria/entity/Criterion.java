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
import java.util.stream.Collectors;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * One criterion of an evaluation model: what the unit must show, the questions that guide the answer,
 * its weight (maximum points, 1–1000) and how long the applicant's answer may be (100–100 000
 * characters). Like its model, a criterion cannot change once the model is frozen.
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

    public static final int MIN_POINTS = 1;
    public static final int MAX_POINTS = 1000;
    public static final int MIN_ANSWER_LENGTH = 100;
    public static final int MAX_ANSWER_LENGTH = 100_000;
    static final int MAX_CODE = 20;
    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 10_000;

    protected Criterion() {
    }

    Criterion(EvaluationModel model, int position, String code, String title, CriterionType type, int maxPoints,
              int answerMaxLength) {
        this.model = model;
        this.position = position;
        this.code = requireCode(code);
        this.title = checkedTitle(title);
        this.type = checkedType(type);
        this.maxPoints = checkedMaxPoints(maxPoints);
        this.answerMaxLength = checkedAnswerMaxLength(answerMaxLength);
    }

    static String requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("criteria.criterion.codeRequired");
        }
        if (code.strip().length() > MAX_CODE) {
            throw new RuleViolation("criteria.criterion.codeTooLong", MAX_CODE);
        }
        return code.strip();
    }

    /** Question lines without blanks and surrounding spaces, whatever line ends the browser sent. */
    static String normalizeQuestions(String questions) {
        if (questions == null) {
            return null;
        }
        String joined = Arrays.stream(questions.split("\\R")).map(String::strip).filter(q -> !q.isEmpty())
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getGuidingQuestions() { return guidingQuestions; }
    public CriterionType getType() { return type; }
    public int getMaxPoints() { return maxPoints; }
    public int getAnswerMaxLength() { return answerMaxLength; }

    public void setTitle(String title) {
        model.requireEditable();
        this.title = checkedTitle(title);
    }

    public void setDescription(String description) {
        model.requireEditable();
        this.description = checkedDescription(description);
    }

    /** The guiding questions, one per line; empty lines are dropped. */
    public void setGuidingQuestions(String guidingQuestions) {
        model.requireEditable();
        this.guidingQuestions = checkedQuestions(guidingQuestions);
    }

    public void setType(CriterionType type) {
        model.requireEditable();
        this.type = checkedType(type);
    }

    public void setMaxPoints(int maxPoints) {
        model.requireEditable();
        this.maxPoints = checkedMaxPoints(maxPoints);
    }

    public void setAnswerMaxLength(int answerMaxLength) {
        model.requireEditable();
        this.answerMaxLength = checkedAnswerMaxLength(answerMaxLength);
    }

    /** Changes every field at once; each value is checked before any is changed. */
    void revise(String newTitle, String newDescription, String newQuestions, CriterionType newType, int newMaxPoints,
                int newAnswerMaxLength) {
        model.requireEditable();
        String t = checkedTitle(newTitle);
        String d = checkedDescription(newDescription);
        String q = checkedQuestions(newQuestions);
        CriterionType ty = checkedType(newType);
        int p = checkedMaxPoints(newMaxPoints);
        int a = checkedAnswerMaxLength(newAnswerMaxLength);
        this.title = t;
        this.description = d;
        this.guidingQuestions = q;
        this.type = ty;
        this.maxPoints = p;
        this.answerMaxLength = a;
    }

    static String checkedTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new RuleViolation("criteria.criterion.titleRequired");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new RuleViolation("criteria.criterion.titleTooLong", MAX_TITLE);
        }
        return title.strip();
    }

    static String checkedDescription(String description) {
        if (description != null && description.strip().length() > MAX_TEXT) {
            throw new RuleViolation("criteria.criterion.descriptionTooLong", MAX_TEXT);
        }
        return blankToNull(description);
    }

    static String checkedQuestions(String questions) {
        String normalized = normalizeQuestions(questions);
        if (normalized != null && normalized.length() > MAX_TEXT) {
            throw new RuleViolation("criteria.criterion.questionsTooLong", MAX_TEXT);
        }
        return normalized;
    }

    static CriterionType checkedType(CriterionType type) {
        if (type == null) {
            throw new RuleViolation("criteria.criterion.typeRequired");
        }
        return type;
    }

    static int checkedMaxPoints(int maxPoints) {
        if (maxPoints < MIN_POINTS || maxPoints > MAX_POINTS) {
            throw new RuleViolation("criteria.criterion.maxPoints.range", MIN_POINTS, MAX_POINTS);
        }
        return maxPoints;
    }

    static int checkedAnswerMaxLength(int answerMaxLength) {
        if (answerMaxLength < MIN_ANSWER_LENGTH || answerMaxLength > MAX_ANSWER_LENGTH) {
            throw new RuleViolation("criteria.criterion.answerMaxLength.range", MIN_ANSWER_LENGTH, MAX_ANSWER_LENGTH);
        }
        return answerMaxLength;
    }

    public long getVersion() { return version; }
}

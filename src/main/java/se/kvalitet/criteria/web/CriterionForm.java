package se.kvalitet.criteria.web;

import java.io.Serializable;
import se.kvalitet.criteria.boundary.CriterionFields;
import se.kvalitet.criteria.boundary.ModelView.CriterionView;
import se.kvalitet.criteria.entity.CriterionType;

/** The fields of the criterion form (adding or editing); the code only matters when adding. */
public class CriterionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String title;
    private String description;
    private String guidingQuestions;
    private CriterionType type = CriterionType.PROCESS;
    private Integer maxPoints;
    private Integer answerMaxLength = 5000;

    static CriterionForm of(CriterionView c) {
        var form = new CriterionForm();
        form.code = c.code();
        form.title = c.title();
        form.description = c.description();
        form.guidingQuestions = c.guidingQuestions();
        form.type = CriterionType.valueOf(c.type());
        form.maxPoints = c.maxPoints();
        form.answerMaxLength = c.answerMaxLength();
        return form;
    }

    /** Missing numbers become 0, which the model refuses with its own message. */
    CriterionFields fields() {
        return new CriterionFields(title, description, guidingQuestions, type, maxPoints == null ? 0 : maxPoints,
                answerMaxLength == null ? 0 : answerMaxLength);
    }

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
    public Integer getMaxPoints() { return maxPoints; }
    public void setMaxPoints(Integer maxPoints) { this.maxPoints = maxPoints; }
    public Integer getAnswerMaxLength() { return answerMaxLength; }
    public void setAnswerMaxLength(Integer answerMaxLength) { this.answerMaxLength = answerMaxLength; }
}

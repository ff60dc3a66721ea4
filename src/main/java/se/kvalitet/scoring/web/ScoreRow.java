package se.kvalitet.scoring.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.scoring.boundary.ScoreInput;
import se.kvalitet.scoring.boundary.ScoreView;

/**
 * One criterion on the scoring form: the applicant's answer beside what the examiner writes. Kept in the view
 * between requests, so input the server refused stays on the page.
 */
public class ScoreRow implements Serializable {

    /** A RADAR attribute's value on the form. */
    public static class AttributeValue implements Serializable {
        private final String code;
        private final String label;
        private Integer value;

        AttributeValue(String code, String label, Integer value) {
            this.code = code;
            this.label = label;
            this.value = value;
        }

        public String getCode() { return code; }
        public String getLabel() { return label; }
        public Integer getValue() { return value; }
        public void setValue(Integer value) { this.value = value; }
    }

    private final String code;
    private final String title;
    private final String description;
    private final String answer;
    private final int maxPoints;
    private Integer value;
    private String justification;
    private String strengths;
    private String improvements;
    private String visitQuestions;
    private final List<AttributeValue> attributes = new ArrayList<>();

    ScoreRow(String code, String title, String description, String answer, int maxPoints) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.answer = answer;
        this.maxPoints = maxPoints;
    }

    void fill(ScoreView saved) {
        value = saved.value();
        justification = saved.justification();
        strengths = saved.strengths();
        improvements = saved.improvements();
        visitQuestions = saved.visitQuestions();
        attributes.forEach(a -> a.setValue(saved.radar().get(a.getCode())));
    }

    void addAttribute(String attributeCode, String label) {
        attributes.add(new AttributeValue(attributeCode, label, null));
    }

    ScoreInput input() {
        Map<String, Integer> radar = new LinkedHashMap<>();
        attributes.forEach(a -> radar.put(a.getCode(), a.getValue()));
        return new ScoreInput(code, value, justification, strengths, improvements, visitQuestions, radar);
    }

    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getAnswer() { return answer; }
    public int getMaxPoints() { return maxPoints; }
    public Integer getValue() { return value; }
    public void setValue(Integer value) { this.value = value; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public String getStrengths() { return strengths; }
    public void setStrengths(String strengths) { this.strengths = strengths; }
    public String getImprovements() { return improvements; }
    public void setImprovements(String improvements) { this.improvements = improvements; }
    public String getVisitQuestions() { return visitQuestions; }
    public void setVisitQuestions(String visitQuestions) { this.visitQuestions = visitQuestions; }
    public List<AttributeValue> getAttributes() { return attributes; }
}

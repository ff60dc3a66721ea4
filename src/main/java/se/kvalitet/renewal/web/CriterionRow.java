package se.kvalitet.renewal.web;

import java.io.Serializable;
import se.kvalitet.renewal.boundary.CriterionInput;
import se.kvalitet.renewal.boundary.CriterionValue;

/** One criterion of the juror's form: what it asks, and the value and justification as the juror types them. */
public class CriterionRow implements Serializable {

    private final String code;
    private final String title;
    private final String description;
    private final int maxPoints;
    private Integer value;
    private String justification;
    private Double points;
    private String label;

    CriterionRow(String code, String title, String description, int maxPoints) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.maxPoints = maxPoints;
    }

    void fill(CriterionValue saved) {
        value = saved.value();
        justification = saved.justification();
        points = saved.points();
        label = saved.label();
    }

    CriterionInput input() {
        return new CriterionInput(code, value, justification);
    }

    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public int getMaxPoints() { return maxPoints; }
    public Integer getValue() { return value; }
    public void setValue(Integer value) { this.value = value; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public Double getPoints() { return points; }
    public String getLabel() { return label; }
}

package se.kvalitet.examples.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A criterion where the unit scored highest: its code, title and the consensus score as a share of its maximum. */
@Embeddable
public class ExampleCriterion implements Serializable {

    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private int percent;

    protected ExampleCriterion() {
    }

    public ExampleCriterion(String code, String title, int percent) {
        this.code = code;
        this.title = title;
        this.percent = percent;
    }

    public String getCode() { return code; }
    public String getTitle() { return title; }
    public int getPercent() { return percent; }
}

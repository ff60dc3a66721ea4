package se.kvalitet.examples.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A criterion where the unit scored highest: its code, title, the consensus score on the model's scale and its band. */
@Embeddable
public class ExampleCriterion implements Serializable {

    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private int score;
    private String band;

    protected ExampleCriterion() {
    }

    public ExampleCriterion(String code, String title, int score, String band) {
        this.code = code;
        this.title = title;
        this.score = score;
        this.band = band;
    }

    public String getCode() { return code; }
    public String getTitle() { return title; }
    public int getScore() { return score; }
    public String getBand() { return band; }
}

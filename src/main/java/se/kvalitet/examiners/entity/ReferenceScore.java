package se.kvalitet.examiners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One criterion of a calibration exercise with the reference score the examiners' scores are compared against. */
@Embeddable
public class ReferenceScore {

    private String code;

    private String title;

    @Column(name = "reference_value")
    private int referenceValue;

    protected ReferenceScore() {
    }

    public ReferenceScore(String code, String title, int referenceValue) {
        this.code = code;
        this.title = title;
        this.referenceValue = referenceValue;
    }

    public String getCode() { return code; }
    public String getTitle() { return title; }
    public int getReferenceValue() { return referenceValue; }
}

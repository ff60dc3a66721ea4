package se.kvalitet.criteria.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One RADAR attribute (e.g. Ansats, Införande) scored in percent for criteria of one type. */
@Embeddable
public class RadarAttribute {

    private String code;
    private String label;
    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to")
    private CriterionType appliesTo;

    protected RadarAttribute() {
    }

    public RadarAttribute(String code, String label, CriterionType appliesTo) {
        this.code = code;
        this.label = label;
        this.appliesTo = appliesTo;
    }

    public String getCode() { return code; }
    public String getLabel() { return label; }
    public CriterionType getAppliesTo() { return appliesTo; }
}

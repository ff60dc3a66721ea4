package se.kvalitet.criteria.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A band of a percent scale (e.g. 30–45 % with what a unit at that level shows) or one level of an
 * ordinal scale (min = max, e.g. 4 "Starkt").
 */
@Embeddable
public class ScaleBand {

    @Column(name = "min_value")
    private int min;
    @Column(name = "max_value")
    private int max;
    private String label;
    private String descriptor;

    protected ScaleBand() {
    }

    public ScaleBand(int min, int max, String label, String descriptor) {
        this.min = min;
        this.max = max;
        this.label = label;
        this.descriptor = descriptor;
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    public int getMin() { return min; }
    public int getMax() { return max; }
    public String getLabel() { return label; }
    void setLabel(String label) { this.label = label; }
    public String getDescriptor() { return descriptor; }
    void setDescriptor(String descriptor) { this.descriptor = descriptor; }
}

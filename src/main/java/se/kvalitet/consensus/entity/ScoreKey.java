package se.kvalitet.consensus.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of a consensus score: its sheet and the criterion's code. */
public class ScoreKey implements Serializable {

    private Long sheet;
    private String criterionCode;

    public ScoreKey() {
    }

    public ScoreKey(Long sheet, String criterionCode) {
        this.sheet = sheet;
        this.criterionCode = criterionCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreKey k && Objects.equals(sheet, k.sheet) && Objects.equals(criterionCode, k.criterionCode);
    }

    @Override
    public int hashCode() { return Objects.hash(sheet, criterionCode); }
}

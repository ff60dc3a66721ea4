package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.util.List;

/** The indicator table of one results criterion (by its code), in the order written. */
public record IndicatorSet(String criterionCode, List<IndicatorDraft> indicators) implements Serializable {
}

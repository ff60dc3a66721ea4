package se.kvalitet.cycles.boundary;

import java.io.Serializable;
import se.kvalitet.criteria.boundary.ModelSummary;

/** Which cycle and category uses which evaluation model; {@code model} is null before a preset is adopted. */
public record ModelUsage(Long cycleId, int year, String cycleName, String phase, String award, ModelSummary model)
        implements Serializable {
}

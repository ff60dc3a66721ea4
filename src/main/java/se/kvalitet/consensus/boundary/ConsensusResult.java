package se.kvalitet.consensus.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A consensus as the feedback report and the overview read it. */
public record ConsensusResult(Long applicationId, String status, List<CriterionResult> criteria,
                              List<String> keyStrengths, List<String> keyImprovements, double totalPoints,
                              boolean siteVisitHeld, LocalDate siteVisitDate, Instant closedAt) implements Serializable {

    public boolean closed() { return "CLOSED".equals(status); }
}

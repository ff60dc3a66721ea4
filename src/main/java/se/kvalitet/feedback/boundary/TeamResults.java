package se.kvalitet.feedback.boundary;

import jakarta.enterprise.context.Dependent;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where feedback reads the teams' work: the consensus (consensus component's
 * {@code ConsensusResults}) and the individual assessments' progress (scoring's {@code Assessments.progress}).
 * Everything else in feedback sees only {@link ConsensusFacts} and plain maps, so the two contracts meet feedback
 * here and nowhere else.
 * <p>
 * Until the consensus and scoring boundaries exist, nothing is known: no consensus is opened and no assessment
 * started, so every report is refused as the rule for an open consensus says.
 */
@Dependent
public class TeamResults {

    /** The consensus of an application, empty when none was opened. */
    public Optional<ConsensusFacts> consensus(Long applicationId) {
        return Optional.empty();
    }

    /** NOT_OPENED, OPEN or CLOSED. */
    public String consensusStatus(Long applicationId) {
        return consensus(applicationId).map(ConsensusFacts::status).orElse("NOT_OPENED");
    }

    /** Per application of the cycle: NOT_OPENED, OPEN or CLOSED (applications without a consensus may be missing). */
    public Map<Long, String> consensusByApplication(Long cycleId) {
        return Map.of();
    }

    /** Per application of the cycle: NONE, PLANNED or HELD. */
    public Map<Long, String> siteVisitByApplication(Long cycleId) {
        return Map.of();
    }

    /** Per application of the cycle: counts of assessments NOT_STARTED, DRAFT, SUBMITTED, LOCKED. */
    public Map<Long, Map<String, Long>> progress(Long cycleId) {
        return Map.of();
    }
}

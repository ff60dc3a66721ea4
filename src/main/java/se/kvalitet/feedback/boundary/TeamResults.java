package se.kvalitet.feedback.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import se.kvalitet.consensus.boundary.ConsensusResult;
import se.kvalitet.consensus.boundary.ConsensusResults;
import se.kvalitet.scoring.boundary.Assessments;

/**
 * The one place where feedback reads the teams' work: the consensus ({@link ConsensusResults}) and the individual
 * assessments' progress ({@link Assessments#progress}). Everything else in feedback sees only
 * {@link ConsensusFacts} and plain maps. Both boundaries admit administrators and team leaders only, which is
 * why an applicant's download never comes here (see {@code FeedbackReports#pdf}).
 */
@Dependent
public class TeamResults {

    @Inject
    ConsensusResults consensusResults;

    @Inject
    Assessments assessments;

    /** The consensus of an application, empty when none was opened. */
    public Optional<ConsensusFacts> consensus(Long applicationId) {
        return consensusResults.of(applicationId).map(TeamResults::facts);
    }

    /** NOT_OPENED, OPEN or CLOSED. */
    public String consensusStatus(Long applicationId) {
        return consensus(applicationId).map(ConsensusFacts::status).orElse("NOT_OPENED");
    }

    /** Per application of the cycle: NOT_OPENED, OPEN or CLOSED. */
    public Map<Long, String> consensusByApplication(Long cycleId) {
        return consensusResults.statusByApplication(cycleId);
    }

    /** Per application of the cycle: NONE, PLANNED or HELD. */
    public Map<Long, String> siteVisitByApplication(Long cycleId) {
        return consensusResults.siteVisitByApplication(cycleId);
    }

    /** Per application of the cycle: counts of assessments NOT_STARTED, DRAFT, SUBMITTED, LOCKED. */
    public Map<Long, Map<String, Long>> progress(Long cycleId) {
        return assessments.progress(cycleId);
    }

    static ConsensusFacts facts(ConsensusResult result) {
        var criteria = result.criteria().stream().map(c -> new ConsensusFacts.Criterion(c.code(), c.title(), c.value(),
                c.band(), c.points(), c.strengths(), c.improvements())).toList();
        return new ConsensusFacts(result.applicationId(), result.status(), criteria, result.keyStrengths(),
                result.keyImprovements(), result.siteVisitHeld() ? result.siteVisitDate() : null, result.closedAt());
    }
}

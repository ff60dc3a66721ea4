package se.kvalitet.examples.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.kvalitet.applications.boundary.ApplicationSummary;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.consensus.boundary.ConsensusResult;
import se.kvalitet.consensus.boundary.ConsensusResults;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.security.Role;

/**
 * What a unit's history page reads of other components, as an administrator: the unit's applications over the
 * years and their closed consensus. The applications and consensus boundaries admit only administrators (and
 * leaders) to these, while the unit page also serves the unit's own people; {@link UnitHistories} decides who
 * may see what and calls this only after it has. Not for any other caller. Each read in a transaction of its own,
 * so a refusal inside (a renewal-prize entry has no consensus) does not spoil the caller's transaction.
 */
@Stateless
@PermitAll
@RunAs(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AwardFacts {

    @Inject
    Applications applications;

    @Inject
    ConsensusResults consensus;

    /** The unit's applications, oldest year first. */
    public List<ApplicationSummary> applicationsOf(Long unitId) {
        return applications.listForUnit(unitId).stream()
                .sorted(java.util.Comparator.comparingInt(ApplicationSummary::cycleYear).thenComparing(ApplicationSummary::id))
                .toList();
    }

    /** The closed consensus of an application, if there is one. */
    public Optional<ConsensusResult> closedConsensus(Long applicationId) {
        try {
            return consensus.of(applicationId).filter(ConsensusResult::closed);
        } catch (RuleViolation none) {
            return Optional.empty();
        }
    }
}

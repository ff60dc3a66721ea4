package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Phase;

/**
 * Test-only: an {@link AssignmentScenario} with its teams committed, optionally moved on to the individual review.
 * Built as the caller (an administrator); each boundary call commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScoringScenario {

    public record Scored(AssignmentScenario.Fixture fixture, List<CommittedTeam> teams) {
        public CommittedTeam team(int index) {
            return teams.get(index);
        }
    }

    @Inject AssignmentScenario scenario;
    @Inject Assignments assignments;
    @Inject Cycles cycles;

    public Scored build(String password, boolean review) {
        var fixture = scenario.build(true, password);
        var proposal = assignments.propose(fixture.categoryId());
        var teams = assignments.commit(proposal.id(), proposal.version());
        if (review) {
            cycles.moveTo(fixture.cycleId(), Phase.INDIVIDUAL_REVIEW);
        }
        return new Scored(fixture, teams);
    }
}

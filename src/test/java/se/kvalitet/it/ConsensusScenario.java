package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Phase;

/**
 * Test-only: the assignment scenario carried on to the consensus phase. Teams proposed and committed, the cycle
 * moved through INDIVIDUAL_REVIEW to CONSENSUS (or left in an earlier phase), so the teams may both write their
 * assessments and open their consensus; the assessments are written over REST as each examiner (run-as cannot be a
 * particular person). Runs as an administrator; each boundary call commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsensusScenario {

    /** A committed team: the application, the leader's and the other members' e-mail addresses. */
    public record TeamFixture(Long applicationId, String leader, List<String> members) {
        public List<String> everyone() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(leader), members.stream()).toList();
        }
    }

    public record Fixture(Long cycleId, List<TeamFixture> teams, Map<String, String> emails) {
    }

    @Inject AssignmentScenario scenario;
    @Inject Assignments assignments;
    @Inject Cycles cycles;

    public Fixture build(String password) {
        return build(password, Phase.CONSENSUS);
    }

    /** The scenario with the cycle moved on to {@code phase} (INDIVIDUAL_REVIEW or CONSENSUS). */
    public Fixture build(String password, Phase phase) {
        var base = scenario.build(true, password);
        var proposal = assignments.propose(base.categoryId());
        var committed = assignments.commit(proposal.id(), proposal.version());
        cycles.moveTo(base.cycleId(), Phase.INDIVIDUAL_REVIEW);
        if (phase == Phase.CONSENSUS) {
            cycles.moveTo(base.cycleId(), Phase.CONSENSUS);
        }
        var emailOf = base.examinerIds().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, e -> base.emails().get(e.getKey())));
        var teams = committed.stream().map(t -> team(t, emailOf)).toList();
        return new Fixture(base.cycleId(), teams, base.emails());
    }

    static TeamFixture team(CommittedTeam team, Map<Long, String> emailOf) {
        String leader = team.members().stream().filter(CommittedTeam.Member::leader)
                .map(m -> emailOf.get(m.personId())).findFirst().orElseThrow();
        var members = team.members().stream().filter(m -> !m.leader()).map(m -> emailOf.get(m.personId())).toList();
        return new TeamFixture(team.applicationId(), leader, members);
    }
}

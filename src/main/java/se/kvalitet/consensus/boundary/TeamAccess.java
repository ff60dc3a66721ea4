package se.kvalitet.consensus.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import se.kvalitet.applications.boundary.ApplicationLabels;
import se.kvalitet.assignments.boundary.Teams;
import se.kvalitet.conflicts.boundary.ConflictCheck;
import se.kvalitet.consensus.control.SheetAccess;
import se.kvalitet.consensus.control.SheetAccess.Action;
import se.kvalitet.consensus.control.SheetAccess.Relation;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * Who may do what with an application's consensus and site visit, decided by {@link SheetAccess}: administrators
 * everything but the team's own work, the team's members the work, its leader opening and closing. Anybody else,
 * and a member with a blocking conflict of interest, gets "not found", so ids reveal nothing. The team comes from
 * its owner, the assignments component ({@link Teams}), the application's label from the applications component
 * ({@link ApplicationLabels}); neither makes a role check, this class is the check.
 */
@Dependent
public class TeamAccess {

    /** An application with a committed team, as the consensus sees it. */
    public record Team(Long applicationId, Long cycleId, String award, String registrationNumber, String unitName,
                       List<Member> members) implements Serializable {

        public List<Long> memberIds() {
            return members.stream().map(Member::personId).toList();
        }

        public boolean has(Long personId) {
            return members.stream().anyMatch(m -> m.personId().equals(personId));
        }

        public boolean ledBy(Long personId) {
            return members.stream().anyMatch(m -> m.leader() && m.personId().equals(personId));
        }
    }

    public record Member(Long personId, String name, boolean leader) implements Serializable {
    }

    /** The caller's relation to a team. */
    public record Access(Team team, Long callerId, boolean admin) {
        public boolean member() { return callerId != null && team.has(callerId); }
        public boolean leader() { return callerId != null && team.ledBy(callerId); }
    }

    @Inject
    Teams teams;

    @Inject
    ApplicationLabels labels;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    ConflictCheck conflictCheck;

    /**
     * The team as the caller may see it: an administrator or a member without a blocking conflict; anybody else
     * "not found". Whether the caller administers comes from the calling EJB's context, so start-up work running
     * as the system (no person) is an administrator too.
     */
    public Access reading(Long applicationId, boolean admin) {
        return decided(applicationId, admin, Action.READ);
    }

    /** The team's own work (scores, themes, sign-off): its members only. */
    public Access member(Long applicationId, boolean admin) {
        return decided(applicationId, admin, Action.WORK);
    }

    /** Opening, closing, the site visit and adjustments: the leader, or an administrator where allowed. */
    public Access leader(Long applicationId, boolean admin, boolean adminToo) {
        return decided(applicationId, admin, adminToo ? Action.LEAD_OR_ADMIN : Action.LEAD);
    }

    /** Every route to a sheet or a site visit comes through here: the one rule, {@link SheetAccess}. */
    private Access decided(Long applicationId, boolean admin, Action action) {
        Long callerId = currentPerson.caller().map(CurrentPerson.Caller::id).orElse(null);
        var team = team(applicationId);
        var relation = callerId == null ? Relation.NONE : team.ledBy(callerId) ? Relation.LEADER
                : team.has(callerId) ? Relation.MEMBER : Relation.NONE;
        // asked of the team's examiners only (one more query): nobody else gets in as a member anyway
        boolean conflicted = relation != Relation.NONE && conflictCheck.blocks(callerId, applicationId);
        switch (SheetAccess.decide(relation, admin, conflicted, action)) {
            case NOT_FOUND -> throw new NotFound("consensus.notFound", applicationId);
            case MEMBERS_ONLY -> throw new RuleViolation("consensus.membersOnly");
            case LEADER_ONLY -> throw new RuleViolation("consensus.leaderOnly");
            case ALLOWED -> { }
        }
        return new Access(team, callerId, admin);
    }

    /** The team from its owner (assignments), the application's label from its owner (applications). */
    Team team(Long applicationId) {
        var committed = teams.of(applicationId).filter(t -> !t.members().isEmpty())
                .orElseThrow(() -> new NotFound("consensus.notFound", applicationId));
        var label = labels.of(applicationId).orElseThrow(() -> new NotFound("consensus.notFound", applicationId));
        var members = committed.members().stream().map(m -> new Member(m.personId(), m.name(), m.leader())).toList();
        return new Team(applicationId, label.cycleId(), label.award(), label.registrationNumber(), label.unitName(),
                members);
    }

}

package se.kvalitet.assignments.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.kvalitet.platform.errors.RuleViolation;

/** The committed team of one application: what its examiners see and work in. Exactly one leader. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "committed_at")
    private Instant committedAt;

    @Column(name = "committed_by")
    private String committedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    private Set<TeamMember> members = new LinkedHashSet<>();

    @Version
    private long version;

    protected Team() {
    }

    /**
     * A team of the given members led by {@code leaderId}, who must be one of them; at least two members,
     * nobody twice.
     */
    public Team(Long cycleId, Long categoryId, Long applicationId, Long proposalId, Long leaderId,
                List<Long> memberIds, Instant now, String by) {
        if (memberIds.size() < TeamSettings.MIN_TEAM_SIZE) {
            throw new RuleViolation("assignments.teamSize.range", TeamSettings.MIN_TEAM_SIZE, TeamSettings.MAX_TEAM_SIZE);
        }
        if (new HashSet<>(memberIds).size() != memberIds.size()) {
            throw new RuleViolation("assignments.member.already");
        }
        if (leaderId == null || !memberIds.contains(leaderId)) {
            throw new RuleViolation("assignments.leader.missing");
        }
        this.cycleId = cycleId;
        this.categoryId = categoryId;
        this.applicationId = applicationId;
        this.proposalId = proposalId;
        this.committedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.committedBy = by;
        memberIds.forEach(person -> members.add(new TeamMember(person, person.equals(leaderId))));
    }

    /**
     * Puts {@code replacementId} in the seat of {@code personId} (an examiner falls ill, a conflict comes to light
     * after the commit). A replaced leader's successor leads. The hard rules of who may sit are the caller's to
     * check; this keeps the team's own shape: the member must sit here, the replacement must not.
     */
    public void replace(Long personId, Long replacementId, Instant now) {
        var seat = members.stream().filter(m -> m.getPersonId().equals(personId)).findFirst()
                .orElseThrow(() -> new RuleViolation("assignments.member.notInTeam"));
        if (members.stream().anyMatch(m -> m.getPersonId().equals(replacementId))) {
            throw new RuleViolation("assignments.member.already");
        }
        members.remove(seat);
        members.add(new TeamMember(replacementId, seat.isLeader()));
        changedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** The member ids, the leader first. */
    public List<Long> memberIds() {
        return getMembers().stream().map(TeamMember::getPersonId).toList();
    }

    public Long getLeaderId() {
        return members.stream().filter(TeamMember::isLeader).map(TeamMember::getPersonId).findFirst().orElseThrow();
    }

    /** The members, the leader first, then by id. */
    public List<TeamMember> getMembers() {
        return members.stream().sorted(Comparator.comparing((TeamMember m) -> !m.isLeader())
                .thenComparing(TeamMember::getPersonId)).toList();
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getCategoryId() { return categoryId; }
    public Long getApplicationId() { return applicationId; }
    public Long getProposalId() { return proposalId; }
    public Instant getCommittedAt() { return committedAt; }
    public String getCommittedBy() { return committedBy; }
    public Instant getChangedAt() { return changedAt; }
    public long getVersion() { return version; }
}

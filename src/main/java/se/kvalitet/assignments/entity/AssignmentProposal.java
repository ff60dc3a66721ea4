package se.kvalitet.assignments.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The solver's proposal for one cycle category, which the administrator adjusts seat by seat until it is
 * committed (teams are created) or discarded. The rules kept here are the ones about the proposal itself:
 * only an open proposal changes, a team has at most one leader (exactly one before commit), nobody sits twice
 * in a team, and a team never grows past the team size. The rules about examiners (conflicts, capacity,
 * leader eligibility, experience) need the cycle's data and are checked by the boundary before a change.
 */
@Entity
@Table(name = "assignment_proposal")
public class AssignmentProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "category_id")
    private Long categoryId;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status = ProposalStatus.OPEN;

    @Column(name = "team_size")
    private int teamSize;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "solver_millis")
    private long solverMillis;

    @ElementCollection
    @CollectionTable(name = "proposal_member", joinColumns = @JoinColumn(name = "proposal_id"))
    private Set<ProposalMember> members = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "proposal_shortfall", joinColumns = @JoinColumn(name = "proposal_id"))
    private Set<ProposalShortfall> shortfalls = new LinkedHashSet<>();

    @Version
    private long version;

    protected AssignmentProposal() {
    }

    public AssignmentProposal(Long cycleId, Long categoryId, int teamSize, Instant now, String by) {
        TeamSettings.requireTeamSize(teamSize);
        this.cycleId = cycleId;
        this.categoryId = categoryId;
        this.teamSize = teamSize;
        this.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.createdBy = by;
    }

    /** Takes the solver's seat: used while the proposal is being built. */
    public void seat(Long applicationId, Long personId, boolean leader) {
        requireOpen();
        if (members(applicationId).contains(personId)) {
            throw new RuleViolation("assignments.member.already");
        }
        if (leader && leader(applicationId).isPresent()) {
            throw new RuleViolation("assignments.leader.already");
        }
        members.add(new ProposalMember(applicationId, personId, leader));
    }

    /** Records why an application could not be staffed in full. */
    public void explain(ProposalShortfall shortfall) {
        shortfalls.removeIf(s -> s.getApplicationId().equals(shortfall.getApplicationId()));
        shortfalls.add(shortfall);
    }

    /** Puts {@code newPerson} in {@code oldPerson}'s seat; a leader's seat keeps the lead. */
    public void replace(Long applicationId, Long oldPerson, Long newPerson) {
        requireOpen();
        var seat = seatOf(applicationId, oldPerson);
        if (members(applicationId).contains(newPerson)) {
            throw new RuleViolation("assignments.member.already");
        }
        members.remove(seat);
        members.add(new ProposalMember(applicationId, newPerson, seat.isLeader()));
        refreshShortfall(applicationId);
    }

    public void add(Long applicationId, Long personId) {
        requireOpen();
        if (members(applicationId).contains(personId)) {
            throw new RuleViolation("assignments.member.already");
        }
        if (members(applicationId).size() >= teamSize) {
            throw new RuleViolation("assignments.team.full", teamSize);
        }
        members.add(new ProposalMember(applicationId, personId, false));
        refreshShortfall(applicationId);
    }

    /** The leader is not removed: another member takes the lead first, so a team never silently loses it. */
    public void remove(Long applicationId, Long personId) {
        requireOpen();
        var seat = seatOf(applicationId, personId);
        if (seat.isLeader()) {
            throw new RuleViolation("assignments.member.removeLeader");
        }
        members.remove(seat);
        refreshShortfall(applicationId);
    }

    /** Moves the lead to a member: exactly one leader afterwards. */
    public void makeLeader(Long applicationId, Long personId) {
        requireOpen();
        var seat = seatOf(applicationId, personId);
        if (seat.isLeader()) {
            return;
        }
        leader(applicationId).ifPresent(current -> {
            var old = seatOf(applicationId, current);
            members.remove(old);
            members.add(new ProposalMember(applicationId, current, false));
        });
        members.remove(seat);
        members.add(new ProposalMember(applicationId, personId, true));
        refreshShortfall(applicationId);
    }

    public void commit(Instant now, String by) {
        requireOpen();
        if (!shortfalls.isEmpty()) {
            throw new RuleViolation("assignments.commit.shortfalls", shortfalls.size());
        }
        status = ProposalStatus.COMMITTED;
        decidedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        decidedBy = by;
    }

    public void discard(Instant now, String by) {
        requireOpen();
        status = ProposalStatus.DISCARDED;
        decidedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        decidedBy = by;
    }

    public void requireOpen() {
        if (status != ProposalStatus.OPEN) {
            throw new RuleViolation("assignments.proposal.notOpen", status);
        }
    }

    /** A change made against another version than the one the administrator saw is refused. */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new RuleViolation("assignments.proposal.stale");
        }
    }

    /** The members of an application's team, the leader first, then by id. */
    public List<Long> members(Long applicationId) {
        return members.stream().filter(m -> m.getApplicationId().equals(applicationId))
                .sorted(Comparator.comparing((ProposalMember m) -> !m.isLeader()).thenComparing(ProposalMember::getPersonId))
                .map(ProposalMember::getPersonId).toList();
    }

    public Optional<Long> leader(Long applicationId) {
        return members.stream().filter(m -> m.getApplicationId().equals(applicationId) && m.isLeader())
                .map(ProposalMember::getPersonId).findFirst();
    }

    public Optional<ProposalShortfall> shortfall(Long applicationId) {
        return shortfalls.stream().filter(s -> s.getApplicationId().equals(applicationId)).findFirst();
    }

    /** Every application with a seat or a shortfall, by id. */
    public List<Long> applicationIds() {
        var ids = new java.util.TreeSet<Long>();
        members.forEach(m -> ids.add(m.getApplicationId()));
        shortfalls.forEach(s -> ids.add(s.getApplicationId()));
        return new ArrayList<>(ids);
    }

    private ProposalMember seatOf(Long applicationId, Long personId) {
        return members.stream().filter(m -> m.getApplicationId().equals(applicationId) && m.getPersonId().equals(personId))
                .findFirst().orElseThrow(() -> new RuleViolation("assignments.member.notInTeam"));
    }

    /** A shortfall stays until the team is full and led; its explanation is kept while anything is missing. */
    private void refreshShortfall(Long applicationId) {
        int size = members(applicationId).size();
        boolean led = leader(applicationId).isPresent();
        var existing = shortfall(applicationId);
        shortfalls.removeIf(s -> s.getApplicationId().equals(applicationId));
        if (size < teamSize || !led) {
            shortfalls.add(existing.map(s -> s.withMissing(teamSize - size, !led))
                    .orElse(new ProposalShortfall(applicationId, teamSize - size, !led, 0, 0, 0)));
        }
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getCategoryId() { return categoryId; }
    public ProposalStatus getStatus() { return status; }
    public int getTeamSize() { return teamSize; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public long getSolverMillis() { return solverMillis; }
    public void setSolverMillis(long solverMillis) { this.solverMillis = solverMillis; }
    public Set<ProposalShortfall> getShortfalls() { return java.util.Collections.unmodifiableSet(shortfalls); }
    public long getVersion() { return version; }
}

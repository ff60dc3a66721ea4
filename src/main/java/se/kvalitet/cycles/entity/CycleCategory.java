package se.kvalitet.cycles.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;

/**
 * One award within a cycle (quality award or renewal prize) with its evaluation model and its
 * competition classes. Ranking and winners are per class. Classes are added, renamed, reordered and
 * removed only while the cycle is being planned: once units apply, they apply to a class. Only the
 * renewal prize carries prize money, and its amount is fixed once the winners are announced.
 */
@Entity
@Table(name = "cycle_category")
public class CycleCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    private AwardCycle cycle;

    @Enumerated(EnumType.STRING)
    private Award award;

    /** The evaluation model (criteria component) this category is judged by. */
    @Column(name = "evaluation_model_id")
    private Long evaluationModelId;

    @Min(0)
    @Column(name = "prize_amount")
    private Integer prizeAmount;

    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CompetitionClass> classes = new ArrayList<>();

    @Version
    private long version;

    protected CycleCategory() {
    }

    CycleCategory(AwardCycle cycle, Award award) {
        this.cycle = cycle;
        this.award = award;
    }

    /** Highest prize amount accepted (SEK): a guard against typing errors, not a policy. */
    public static final int MAX_PRIZE_AMOUNT = 10_000_000;

    public CompetitionClass addClass(String name) {
        cycle.requirePhase(Phase.PLANNING, "cycle.class.onlyInPlanning");
        String clean = requireClassName(name, null);
        var added = new CompetitionClass(this, classes.size() + 1, clean);
        classes.add(added);
        return added;
    }

    public void renameClass(CompetitionClass renamed, String newName) {
        cycle.requirePhase(Phase.PLANNING, "cycle.class.onlyInPlanning");
        requireOwn(renamed);
        renamed.setName(requireClassName(newName, renamed));
    }

    public void removeClass(CompetitionClass removed) {
        cycle.requirePhase(Phase.PLANNING, "cycle.class.onlyInPlanning");
        requireOwn(removed);
        inOrder().remove(removed);
        renumber();
    }

    /** Moves a class one place up (-1) or down (+1); a move past either end does nothing. */
    public void moveClass(CompetitionClass moved, int direction) {
        cycle.requirePhase(Phase.PLANNING, "cycle.class.onlyInPlanning");
        requireOwn(moved);
        int from = inOrder().indexOf(moved);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= classes.size()) {
            return;
        }
        classes.set(from, classes.get(to));
        classes.set(to, moved);
        renumber();
    }

    public CompetitionClass competitionClass(Long classId) {
        return classes.stream().filter(c -> c.getId() != null && c.getId().equals(classId)).findFirst()
                .orElseThrow(() -> new PhaseTransitionException("cycle.class.notFound"));
    }

    /**
     * Sets the prize money (SEK, whole kronor) of the renewal prize, or clears it with null. The quality
     * award has no prize money; the amount can no longer change once the winners are announced.
     */
    public void offerPrize(Integer amount) {
        if (award != Award.RENEWAL_PRIZE) {
            throw new PhaseTransitionException("cycle.prize.onlyRenewalPrize");
        }
        if (cycle.getPhase().compareTo(Phase.ANNOUNCED) >= 0) {
            throw new PhaseTransitionException("cycle.prize.locked", cycle.getPhase());
        }
        if (amount != null && (amount < 0 || amount > MAX_PRIZE_AMOUNT)) {
            throw new PhaseTransitionException("cycle.prize.range", 0, MAX_PRIZE_AMOUNT);
        }
        this.prizeAmount = amount;
    }

    /** The classes sorted by position (a join-fetched collection comes in the query's order). */
    private List<CompetitionClass> inOrder() {
        classes.sort(java.util.Comparator.comparingInt(CompetitionClass::getPosition));
        return classes;
    }

    private void requireOwn(CompetitionClass competitionClass) {
        if (!classes.contains(competitionClass)) {
            throw new PhaseTransitionException("cycle.class.notFound");
        }
    }

    private String requireClassName(String name, CompetitionClass except) {
        if (name == null || name.isBlank()) {
            throw new PhaseTransitionException("cycle.class.nameRequired");
        }
        String clean = name.strip();
        if (clean.length() > 120) {
            throw new PhaseTransitionException("cycle.class.nameTooLong", 120);
        }
        if (classes.stream().anyMatch(c -> c != except && c.getName().equalsIgnoreCase(clean))) {
            throw new PhaseTransitionException("cycle.class.exists", clean);
        }
        return clean;
    }

    private void renumber() {
        for (int i = 0; i < classes.size(); i++) {
            classes.get(i).setPosition(i + 1);
        }
    }

    /** Adopts a model; only while the cycle is still being planned. */
    public void useModel(Long modelId) {
        if (!cycle.allowsModelChanges()) {
            throw new PhaseTransitionException("criteria.model.frozen");
        }
        this.evaluationModelId = modelId;
    }

    public Long getId() { return id; }
    public AwardCycle getCycle() { return cycle; }
    public Award getAward() { return award; }
    public Long getEvaluationModelId() { return evaluationModelId; }
    public Integer getPrizeAmount() { return prizeAmount; }
    /** The classes in order, read-only: they change through the category's verbs. */
    public List<CompetitionClass> getClasses() { return java.util.Collections.unmodifiableList(inOrder()); }
    public long getVersion() { return version; }
}

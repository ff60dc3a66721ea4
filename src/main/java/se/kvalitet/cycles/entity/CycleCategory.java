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
 * competition classes. Ranking and winners are per class.
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

    public CompetitionClass addClass(String name) {
        if (classes.stream().anyMatch(c -> c.getName().equalsIgnoreCase(name.trim()))) {
            throw new PhaseTransitionException("cycle.class.exists", name);
        }
        var added = new CompetitionClass(this, classes.size() + 1, name.trim());
        classes.add(added);
        return added;
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
    public void setPrizeAmount(Integer prizeAmount) { this.prizeAmount = prizeAmount; }
    public List<CompetitionClass> getClasses() { return classes; }
    public long getVersion() { return version; }
}

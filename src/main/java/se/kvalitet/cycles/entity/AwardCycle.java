package se.kvalitet.cycles.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One year's award cycle. It holds the categories (quality award, renewal prize), the dates of each
 * phase, and the current phase. The phase moves only along {@link Phase#next()}; opening the
 * application period needs complete dates and an evaluation model in every category.
 */
@Entity
@Table(name = "award_cycle")
public class AwardCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Min(2000)
    @Max(2100)
    @Column(name = "cycle_year")
    private int year;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Phase phase = Phase.PLANNING;

    /** Pattern of registration numbers, e.g. {@code KS {year}/{seq}}. */
    @NotBlank
    @Size(max = 60)
    @Column(name = "registration_format")
    private String registrationFormat = "KS {year}/{seq}";

    @Valid
    @jakarta.persistence.Embedded
    private PhaseDates dates = new PhaseDates();

    @Valid
    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("award")
    private List<CycleCategory> categories = new ArrayList<>();

    @Version
    private long version;

    protected AwardCycle() {
    }

    public AwardCycle(int year, String name) {
        this.year = year;
        this.name = name;
    }

    public CycleCategory addCategory(Award award) {
        if (category(award).isPresent()) {
            throw new PhaseTransitionException("cycle.category.exists", award);
        }
        requirePhase(Phase.PLANNING, "cycle.category.onlyInPlanning");
        var category = new CycleCategory(this, award);
        categories.add(category);
        return category;
    }

    public Optional<CycleCategory> category(Award award) {
        return categories.stream().filter(c -> c.getAward() == award).findFirst();
    }

    /**
     * Moves the cycle to the given phase if the rules allow it. Opening applications requires that
     * every category has an evaluation model and the application dates are set and in order.
     */
    public void moveTo(Phase target) {
        if (!phase.canMoveTo(target)) {
            throw new PhaseTransitionException("cycle.phase.notAllowed", phase, target);
        }
        if (target == Phase.APPLICATION_OPEN) {
            if (categories.isEmpty()) {
                throw new PhaseTransitionException("cycle.phase.noCategories");
            }
            for (var category : categories) {
                if (category.getEvaluationModelId() == null) {
                    throw new PhaseTransitionException("cycle.phase.categoryWithoutModel", category.getAward());
                }
            }
            if (getDates().getApplicationOpensOn() == null || getDates().getApplicationClosesAt() == null) {
                throw new PhaseTransitionException("cycle.phase.applicationDatesMissing");
            }
        }
        getDates().requireInOrder();
        phase = target;
    }

    /** Applications can be submitted while the period is open and the deadline (server time) has not passed. */
    public boolean acceptsApplications(Instant now) {
        return phase == Phase.APPLICATION_OPEN && getDates().getApplicationClosesAt() != null
                && now.isBefore(getDates().getApplicationClosesAt());
    }

    public boolean allowsModelChanges() {
        return phase.allowsModelChanges();
    }

    private void requirePhase(Phase required, String messageKey) {
        if (phase != required) {
            throw new PhaseTransitionException(messageKey, phase);
        }
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Phase getPhase() { return phase; }
    public String getRegistrationFormat() { return registrationFormat; }
    public void setRegistrationFormat(String registrationFormat) { this.registrationFormat = registrationFormat; }
    /** JPA leaves an embeddable null when all its columns are null; a cycle always has (possibly empty) dates. */
    public PhaseDates getDates() {
        if (dates == null) {
            dates = new PhaseDates();
        }
        return dates;
    }
    public List<CycleCategory> getCategories() { return categories; }
    public long getVersion() { return version; }

    /** The opening date as shown, for lists. */
    public LocalDate getApplicationOpensOn() { return getDates().getApplicationOpensOn(); }
}

package se.kvalitet.conflicts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The cycle's automatic conflict rules: whether an examiner's own unit and own administration count as
 * conflicts, and how many years back a former employment still does. A cycle without a row uses the defaults
 * (both on, three years).
 */
@Entity
@Table(name = "conflict_policy")
public class ConflictPolicy {

    public static final int DEFAULT_LOOKBACK_YEARS = 3;
    public static final int MAX_LOOKBACK_YEARS = 10;

    @Id
    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "own_unit")
    private boolean ownUnit = true;

    @Column(name = "own_administration")
    private boolean ownAdministration = true;

    @Column(name = "lookback_years")
    private int lookbackYears = DEFAULT_LOOKBACK_YEARS;

    @Version
    private long version;

    protected ConflictPolicy() {
    }

    public ConflictPolicy(Long cycleId) {
        this.cycleId = cycleId;
    }

    /**
     * Changes the rules. The own unit is always a conflict (an examiner never judges their own workplace);
     * the administration rule and the look-back are the city's choice.
     */
    public void change(boolean newOwnAdministration, int newLookbackYears) {
        if (newLookbackYears < 0 || newLookbackYears > MAX_LOOKBACK_YEARS) {
            throw new RuleViolation("conflicts.policy.lookbackRange", 0, MAX_LOOKBACK_YEARS);
        }
        this.ownUnit = true;
        this.ownAdministration = newOwnAdministration;
        this.lookbackYears = newLookbackYears;
    }

    public Long getCycleId() { return cycleId; }
    public boolean isOwnUnit() { return ownUnit; }
    public boolean isOwnAdministration() { return ownAdministration; }
    public int getLookbackYears() { return lookbackYears; }
    public long getVersion() { return version; }
}

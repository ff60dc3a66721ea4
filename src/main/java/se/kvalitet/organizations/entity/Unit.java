package se.kvalitet.organizations.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * A unit (enhet): the school, home-care team or library that applies for the award. The unit, not a
 * person, is the applicant; its contact persons act for it. Units are never deleted, because
 * applications, assessments and good examples refer to them for years: a unit that closes is
 * deactivated instead and no longer offered for new accounts and applications.
 */
@Entity
@Table(name = "unit")
public class Unit {

    /** The largest staff count we accept: a sanity bound, far above any real unit. */
    public static final int MAX_STAFF_COUNT = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "administration_id")
    private Administration administration;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "operator_type")
    private OperatorType operatorType = OperatorType.MUNICIPAL;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_area")
    private ServiceArea serviceArea = ServiceArea.OTHER;

    @Min(0)
    @Max(MAX_STAFF_COUNT)
    @Column(name = "staff_count")
    private int staffCount;

    private boolean active = true;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(Administration administration, String name, OperatorType operatorType, ServiceArea serviceArea,
                int staffCount) {
        change(administration, name, operatorType, serviceArea, staffCount);
    }

    /**
     * Changes what the unit is: its administration, name, operator, service area and staff count. The
     * operator type and service area are required and the staff count must lie in 0..{@value #MAX_STAFF_COUNT}.
     */
    public final void change(Administration newAdministration, String newName, OperatorType newOperatorType,
                             ServiceArea newServiceArea, int newStaffCount) {
        if (newOperatorType == null) {
            throw new RuleViolation("organizations.unit.operatorType.required");
        }
        if (newServiceArea == null) {
            throw new RuleViolation("organizations.unit.serviceArea.required");
        }
        requireValidStaffCount(newStaffCount);
        this.administration = newAdministration;
        this.name = newName;
        this.operatorType = newOperatorType;
        this.serviceArea = newServiceArea;
        this.staffCount = newStaffCount;
    }

    /** A unit that has closed: kept for the record, no longer offered for new accounts or applications. */
    public void deactivate() {
        active = false;
    }

    /** A unit that was deactivated by mistake, or opens again. */
    public void reactivate() {
        active = true;
    }

    public static void requireValidStaffCount(int count) {
        if (count < 0 || count > MAX_STAFF_COUNT) {
            throw new RuleViolation("organizations.unit.staffCount.range", 0, MAX_STAFF_COUNT);
        }
    }

    public Long getId() { return id; }
    public Administration getAdministration() { return administration; }
    public void setAdministration(Administration administration) { this.administration = administration; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OperatorType getOperatorType() { return operatorType; }
    public void setOperatorType(OperatorType operatorType) { this.operatorType = operatorType; }
    public ServiceArea getServiceArea() { return serviceArea; }
    public void setServiceArea(ServiceArea serviceArea) { this.serviceArea = serviceArea; }
    public int getStaffCount() { return staffCount; }
    public void setStaffCount(int staffCount) { this.staffCount = staffCount; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}

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

/**
 * A unit (enhet): the school, home-care team or library that applies for the award. The unit, not a
 * person, is the applicant; its contact persons act for it.
 */
@Entity
@Table(name = "unit")
public class Unit {

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
    @Max(100000)
    @Column(name = "staff_count")
    private int staffCount;

    private boolean active = true;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(Administration administration, String name, OperatorType operatorType, ServiceArea serviceArea,
                int staffCount) {
        this.administration = administration;
        this.name = name;
        this.operatorType = operatorType;
        this.serviceArea = serviceArea;
        this.staffCount = staffCount;
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

package se.kvalitet.organizations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.boundary.Organizations.AdministrationSummary;
import se.kvalitet.organizations.boundary.Organizations.UnitChange;
import se.kvalitet.organizations.boundary.Organizations.UnitRow;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;
import se.kvalitet.organizations.entity.Unit;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * Creates a unit ({@code unit.xhtml}) or changes one ({@code unit.xhtml?id=…}), and deactivates or
 * reactivates it. Holds only the form fields and the version the administrator is changing.
 */
@Named
@ViewScoped
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST = "/organizations/units?faces-redirect=true";

    @Inject
    Organizations organizations;

    private Long id;
    private String idParam;
    private long version;
    private boolean active = true;
    private String currentName;
    private List<AdministrationSummary> administrations;

    private Long administrationId;
    private String name;
    private OperatorType operatorType;
    private ServiceArea serviceArea;
    private Integer staffCount;


    /** Runs on the first request only (view action): loads the unit to change, if any. */
    public String load() {
        if (idParam != null && !idParam.isBlank()) {
            id = Ids.parse(idParam.strip());
            if (id == null) {
                Messages.error("organizations.notFound", idParam);
                Messages.keepForRedirect();
                return LIST;
            }
        }
        administrations = organizations.administrationSummaries();
        if (id == null) {
            operatorType = OperatorType.MUNICIPAL;
            return null;
        }
        var found = organizations.unitRow(id);
        if (found.isEmpty()) {
            Messages.error("organizations.notFound", id);
            Messages.keepForRedirect();
            return LIST;
        }
        show(found.get());
        return null;
    }

    private void show(UnitRow unit) {
        version = unit.version();
        active = unit.active();
        currentName = unit.name();
        administrationId = unit.administrationId();
        name = unit.name();
        operatorType = unit.operatorType();
        serviceArea = unit.serviceArea();
        staffCount = unit.staffCount();
    }

    public String save() {
        var change = new UnitChange(administrationId, name, operatorType, serviceArea, staffCount);
        try {
            if (id == null) {
                organizations.createUnit(change);
            } else {
                organizations.updateUnit(id, version, change);
            }
        } catch (RuleViolation refused) {
            Messages.error(refused);
            return null;
        }
        Messages.info("saved");
        Messages.keepForRedirect();
        return LIST;
    }

    public void deactivate() {
        try {
            var unit = organizations.deactivateUnit(id, version);
            version = unit.version();
            active = unit.active();
            Messages.info("organizations.unit.deactivated", unit.name());
        } catch (RuleViolation refused) {
            Messages.error(refused);
        }
    }

    public void reactivate() {
        try {
            var unit = organizations.reactivateUnit(id, version);
            version = unit.version();
            active = unit.active();
            Messages.info("organizations.unit.reactivated", unit.name());
        } catch (RuleViolation refused) {
            Messages.error(refused);
        }
    }

    public boolean isCreating() { return id == null; }
    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public boolean isActive() { return active; }
    public String getCurrentName() { return currentName; }
    public List<AdministrationSummary> getAdministrations() { return administrations; }
    public ServiceArea[] getServiceAreas() { return ServiceArea.values(); }
    public OperatorType[] getOperatorTypes() { return OperatorType.values(); }
    public int getMaxStaffCount() { return Unit.MAX_STAFF_COUNT; }

    public Long getAdministrationId() { return administrationId; }
    public void setAdministrationId(Long administrationId) { this.administrationId = administrationId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OperatorType getOperatorType() { return operatorType; }
    public void setOperatorType(OperatorType operatorType) { this.operatorType = operatorType; }
    public ServiceArea getServiceArea() { return serviceArea; }
    public void setServiceArea(ServiceArea serviceArea) { this.serviceArea = serviceArea; }
    public Integer getStaffCount() { return staffCount; }
    public void setStaffCount(Integer staffCount) { this.staffCount = staffCount; }
}

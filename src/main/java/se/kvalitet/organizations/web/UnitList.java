package se.kvalitet.organizations.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.boundary.Organizations.AdministrationSummary;
import se.kvalitet.organizations.boundary.Organizations.UnitFilter;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;

/** The unit list on the organisation page: a filter form and a lazy, sortable table. */
@Named
@ViewScoped
public class UnitList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "units:unitsTable";

    @Inject
    Organizations organizations;

    private UnitRows rows;
    private List<AdministrationSummary> administrations;

    private String name;
    private Long administrationId;
    private ServiceArea serviceArea;
    private OperatorType operatorType;
    private Boolean active;

    @PostConstruct
    void load() {
        rows = new UnitRows(organizations);
        administrations = organizations.administrationSummaries();
    }

    /** Applies the filter form and goes back to the first page. */
    public void filter() {
        rows.setFilter(new UnitFilter(name, administrationId, serviceArea, operatorType, active));
        firstPage();
    }

    public void clear() {
        name = null;
        administrationId = null;
        serviceArea = null;
        operatorType = null;
        active = null;
        filter();
    }

    private static void firstPage() {
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof UIData data) {
            data.setFirst(0);
        }
    }

    public UnitRows getRows() { return rows; }
    public List<AdministrationSummary> getAdministrations() { return administrations; }
    public ServiceArea[] getServiceAreas() { return ServiceArea.values(); }
    public OperatorType[] getOperatorTypes() { return OperatorType.values(); }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getAdministrationId() { return administrationId; }
    public void setAdministrationId(Long administrationId) { this.administrationId = administrationId; }
    public ServiceArea getServiceArea() { return serviceArea; }
    public void setServiceArea(ServiceArea serviceArea) { this.serviceArea = serviceArea; }
    public OperatorType getOperatorType() { return operatorType; }
    public void setOperatorType(OperatorType operatorType) { this.operatorType = operatorType; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
}

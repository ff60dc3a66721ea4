package se.kvalitet.organizations.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.boundary.Organizations.UnitFilter;
import se.kvalitet.organizations.boundary.Organizations.UnitRow;

/**
 * The unit list, one page at a time from the database. Filtering comes from the filter form above the
 * table (labelled inputs), sorting from the table's column headers.
 */
public class UnitRows extends LazyDataModel<UnitRow> {

    private static final long serialVersionUID = 1L;

    private final Organizations organizations;
    private UnitFilter filter = UnitFilter.none();

    public UnitRows(Organizations organizations) {
        this.organizations = organizations;
    }

    public void setFilter(UnitFilter filter) {
        this.filter = filter == null ? UnitFilter.none() : filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, organizations.unitCount(filter));
    }

    @Override
    public List<UnitRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted()).sorted().findFirst().orElse(null);
        String field = sort == null ? null : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return organizations.unitRows(filter, field, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(UnitRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public UnitRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }
}

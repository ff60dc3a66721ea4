package se.kvalitet.applications.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.kvalitet.applications.boundary.ApplicationFilter;
import se.kvalitet.applications.boundary.ApplicationSummary;
import se.kvalitet.applications.boundary.ApplicationRegister;

/**
 * A cycle's applications, one page at a time from the database (one statement per page, names joined in).
 * Filtering comes from the labelled filter form above the table, sorting from the column headers.
 */
public class ApplicationRows extends LazyDataModel<ApplicationSummary> {

    private static final long serialVersionUID = 1L;

    private final ApplicationRegister applicationRegister;
    private Long cycleId;
    private ApplicationFilter filter = ApplicationFilter.none();

    public ApplicationRows(ApplicationRegister applicationRegister) {
        this.applicationRegister = applicationRegister;
    }

    void show(Long cycleId, ApplicationFilter filter) {
        this.cycleId = cycleId;
        this.filter = filter == null ? ApplicationFilter.none() : filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return cycleId == null ? 0 : (int) Math.min(Integer.MAX_VALUE, applicationRegister.cycleApplicationCount(cycleId, filter));
    }

    @Override
    public List<ApplicationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (cycleId == null) {
            return List.of();
        }
        var sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted()).sorted().findFirst().orElse(null);
        String field = sort == null ? "registrationNumber" : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return applicationRegister.cycleApplications(cycleId, filter, field, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(ApplicationSummary row) {
        return String.valueOf(row.id());
    }

    @Override
    public ApplicationSummary getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }
}

package se.kvalitet.people.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.kvalitet.people.boundary.People;
import se.kvalitet.people.boundary.People.AccountFilter;
import se.kvalitet.people.boundary.People.AccountRow;

/** The account list, one page at a time from the database; filtered by the form above the table. */
public class AccountRows extends LazyDataModel<AccountRow> {

    private static final long serialVersionUID = 1L;

    private final People people;
    private AccountFilter filter = AccountFilter.none();

    public AccountRows(People people) {
        this.people = people;
    }

    public void setFilter(AccountFilter filter) {
        this.filter = filter == null ? AccountFilter.none() : filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, people.accountCount(filter));
    }

    @Override
    public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted()).sorted().findFirst().orElse(null);
        String field = sort == null ? null : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return people.accounts(filter, field, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(AccountRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public AccountRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }
}

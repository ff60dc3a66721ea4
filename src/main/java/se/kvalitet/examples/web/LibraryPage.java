package se.kvalitet.examples.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.examples.boundary.Library;
import se.kvalitet.examples.boundary.LibraryQuery;
import se.kvalitet.examples.boundary.Views;

/**
 * /examples/library.xhtml: the library's search, bookmarkable: the text is {@code q}, each chosen facet value a
 * parameter of the facet's name (several values of one facet are alternatives). Every facet link is a plain link
 * with the query changed by that one value, so the page works without JavaScript and is keyboard operable.
 */
@Named("libraryPage")
@RequestScoped
public class LibraryPage {

    @Inject
    Library library;

    private String q;
    private Map<String, List<String>> filters = new LinkedHashMap<>();
    private Views.SearchResult result;

    public void load() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        String[] text = params.get("q");
        q = text == null || text.length == 0 || text[0].isBlank() ? null : text[0].strip();
        for (String facet : LibraryQuery.FACETS) {
            String[] values = params.get(facet);
            if (values != null && values.length > 0) {
                filters.put(facet, List.of(values));
            }
        }
        result = library.search(new LibraryQuery(q, filters));
    }

    /** The page's address with {@code value} of {@code facet} added or, when chosen, removed. */
    public String toggle(String facet, String value) {
        var changed = new LinkedHashMap<String, List<String>>();
        filters.forEach((f, v) -> changed.put(f, new ArrayList<>(v)));
        var values = changed.computeIfAbsent(facet, f -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return address(q, changed);
    }

    /** The address without any facet, keeping the text. */
    public String clearFilters() {
        return address(q, Map.of());
    }

    static String address(String q, Map<String, List<String>> filters) {
        var query = new StringBuilder();
        if (q != null) {
            query.append("q=").append(encode(q));
        }
        filters.forEach((facet, values) -> values.forEach(v -> query.append(query.length() == 0 ? "" : "&")
                .append(facet).append('=').append(encode(v))));
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/examples/library.xhtml" + (query.length() == 0 ? "" : "?" + query);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A facet value as readers see it: awards, outcomes and service areas by their names in the page's language. */
    public String label(String facet, String value) {
        return switch (facet) {
            case "award", "outcome", "area" -> se.kvalitet.platform.web.Messages.text("examples." + facet + "." + value);
            default -> value;
        };
    }

    public boolean isFiltered() {
        return !filters.isEmpty();
    }

    public String getQ() { return q; }
    public Views.SearchResult getResult() { return result; }
    public boolean isStaff() { return library.staff(); }
}

package se.kvalitet.examples.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A search of the library: free text (Swedish, inflected forms match) and facet filters by facet name
 * ({@code year}, {@code award}, {@code outcome}, {@code class}, {@code area}, {@code administration},
 * {@code criterion}). Values of one facet are alternatives; facets combine with each other and with the text.
 */
public record LibraryQuery(String text, Map<String, List<String>> filters) implements Serializable {

    public static final List<String> FACETS = List.of("year", "award", "outcome", "class", "area", "administration",
            "criterion");

    public LibraryQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static LibraryQuery of(String text) {
        return new LibraryQuery(text, Map.of());
    }

    public List<String> values(String facet) {
        return filters.getOrDefault(facet, List.of());
    }
}

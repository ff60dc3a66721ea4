package se.kvalitet.platform.rest;

/**
 * A page of a long list as asked for by {@code ?first=&max=}: {@code first} is the offset (0 or more),
 * {@code max} the page size (1 to {@link #MAX_PAGE_SIZE}). Parameters arrive as text so that a caller
 * who writes {@code max=abc} is told what is wrong (400) instead of getting JAX-RS' bare 404.
 */
public record Paging(int first, int max) {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int DEFAULT_PAGE_SIZE = 50;

    public static Paging of(String first, String max) {
        return new Paging(QueryParameters.integer("first", first, 0, 0, Integer.MAX_VALUE),
                QueryParameters.integer("max", max, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
    }
}

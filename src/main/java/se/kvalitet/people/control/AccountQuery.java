package se.kvalitet.people.control;

import se.kvalitet.platform.persistence.Like;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import se.kvalitet.platform.security.Role;

/**
 * The JPQL for one page of the account list. A page is read in two steps: the ids of the page (filtered,
 * sorted, paged), then those people with their roles in one statement, so the list costs the same
 * number of statements whatever its length. Sorting is only by a column of a fixed list; the text filter
 * matches name or e-mail, case-insensitively, with LIKE wildcards in the search text taken literally.
 */
public final class AccountQuery {

    static final Map<String, String> SORTABLE = Map.of(
            "fullName", "p.fullName",
            "email", "p.email",
            "active", "p.active",
            "lastSignInAt", "p.lastSignInAt",
            "pausedUntil", "p.lockedUntil");

    static final char ESCAPE = Like.ESCAPE;

    private final String where;
    private final Map<String, Object> parameters;
    private final String orderBy;

    private AccountQuery(String where, Map<String, Object> parameters, String orderBy) {
        this.where = where;
        this.parameters = parameters;
        this.orderBy = orderBy;
    }

    /** People whose name or e-mail contains {@code text} and who hold {@code role}; null does not filter. */
    public static AccountQuery filtered(String text, Role role) {
        var conditions = new StringJoiner(" and ");
        var parameters = new LinkedHashMap<String, Object>();
        if (text != null && !text.isBlank()) {
            conditions.add("(lower(p.fullName) like :text escape '" + ESCAPE + "' or lower(p.email) like :text escape '"
                    + ESCAPE + "')");
            parameters.put("text", Like.containing(text.strip()));
        }
        if (role != null) {
            conditions.add("p.id in (select q.id from Person q join q.roles r where r = :role)");
            parameters.put("role", role);
        }
        String where = conditions.length() == 0 ? "" : " where " + conditions;
        return new AccountQuery(where, Map.copyOf(parameters), "p.fullName asc, p.id asc");
    }

    /** The same filter sorted by a known column (unknown or missing: by name); ties broken by name, then id. */
    public AccountQuery sortedBy(String field, boolean ascending) {
        String column = field == null ? null : SORTABLE.get(field);
        String direction = ascending ? "asc" : "desc";
        if (column == null || "p.fullName".equals(column)) {
            return new AccountQuery(where, parameters, "p.fullName " + direction + ", p.id asc");
        }
        return new AccountQuery(where, parameters, column + " " + direction + ", p.fullName asc, p.id asc");
    }

    /** Step one: the ids of the page, in order. */
    public String idsJpql() {
        return "select p.id from Person p" + where + " order by " + orderBy;
    }

    /** Step two: those people with their roles, in one statement (the caller restores the order). */
    public static String peopleJpql() {
        return "select distinct p from Person p left join fetch p.roles where p.id in :ids";
    }

    public String countJpql() {
        return "select count(p) from Person p" + where;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

}

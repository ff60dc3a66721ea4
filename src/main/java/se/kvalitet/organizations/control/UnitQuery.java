package se.kvalitet.organizations.control;

import se.kvalitet.platform.persistence.Like;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;

/**
 * The JPQL for one page of the unit list: filter, sort and count. Sorting is only ever by a column of a
 * fixed list (never by a text from the request), and the name filter is a case-insensitive "contains"
 * with the LIKE wildcards of the search text escaped, so "50%" finds "50%" and not everything.
 */
public final class UnitQuery {

    /** Sortable columns of the list, by the names the page uses, and what they sort by. */
    static final Map<String, String> SORTABLE = Map.of(
            "name", "u.name",
            "administration", "a.name",
            "board", "b.name",
            "operatorType", "u.operatorType",
            "serviceArea", "u.serviceArea",
            "staffCount", "u.staffCount",
            "active", "u.active");

    static final char ESCAPE = Like.ESCAPE;

    private final String where;
    private final Map<String, Object> parameters;
    private final String orderBy;

    private UnitQuery(String where, Map<String, Object> parameters, String orderBy) {
        this.where = where;
        this.parameters = parameters;
        this.orderBy = orderBy;
    }

    /**
     * A query for the units that match every given criterion; a null (or blank) criterion does not filter.
     */
    public static UnitQuery filtered(String name, Long administrationId, ServiceArea serviceArea,
                                     OperatorType operatorType, Boolean active) {
        var conditions = new StringJoiner(" and ");
        var parameters = new LinkedHashMap<String, Object>();
        if (name != null && !name.isBlank()) {
            conditions.add("lower(u.name) like :name escape '" + ESCAPE + "'");
            parameters.put("name", Like.containing(name.strip()));
        }
        if (administrationId != null) {
            conditions.add("a.id = :administrationId");
            parameters.put("administrationId", administrationId);
        }
        if (serviceArea != null) {
            conditions.add("u.serviceArea = :serviceArea");
            parameters.put("serviceArea", serviceArea);
        }
        if (operatorType != null) {
            conditions.add("u.operatorType = :operatorType");
            parameters.put("operatorType", operatorType);
        }
        if (active != null) {
            conditions.add("u.active = :active");
            parameters.put("active", active);
        }
        String where = conditions.length() == 0 ? "" : " where " + conditions;
        return new UnitQuery(where, Map.copyOf(parameters), "u.name asc, u.id asc");
    }

    /** The same filter sorted by a known column (unknown or missing: by name); ties always broken by id. */
    public UnitQuery sortedBy(String field, boolean ascending) {
        String column = field == null ? null : SORTABLE.get(field);
        if (column == null) {
            return new UnitQuery(where, parameters, "u.name " + direction(ascending) + ", u.id asc");
        }
        String order = column + " " + direction(ascending);
        if (!"u.name".equals(column)) {
            order += ", u.name asc";
        }
        return new UnitQuery(where, parameters, order + ", u.id asc");
    }

    /**
     * What a unit row holds, read as plain columns, so a unit with its administration and board costs one
     * statement for the whole page (a nested fetch join would not fetch the board in EclipseLink).
     * In order: unit id, unit name, administration id, administration name, board name, operator type,
     * service area, staff count, active, version.
     */
    public static final String ROW_COLUMNS = "select u.id, u.name, a.id, a.name, b.name, u.operatorType, u.serviceArea, "
            + "u.staffCount, u.active, u.version from Unit u join u.administration a join a.board b";

    /** One page of unit rows (see {@link #ROW_COLUMNS}). */
    public String selectJpql() {
        return ROW_COLUMNS + where + " order by " + orderBy;
    }

    /** The unit rows with the ids in the parameter {@code ids}. */
    public static String byIdsJpql() {
        return ROW_COLUMNS + " where u.id in :ids";
    }

    /** Units to choose from: the active ones and the one in parameter {@code chosen}, by name. */
    public static String choicesJpql() {
        return ROW_COLUMNS + " where u.active = true or u.id = :chosen order by u.name, a.name, u.id";
    }

    public String countJpql() {
        return "select count(u) from Unit u join u.administration a join a.board b" + where;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }


    private static String direction(boolean ascending) {
        return ascending ? "asc" : "desc";
    }
}

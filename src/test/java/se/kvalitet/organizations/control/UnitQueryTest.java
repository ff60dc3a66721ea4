package se.kvalitet.organizations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;

class UnitQueryTest {

    @Test
    void withoutFilterAllUnitsByNameWithAdministrationAndBoardInTheSameStatement() {
        var query = UnitQuery.filtered(null, null, null, null, null);
        assertEquals("select u.id, u.name, a.id, a.name, b.name, u.operatorType, u.serviceArea, u.staffCount, u.active, "
                + "u.version from Unit u join u.administration a join a.board b order by u.name asc, u.id asc",
                query.selectJpql());
        assertEquals("select count(u) from Unit u join u.administration a join a.board b", query.countJpql());
        assertTrue(query.parameters().isEmpty());
    }

    @Test
    void everyGivenCriterionFilters() {
        var query = UnitQuery.filtered(" Sol ", 4L, ServiceArea.PRESCHOOL, OperatorType.PRIVATE, true);
        assertEquals("select count(u) from Unit u join u.administration a join a.board b where "
                + "lower(u.name) like :name escape '!' and a.id = :administrationId and u.serviceArea = :serviceArea "
                + "and u.operatorType = :operatorType and u.active = :active", query.countJpql());
        assertEquals(Map.of("name", "%sol%", "administrationId", 4L, "serviceArea", ServiceArea.PRESCHOOL,
                "operatorType", OperatorType.PRIVATE, "active", true), query.parameters());
        assertTrue(query.selectJpql().contains(" where lower(u.name) like :name"));
    }

    @Test
    void blankNameDoesNotFilter() {
        assertFalse(UnitQuery.filtered("  ", null, null, null, null).countJpql().contains("where"));
    }

    @Test
    void wildcardsInTheNameAreTakenLiterally() {
        assertEquals("%50!% och !_!!%", se.kvalitet.platform.persistence.Like.containing("50% och _!"));
        assertEquals("%förskolan åkern%", se.kvalitet.platform.persistence.Like.containing("Förskolan ÅKERN"));
    }

    @Test
    void sortsByTheListColumnsWithNameAndIdBreakingTies() {
        var base = UnitQuery.filtered(null, null, null, null, null);
        assertTrue(base.sortedBy("administration", true).selectJpql().endsWith("order by a.name asc, u.name asc, u.id asc"));
        assertTrue(base.sortedBy("board", false).selectJpql().endsWith("order by b.name desc, u.name asc, u.id asc"));
        assertTrue(base.sortedBy("staffCount", false).selectJpql().endsWith("order by u.staffCount desc, u.name asc, u.id asc"));
        assertTrue(base.sortedBy("serviceArea", true).selectJpql().endsWith("order by u.serviceArea asc, u.name asc, u.id asc"));
        assertTrue(base.sortedBy("name", false).selectJpql().endsWith("order by u.name desc, u.id asc"));
    }

    @Test
    void unknownSortFieldsFallBackToName() {
        var base = UnitQuery.filtered(null, null, null, null, null);
        assertTrue(base.sortedBy(null, true).selectJpql().endsWith("order by u.name asc, u.id asc"));
        String injected = base.sortedBy("u.name; delete from unit", false).selectJpql();
        assertTrue(injected.endsWith("order by u.name desc, u.id asc"));
        assertFalse(injected.contains("delete"));
    }

    @Test
    void sortingKeepsTheFilter() {
        var query = UnitQuery.filtered("skola", null, null, null, false).sortedBy("board", true);
        assertTrue(query.selectJpql().contains("where lower(u.name) like :name escape '!' and u.active = :active order by b.name"));
        assertEquals(2, query.parameters().size());
    }
}

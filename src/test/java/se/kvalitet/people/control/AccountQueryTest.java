package se.kvalitet.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.security.Role;

class AccountQueryTest {

    @Test
    void withoutFilterEverybodyByName() {
        var query = AccountQuery.filtered(null, null);
        assertEquals("select p.id from Person p order by p.fullName asc, p.id asc", query.idsJpql());
        assertEquals("select count(p) from Person p", query.countJpql());
        assertTrue(query.parameters().isEmpty());
        assertEquals(query.countJpql(), AccountQuery.filtered("   ", null).countJpql(), "blank text does not filter");
    }

    @Test
    void textMatchesNameOrEmailCaseInsensitively() {
        var query = AccountQuery.filtered(" Anna ", null);
        assertTrue(query.countJpql().contains("lower(p.fullName) like :text escape '!' or lower(p.email) like :text escape '!'"));
        assertEquals(Map.of("text", "%anna%"), query.parameters());
    }

    @Test
    void wildcardsInTheTextAreTakenLiterally() {
        assertEquals("%100!%!_sure!!%", se.kvalitet.platform.persistence.Like.containing("100%_SURE!"));
    }

    @Test
    void roleFiltersOnHeldRoles() {
        var query = AccountQuery.filtered(null, Role.EXAMINER);
        assertTrue(query.countJpql().contains("p.id in (select q.id from Person q join q.roles r where r = :role)"));
        assertEquals(Role.EXAMINER, query.parameters().get("role"));
    }

    @Test
    void sortsOnlyByKnownColumns() {
        var base = AccountQuery.filtered(null, null);
        assertTrue(base.sortedBy("email", false).idsJpql().endsWith("order by p.email desc, p.fullName asc, p.id asc"));
        assertTrue(base.sortedBy("lastSignInAt", true).idsJpql().endsWith("order by p.lastSignInAt asc, p.fullName asc, p.id asc"));
        assertTrue(base.sortedBy("pausedUntil", true).idsJpql().contains("order by p.lockedUntil asc"));
        assertTrue(base.sortedBy("fullName", false).idsJpql().endsWith("order by p.fullName desc, p.id asc"));
        String injected = base.sortedBy("p.passwordHash; drop table person", true).idsJpql();
        assertTrue(injected.endsWith("order by p.fullName asc, p.id asc"));
        assertFalse(injected.contains("drop"));
    }
}

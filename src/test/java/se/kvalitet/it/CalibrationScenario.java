package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * Test-only: a cycle of its own with three examiners on its register (not yet trained), and an examiner who has a
 * record only in another cycle. Built as the signed-in administrator; the people sign in with the given password.
 */
@Stateless
public class CalibrationScenario {

    /** The cycles, and per key (e1, e2, e3, elsewhere) the e-mail address, person id and examiner record id. */
    public record Fixture(Long cycleId, String cycleName, Long otherCycleId, Map<String, String> emails,
                          Map<String, Long> people, Map<String, Long> records) {
    }

    @Inject Fixtures fixtures;
    @Inject People people;
    @Inject ExaminerFixtures examiners;

    public Fixture build(String password) {
        var cycle = fixtures.cycle("Kalibrering");
        var other = fixtures.cycle("Kalibrering, ett annat år");
        var emails = new LinkedHashMap<String, String>();
        var ids = new LinkedHashMap<String, Long>();
        var records = new LinkedHashMap<String, Long>();
        for (String key : new String[]{"e1", "e2", "e3", "elsewhere"}) {
            String email = key + "-" + UUID.randomUUID() + "@kvalitet.test";
            Long personId = people.create(email, Fixtures.unique("Examinator " + key), password.toCharArray(),
                    EnumSet.of(Role.EXAMINER), null, null).getId();
            Long recordCycle = "elsewhere".equals(key) ? other.cycleId() : cycle.cycleId();
            records.put(key, examiners.register(recordCycle, personId, null, null, 2, false, false, Set.of("PRESCHOOL"), false));
            emails.put(key, email);
            ids.put(key, personId);
        }
        return new Fixture(cycle.cycleId(), "Kalibrering " + cycle.year(), other.cycleId(), emails, ids, records);
    }
}

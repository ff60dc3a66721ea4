package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Last year's answers into this year's draft: matched by code, within this year's limits, the rest listed. */
class CarryOverTest {

    @Test
    void answersFollowTheirCodeAndTheRestIsListedWithTheReason() {
        var earlier = new LinkedHashMap<String, String>();
        earlier.put("1.1", "Vi leder.");
        earlier.put("2.3", "Ett kriterium som togs bort i år.");
        earlier.put("3.1", "x".repeat(101));
        earlier.put("4.1", " ");
        var plan = CarryOver.plan(earlier, List.of(new CarryOver.Target("1.1", 100), new CarryOver.Target("3.1", 100),
                new CarryOver.Target("4.1", 100), new CarryOver.Target("5.1", 100)));
        assertEquals(java.util.Map.of("1.1", "Vi leder."), plan.copied());
        assertEquals(List.of(new CarryOver.Left("2.3", CarryOver.Reason.NO_CRITERION, "Ett kriterium som togs bort i år."),
                new CarryOver.Left("3.1", CarryOver.Reason.TOO_LONG, "x".repeat(101))), plan.left());
    }
}

package se.kvalitet.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kvalitet.jury.control.MeetingOrder;

class MeetingOrderTest {

    @Test
    void withoutConflictsTheRankOrderStays() {
        assertEquals(List.of(3L, 1L, 2L, 7L, 8L), MeetingOrder.propose(List.of(List.of(3L, 1L, 2L), List.of(7L, 8L)), Map.of()));
    }

    @Test
    void applicationsWithTheSameRecusalsAreTakenTogetherAfterTheFreeOnes() {
        // juror 10 is recused from 1 and 3, juror 20 from 2; rank order 1, 2, 3, 4
        var recusals = Map.of(1L, Set.of(10L), 2L, Set.of(20L), 3L, Set.of(10L));
        var order = MeetingOrder.propose(List.of(List.of(1L, 2L, 3L, 4L)), recusals);
        assertEquals(List.of(4L, 1L, 3L, 2L), order);
        assertEquals(2, MeetingOrder.stepOuts(order, recusals));
        assertEquals(3, MeetingOrder.stepOuts(List.of(1L, 2L, 3L, 4L), recusals));
    }

    @Test
    void groupsSharingAJurorSitNextToEachOther() {
        // 10 recused from 1, 10 and 20 from 2, 30 from 3, 20 from 4
        var recusals = Map.of(1L, Set.of(10L), 2L, Set.of(10L, 20L), 3L, Set.of(30L), 4L, Set.of(20L));
        var order = MeetingOrder.propose(List.of(List.of(3L, 4L, 1L, 2L)), recusals);
        assertEquals(List.of(1L, 2L, 4L, 3L), order);
        // 10 steps out once (1-2), 20 once (2-4), 30 once
        assertEquals(3, MeetingOrder.stepOuts(order, recusals));
    }

    @Test
    void classesKeepTheirOrder() {
        var recusals = Map.of(1L, Set.of(10L), 5L, Set.of(10L));
        var order = MeetingOrder.propose(List.of(List.of(1L, 2L), List.of(5L, 6L)), recusals);
        assertEquals(List.of(2L, 1L, 6L, 5L), order);
        assertTrue(order.indexOf(1L) < order.indexOf(5L));
    }

    @Test
    void stepOutsCountsRunsPerJuror() {
        var recusals = Map.of(1L, Set.of(10L), 3L, Set.of(10L));
        assertEquals(2, MeetingOrder.stepOuts(List.of(1L, 2L, 3L), recusals));
        assertEquals(1, MeetingOrder.stepOuts(List.of(2L, 1L, 3L), recusals));
        assertEquals(0, MeetingOrder.stepOuts(List.of(), recusals));
    }
}

package se.kvalitet.cycles.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ceremony's day and place: free until the cycle is past its announcement, then only corrected with a reason. */
class CeremonyTest {

    @ParameterizedTest(name = "in {0}: locked {1}")
    @CsvSource({"PLANNING,false", "APPLICATION_OPEN,false", "JURY,false", "ANNOUNCED,false", "FEEDBACK,true", "CLOSED,true"})
    void theCeremonyLocksOncePastTheAnnouncement(Phase phase, boolean locked) {
        var cycle = AwardCycleTest.inPhase(phase);
        assertEquals(locked, cycle.ceremonyLocked());
        LocalDate day = LocalDate.of(2027, 12, 10);
        if (locked) {
            var refused = assertThrows(PhaseTransitionException.class, () -> cycle.planCeremony(day, "Stadshuset"));
            assertEquals("cycle.ceremony.locked", refused.getMessageKey());
            cycle.correctCeremony(day, "Stadshuset", "Fel dag i beslutet.");
        } else {
            cycle.planCeremony(day, "Stadshuset");
        }
        assertEquals(day, cycle.getCeremonyOn());
        assertEquals("Stadshuset", cycle.getCeremonyPlace());
    }

    @Test
    void notBeforeTheAnnouncementAndACorrectionNeedsAReason() {
        var cycle = AwardCycleTest.inPhase(Phase.CLOSED);
        var noReason = assertThrows(PhaseTransitionException.class, () -> cycle.correctCeremony(null, null, " "));
        assertEquals("cycle.dates.correction.reasonRequired", noReason.getMessageKey());
        var planned = AwardCycleTest.planned();
        planned.getDates().setAnnouncementOn(LocalDate.of(2027, 11, 1));
        var early = assertThrows(PhaseTransitionException.class,
                () -> planned.planCeremony(LocalDate.of(2027, 10, 31), null));
        assertEquals("cycle.ceremony.beforeAnnouncement", early.getMessageKey());
        planned.planCeremony(LocalDate.of(2027, 11, 1), "  ");
        assertEquals(null, planned.getCeremonyPlace(), "a blank place is no place");
    }
}

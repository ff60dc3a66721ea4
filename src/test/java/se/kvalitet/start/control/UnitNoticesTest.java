package se.kvalitet.start.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.start.control.UnitNotices.Decision;
import se.kvalitet.start.control.UnitNotices.Example;

/** A unit hears of a recent decision and of each record that waits for its consent; nothing else. */
class UnitNoticesTest {

    static final Instant NOW = Instant.parse("2027-12-01T09:00:00Z");

    @Test
    void aDecisionIsNewsForSixtyDaysAfterItsAnnouncement() {
        var recent = new Decision(2027, "KS 2027/3", "jury.outcome.WINNER", NOW.minus(Duration.ofDays(59)));
        var old = new Decision(2026, "KS 2026/1", "jury.outcome.HONOURABLE_MENTION", NOW.minus(Duration.ofDays(60)));
        var notYet = new Decision(2027, "KS 2027/4", "jury.outcome.WINNER", NOW.plusSeconds(60));
        var notices = UnitNotices.notices(List.of(recent, old, notYet), List.of(), NOW);
        assertEquals(1, notices.size());
        assertEquals("start.applicant.decision", notices.get(0).messageKey());
        assertEquals(List.of(2027, "KS 2027/3", new UnitNotices.Key("jury.outcome.WINNER")), notices.get(0).arguments());
        assertEquals("/feedback/mine.xhtml", notices.get(0).link());
    }

    @Test
    void aRecordWaitsForConsentWhileAnyAudienceIsPending() {
        var notices = UnitNotices.notices(List.of(), List.of(
                new Example(1L, 2027, "Läsglädje", "PENDING", "PENDING"),
                new Example(2L, 2027, "Matsvinn", "GIVEN", "PENDING"),
                new Example(3L, 2026, "Utedag", "GIVEN", "REFUSED")), NOW);
        assertEquals(List.of("Läsglädje", "Matsvinn"), notices.stream().map(n -> n.arguments().get(1)).toList());
        notices.forEach(n -> assertEquals("/examples/consent.xhtml", n.link()));
    }
}

package se.kvalitet.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.jury.entity.JuryDecision;
import se.kvalitet.jury.entity.JuryMeeting;
import se.kvalitet.jury.entity.Outcome;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.errors.RuleViolation;

/** The motivation rule, the lock at announcement, and blind mode's reveal. */
class JuryDecisionTest {

    private static final Instant NOW = Instant.parse("2065-11-10T10:00:00Z");

    @ParameterizedTest(name = "{0} with motivation \"{1}\" -> allowed {2}")
    @CsvSource({
            "WINNER, 'Ett föredöme.', true",
            "WINNER, '', false",
            "WINNER, '   ', false",
            "HONOURABLE_MENTION, 'Bra arbete.', true",
            "HONOURABLE_MENTION, '', false",
            "NOT_AWARDED, '', true",
            "NOT_AWARDED, 'Nära.', true",
    })
    void motivationRequiredForWinnersAndHonourableMentions(String outcome, String motivation, boolean allowed) {
        if (allowed) {
            var d = JuryDecision.decide(1L, 2L, Outcome.valueOf(outcome), motivation, NOW, "ordf");
            assertEquals(Outcome.valueOf(outcome), d.getOutcome());
        } else {
            var refused = assertThrows(RuleViolation.class,
                    () -> JuryDecision.decide(1L, 2L, Outcome.valueOf(outcome), motivation, NOW, "ordf"));
            assertEquals("jury.decision.motivationRequired", refused.getMessageKey());
        }
    }

    @Test
    void blankMotivationIsStoredAsNone() {
        assertNull(JuryDecision.decide(1L, 2L, Outcome.NOT_AWARDED, "  ", NOW, "ordf").getMotivation());
    }

    @Test
    void tooLongMotivationIsRefused() {
        var refused = assertThrows(RuleViolation.class, () -> JuryDecision.decide(1L, 2L, Outcome.WINNER,
                "x".repeat(JuryDecision.MOTIVATION_MAX + 1), NOW, "ordf"));
        assertEquals("jury.decision.motivationTooLong", refused.getMessageKey());
    }

    @Test
    void aDecisionCanChangeUntilAnnouncedAndNeverAfter() {
        var d = JuryDecision.decide(1L, 2L, Outcome.NOT_AWARDED, null, NOW, "ordf");
        d.change(Outcome.WINNER, "Vinnare.", NOW, "ordf");
        assertEquals(Outcome.WINNER, d.getOutcome());
        d.announce(NOW);
        assertTrue(d.announced());
        assertEquals("jury.decision.locked", assertThrows(RuleViolation.class,
                () -> d.change(Outcome.NOT_AWARDED, null, NOW, "ordf")).getMessageKey());
        assertEquals("jury.decision.locked", assertThrows(RuleViolation.class, () -> d.announce(NOW)).getMessageKey());
    }

    @Test
    void unknownOutcomeIsABadParameter() {
        assertThrows(InvalidParameter.class, () -> Outcome.named("GOLD"));
        assertThrows(InvalidParameter.class, () -> Outcome.named(null));
    }

    @Test
    void blindModeHidesNamesUntilRevealedAndRevealingIsFinal() {
        var meeting = new JuryMeeting(1L);
        assertEquals(false, meeting.namesHidden());
        meeting.setBlind(true);
        assertTrue(meeting.namesHidden());
        meeting.revealNames(NOW);
        assertEquals(false, meeting.namesHidden());
        assertEquals("jury.blind.alreadyRevealed", assertThrows(RuleViolation.class, () -> meeting.setBlind(true)).getMessageKey());
    }

    @Test
    void theMeetingStepsAlongTheAgendaAndStaysAtTheEnds() {
        var meeting = new JuryMeeting(1L);
        assertThrows(RuleViolation.class, () -> meeting.step(1));
        meeting.setAgenda(java.util.List.of(5L, 6L, 7L), NOW);
        assertEquals(5L, meeting.getDiscussingApplicationId());
        meeting.step(1);
        meeting.step(1);
        meeting.step(1);
        assertEquals(7L, meeting.getDiscussingApplicationId());
        meeting.step(-1);
        assertEquals(6L, meeting.getDiscussingApplicationId());
        assertThrows(RuleViolation.class, () -> meeting.discuss(99L));
    }
}

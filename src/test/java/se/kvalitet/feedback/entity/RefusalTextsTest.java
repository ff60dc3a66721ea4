package se.kvalitet.feedback.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.i18n.Texts;

/** Every refusal of the report's workflow reads as a sentence in both languages, with its arguments filled in. */
class RefusalTextsTest {

    @Test
    void tooEarlyNamesTheDayInBothLanguages() {
        var report = FeedbackReport.draft(1L, 1L, "CLOSED", "sv", Instant.parse("2026-11-20T10:00:00Z"), "l");
        report.review("CLOSED", Instant.parse("2026-11-20T10:00:00Z"), "a");
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> report.release(LocalDate.parse("2026-11-21"), Instant.parse("2026-11-20T10:00:00Z"), "a"));
        assertEquals("Återkopplingen kan lämnas ut tidigast 2026-11-21.",
                Texts.text(Texts.SWEDISH, refused.getMessageKey(), refused.getArguments()));
        assertTrue(Texts.text(Texts.ENGLISH, refused.getMessageKey(), refused.getArguments()).contains("2026-11-21"));
    }

    @Test
    void theOtherRefusalsHaveTexts() {
        for (String key : new String[]{"feedback.consensusNotClosed", "feedback.review.notDrafted",
                "feedback.release.notReviewed", "feedback.release.noFeedbackDate", "feedback.alreadyReleased",
                "feedback.conflict.stale", "feedback.notDrafted"}) {
            assertTrue(!Texts.text(Texts.SWEDISH, key).equals(key) && !Texts.text(Texts.ENGLISH, key).equals(key), key);
        }
    }
}

package se.kvalitet.feedback.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class FeedbackReportTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate FEEDBACK_ON = LocalDate.parse("2026-11-20");

    static FeedbackReport drafted() {
        return FeedbackReport.draft(7L, 3L, "CLOSED", "sv", NOW, "leader@stad.example");
    }

    static void refused(String key, Runnable action) {
        RuleViolation violation = assertThrows(RuleViolation.class, action::run);
        assertEquals(key, violation.getMessageKey());
    }

    @Test
    void aDraftNeedsAClosedConsensus() {
        for (String status : new String[]{"OPEN", "NOT_OPENED", null}) {
            refused("feedback.consensusNotClosed", () -> FeedbackReport.draft(7L, 3L, status, "sv", NOW, "x"));
        }
        var report = drafted();
        assertEquals(ReportStatus.DRAFTED, report.getStatus());
        assertEquals("leader@stad.example", report.getDraftedBy());
    }

    @Test
    void theLanguageIsSwedishUnlessEnglish() {
        assertEquals("en", FeedbackReport.draft(7L, 3L, "CLOSED", "en", NOW, "x").getLanguage());
        assertEquals("sv", FeedbackReport.draft(7L, 3L, "CLOSED", "de", NOW, "x").getLanguage());
        assertEquals("sv", FeedbackReport.draft(7L, 3L, "CLOSED", null, NOW, "x").getLanguage());
    }

    @Test
    void draftedReviewedReleased() {
        var report = drafted();
        report.review("CLOSED", NOW, "admin@stad.example");
        assertEquals(ReportStatus.REVIEWED, report.getStatus());
        report.release(FEEDBACK_ON, NOW, "admin@stad.example");
        assertTrue(report.released());
        assertEquals(NOW, report.getReleasedAt());
    }

    @Test
    void releaseNeedsAReviewAndTheFeedbackDate() {
        var report = drafted();
        refused("feedback.release.notReviewed", () -> report.release(FEEDBACK_ON, NOW, "a"));
        report.review("CLOSED", NOW, "a");
        refused("feedback.release.noFeedbackDate", () -> report.release(null, NOW, "a"));
        refused("feedback.release.tooEarly", () -> report.release(FEEDBACK_ON.plusDays(1), NOW, "a"));
        assertEquals(ReportStatus.REVIEWED, report.getStatus());
    }

    @Test
    void theFeedbackDateIsTheCitysDay() {
        var report = drafted();
        report.review("CLOSED", NOW, "a");
        // 23:30 UTC on the 19th is already the 20th in Stockholm
        report.release(FEEDBACK_ON, Instant.parse("2026-11-19T23:30:00Z"), "a");
        assertTrue(report.released());
    }

    @Test
    void aReviewNeedsADraftAndAStillClosedConsensus() {
        var report = drafted();
        refused("feedback.consensusNotClosed", () -> report.review("OPEN", NOW, "a"));
        report.review("CLOSED", NOW, "a");
        refused("feedback.review.notDrafted", () -> report.review("CLOSED", NOW, "a"));
    }

    @Test
    void aRedraftVoidsTheReview() {
        var report = drafted();
        report.review("CLOSED", NOW, "a");
        report.redraft("CLOSED", "en", NOW.plusSeconds(60), "leader2");
        assertEquals(ReportStatus.DRAFTED, report.getStatus());
        assertNull(report.getReviewedAt());
        assertEquals("en", report.getLanguage());
    }

    @Test
    void aReleasedReportIsFinal() {
        var report = drafted();
        report.review("CLOSED", NOW, "a");
        report.release(FEEDBACK_ON, NOW, "a");
        refused("feedback.alreadyReleased", () -> report.redraft("CLOSED", "sv", NOW, "l"));
        refused("feedback.alreadyReleased", () -> report.review("CLOSED", NOW, "a"));
        refused("feedback.alreadyReleased", () -> report.release(FEEDBACK_ON, NOW, "a"));
    }

    @Test
    void theMeetingDateIsRecorded() {
        var report = drafted();
        report.recordMeeting(LocalDate.parse("2026-12-01"));
        assertEquals(LocalDate.parse("2026-12-01"), report.getMeetingOn());
        report.recordMeeting(null);
        assertNull(report.getMeetingOn());
    }
}

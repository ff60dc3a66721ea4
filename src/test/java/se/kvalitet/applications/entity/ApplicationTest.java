package se.kvalitet.applications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    static Application draft(AwardCategory award) {
        return new Application(1L, 2L, 3L, 4L, award, NOW, "sokande@kvalitet.demo");
    }

    @Test
    void answersAreKeptByCriterionUpToTheLimit() {
        var a = draft(AwardCategory.QUALITY_AWARD);
        a.saveAnswer(10L, "1.1", "Vi arbetar systematiskt.", 30, NOW);
        a.saveAnswer(10L, "1.1", "Vi arbetar\r\nsystematiskt.", 30, NOW);
        assertEquals(Map.of("1.1", "Vi arbetar\nsystematiskt."), a.answerTexts());
        a.saveAnswer(10L, "1.1", "   ", 30, NOW);
        assertEquals(Map.of(), a.answerTexts());
    }

    @Test
    void anOverLongAnswerIsRefusedAndTheOldTextStays() {
        var a = draft(AwardCategory.QUALITY_AWARD);
        a.saveAnswer(10L, "1.1", "12345", 5, NOW);
        var refused = assertThrows(ApplicationRuleException.class, () -> a.saveAnswer(10L, "1.1", "123456", 5, NOW));
        assertEquals("applications.answer.tooLong", refused.getMessageKey());
        assertEquals("12345", a.answerTexts().get("1.1"));
    }

    @Test
    void submittingFreezesTheContent() {
        var a = draft(AwardCategory.QUALITY_AWARD);
        a.submit("KS 2026/1", 1, NOW);
        assertEquals(ApplicationStatus.SUBMITTED, a.getStatus());
        assertEquals("KS 2026/1", a.getRegistrationNumber());
        assertEquals(NOW, a.getSubmittedAt());
        assertEquals("applications.frozen",
                assertThrows(ApplicationRuleException.class, () -> a.saveAnswer(10L, "1.1", "x", 5, NOW)).getMessageKey());
        assertEquals("applications.submit.already",
                assertThrows(ApplicationRuleException.class, () -> a.submit("KS 2026/2", 2, NOW)).getMessageKey());
        assertEquals("KS 2026/1", a.getRegistrationNumber());
    }

    @Test
    void reopeningRecordsTheReasonAndKeepsTheNumber() {
        var a = draft(AwardCategory.QUALITY_AWARD);
        a.submit("KS 2026/1", 1, NOW);
        assertThrows(ApplicationRuleException.class, () -> a.reopen(" ", "admin", NOW));
        a.reopen("Fel bilaga", "admin@kvalitet.demo", NOW);
        assertEquals(ApplicationStatus.DRAFT, a.getStatus());
        assertEquals("Fel bilaga", a.getReopenings().get(0).getReason());
        a.saveAnswer(10L, "1.1", "rättat", 30, NOW);
        a.submit("KS 2026/9", 9, NOW.plusSeconds(60));
        assertEquals("KS 2026/1", a.getRegistrationNumber());
        assertEquals(1, a.getSequenceNumber());
    }

    @Test
    void withdrawingFreesThePlaceAndFreezes() {
        var a = draft(AwardCategory.RENEWAL_PRIZE);
        a.withdraw(NOW);
        assertEquals(ApplicationStatus.WITHDRAWN, a.getStatus());
        assertFalse(a.getStatus().isActive());
        assertEquals("applications.withdrawn", assertThrows(ApplicationRuleException.class,
                () -> a.describeRenewal(new RenewalFields(), NOW)).getMessageKey());
        assertThrows(ApplicationRuleException.class, () -> a.withdraw(NOW));
    }

    @Test
    void aReleasedReportEndsTheApplicationAsFeedbackReleasedOnlyOnceReviewed() {
        var drafted = draft(AwardCategory.QUALITY_AWARD);
        assertThrows(ApplicationRuleException.class, () -> drafted.feedbackReleased(NOW), "no report on a draft");
        var submitted = draft(AwardCategory.QUALITY_AWARD);
        submitted.submit("KS 2026/1", 1, NOW);
        assertThrows(ApplicationRuleException.class, () -> submitted.feedbackReleased(NOW), "nor before review");
        assertEquals(ApplicationStatus.SUBMITTED, submitted.getStatus());
        for (var before : new ApplicationStatus[]{ApplicationStatus.UNDER_REVIEW, ApplicationStatus.SITE_VISIT,
                ApplicationStatus.DECIDED}) {
            var a = draft(AwardCategory.QUALITY_AWARD);
            a.submit("KS 2026/2", 2, NOW);
            a.moveTo(ApplicationStatus.UNDER_REVIEW);
            if (before != ApplicationStatus.UNDER_REVIEW) {
                a.moveTo(before);
            }
            a.feedbackReleased(NOW);
            assertEquals(ApplicationStatus.FEEDBACK_RELEASED, a.getStatus(), "from " + before);
            a.feedbackReleased(NOW);
            assertEquals(ApplicationStatus.FEEDBACK_RELEASED, a.getStatus(), "a second release changes nothing");
        }
    }

    @Test
    void onlyADraftLapsesWhenItsCycleCloses() {
        var a = draft(AwardCategory.QUALITY_AWARD);
        a.lapse(NOW);
        assertEquals(ApplicationStatus.WITHDRAWN, a.getStatus());
        var submitted = draft(AwardCategory.QUALITY_AWARD);
        submitted.submit("KS 2026/1", 1, NOW);
        assertThrows(ApplicationRuleException.class, () -> submitted.lapse(NOW));
        assertEquals(ApplicationStatus.SUBMITTED, submitted.getStatus());
    }

    @Test
    void anApplicationInReviewCannotBeWithdrawn() {
        var a = draft(AwardCategory.QUALITY_AWARD);
        a.submit("KS 2026/1", 1, NOW);
        a.moveTo(ApplicationStatus.UNDER_REVIEW);
        assertThrows(ApplicationRuleException.class, () -> a.withdraw(NOW));
        assertThrows(ApplicationRuleException.class, () -> a.moveTo(ApplicationStatus.FEEDBACK_RELEASED));
        a.moveTo(ApplicationStatus.DECIDED);
        a.moveTo(ApplicationStatus.FEEDBACK_RELEASED);
        assertTrue(a.getStatus().isSubmitted());
    }

    @Test
    void renewalFieldsOnlyOnTheRenewalPrizeAndValidated() {
        assertEquals("applications.renewal.onlyRenewalPrize", assertThrows(ApplicationRuleException.class,
                () -> draft(AwardCategory.QUALITY_AWARD).describeRenewal(new RenewalFields(), NOW)).getMessageKey());
        var a = draft(AwardCategory.RENEWAL_PRIZE);
        var badLink = new RenewalFields("TEAM", "T", null, null, null, null, null, null, LocalDate.of(2025, 1, 1), "javascript:alert(1)");
        assertEquals("applications.renewal.filmLink.invalid",
                assertThrows(ApplicationRuleException.class, () -> a.describeRenewal(badLink, NOW)).getMessageKey());
        var tooLong = new RenewalFields("TEAM", "T", "x".repeat(RenewalFields.MAX_TEXT + 1), null, null, null, null, null, null, null);
        assertThrows(ApplicationRuleException.class, () -> a.describeRenewal(tooLong, NOW));
        a.describeRenewal(new RenewalFields("TEAM", "  Titel ", null, null, null, null, null, null, null, "https://film.example/1"), NOW);
        assertEquals("Titel", a.renewal().getTitle());
        assertNull(a.renewal().getWhatIsNew());
    }

    @Test
    void theLastContactStays() {
        var a = draft(AwardCategory.QUALITY_AWARD);
        a.addContact(7L);
        a.addContact(8L);
        a.removeContact(7L);
        assertEquals("applications.contact.last",
                assertThrows(ApplicationRuleException.class, () -> a.removeContact(8L)).getMessageKey());
    }

    @Test
    void eligibilityNumbersOutOfRangeAreRefused() {
        var a = draft(AwardCategory.QUALITY_AWARD);
        assertThrows(ApplicationRuleException.class,
                () -> a.answerEligibility(new EligibilityAnswers(true, true, 10, 101, true, null, true), NOW));
        assertThrows(ApplicationRuleException.class,
                () -> a.answerEligibility(new EligibilityAnswers(true, true, -1, null, true, null, true), NOW));
    }
}

package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.applications.entity.ApplicationRuleException;

/**
 * Granting and revoking an extension, as a table. The cycle's deadline is 2027-03-31 16:00 in Stockholm, review
 * is planned to start 2027-04-10 (so the last possible moment is 2027-04-09 23:59:59 city time); "now" is a day
 * after the deadline unless said otherwise. Times in the table are city time.
 */
class ExtensionRulesTest {

    static final Instant CLOSES = city("2027-03-31T16:00");
    static final LocalDate REVIEW = LocalDate.of(2027, 4, 10);
    static final Instant NOW = CLOSES.plus(Duration.ofDays(1));

    static Instant city(String dateTime) {
        return dateTime == null ? null : LocalDateTime.parse(dateTime).atZone(Deadline.CITY_TIME).toInstant();
    }

    @ParameterizedTest(name = "{0} in {1}, until {2}, reason ''{3}'', review {4}, current {5} used {6} -> {7}")
    @CsvSource(nullValues = "-", value = {
            // status,   phase,              until,              reason,      review,     current,           used,  refusal
            "DRAFT,      APPLICATION_CLOSED, 2027-04-07T16:00,   Sjukdom,     2027-04-10, -,                 false, -",
            "DRAFT,      APPLICATION_OPEN,   2027-04-07T16:00,   Sjukdom,     2027-04-10, -,                 false, -",
            "DRAFT,      APPLICATION_CLOSED, 2027-04-09T23:59,   Sjukdom,     2027-04-10, -,                 false, -",
            "DRAFT,      APPLICATION_CLOSED, 2027-04-10T00:00,   Sjukdom,     2027-04-10, -,                 false, applications.extension.afterReviewStarts",
            "DRAFT,      APPLICATION_CLOSED, 2027-03-31T16:00,   Sjukdom,     2027-04-10, -,                 false, applications.extension.notAfterDeadline",
            "DRAFT,      APPLICATION_CLOSED, 2027-03-31T20:00,   Sjukdom,     2027-04-10, -,                 false, applications.extension.inThePast",
            "DRAFT,      APPLICATION_CLOSED, 2027-04-07T16:00,   ' ',         2027-04-10, -,                 false, applications.extension.reasonRequired",
            "DRAFT,      APPLICATION_CLOSED, -,                  Sjukdom,     2027-04-10, -,                 false, applications.extension.untilRequired",
            "DRAFT,      APPLICATION_CLOSED, 2027-04-07T16:00,   Sjukdom,     -,          -,                 false, applications.extension.noReviewDate",
            "SUBMITTED,  APPLICATION_CLOSED, 2027-04-07T16:00,   Sjukdom,     2027-04-10, -,                 false, applications.extension.notDraft",
            "DRAFT,      INDIVIDUAL_REVIEW,  2027-04-07T16:00,   Sjukdom,     2027-04-10, -,                 false, applications.extension.phase",
            "DRAFT,      PLANNING,           2027-04-07T16:00,   Sjukdom,     2027-04-10, -,                 false, applications.extension.phase",
            // replacing: an unused one freely, a used one only by a later date
            "DRAFT,      APPLICATION_CLOSED, 2027-04-03T16:00,   Kortare,     2027-04-10, 2027-04-07T16:00,  false, -",
            "DRAFT,      APPLICATION_CLOSED, 2027-04-08T16:00,   Längre,      2027-04-10, 2027-04-07T16:00,  true,  -",
            "DRAFT,      APPLICATION_CLOSED, 2027-04-03T16:00,   Kortare,     2027-04-10, 2027-04-07T16:00,  true,  applications.extension.usedNotEarlier",
    })
    void grantingKeepsWithinTheCyclesDeadlineAndTheStartOfReview(String status, String phase, String until, String reason,
                                                                 LocalDate review, String current, boolean used,
                                                                 String refusal) {
        var situation = new ExtensionRules.Situation(status, phase, CLOSES, review, city(current), used, NOW);
        if (refusal == null) {
            ExtensionRules.requireGrantable(situation, city(until), reason);
        } else {
            var refused = assertThrows(ApplicationRuleException.class,
                    () -> ExtensionRules.requireGrantable(situation, city(until), reason));
            assertEquals(refusal, refused.getMessageKey());
        }
    }

    @Test
    void aReasonHasAtMostAThousandCharacters() {
        var situation = new ExtensionRules.Situation("DRAFT", "APPLICATION_CLOSED", CLOSES, REVIEW, null, false, NOW);
        ExtensionRules.requireGrantable(situation, city("2027-04-07T16:00"), "x".repeat(1000));
        var refused = assertThrows(ApplicationRuleException.class,
                () -> ExtensionRules.requireGrantable(situation, city("2027-04-07T16:00"), "x".repeat(1001)));
        assertEquals("applications.extension.reasonTooLong", refused.getMessageKey());
    }

    @ParameterizedTest(name = "extension {0}, used {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "2027-04-07T16:00, false, -",
            "2027-04-07T16:00, true,  applications.extension.used",
            "-,                false, applications.extension.none",
    })
    void onlyAnUnusedExtensionIsRevoked(String current, boolean used, String refusal) {
        if (refusal == null) {
            ExtensionRules.requireRevocable(city(current), used);
        } else {
            var refused = assertThrows(ApplicationRuleException.class,
                    () -> ExtensionRules.requireRevocable(city(current), used));
            assertEquals(refusal, refused.getMessageKey());
        }
    }

    @Test
    void reviewStartsAtMidnightCityTime() {
        assertEquals(Instant.parse("2027-04-09T22:00:00Z"), ExtensionRules.reviewStarts(REVIEW));
    }
}

package se.kvalitet.examples.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.platform.errors.RuleViolation;

/** The publication and consent rules, row by row. */
class PublicationRulesTest {

    @ParameterizedTest
    @CsvSource({
            // outcome, chosen by the administrator, may prepare
            "WINNER,false,true", "HONOURABLE_MENTION,false,true", "NOT_AWARDED,false,false", "NOT_AWARDED,true,true",
            "SOMETHING,true,false"})
    void preparing(String outcome, boolean chosen, boolean may) {
        assertEquals(may, PublicationRules.mayPrepare(outcome, chosen));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            // target, internal consent, public consent, warnings, acknowledged, refusal
            "INTERNAL,GIVEN,PENDING,0,false,-",
            "INTERNAL,PENDING,PENDING,0,false,examples.publish.noInternalConsent",
            "INTERNAL,REFUSED,PENDING,0,false,examples.publish.noInternalConsent",
            "INTERNAL,PENDING,GIVEN,0,false,-",
            "PUBLIC,GIVEN,PENDING,0,false,examples.publish.noPublicConsent",
            "PUBLIC,GIVEN,REFUSED,0,false,examples.publish.noPublicConsent",
            "PUBLIC,GIVEN,GIVEN,0,false,-",
            "PUBLIC,PENDING,GIVEN,0,false,-",
            "PUBLIC,GIVEN,GIVEN,2,false,examples.publish.warningsNotAcknowledged",
            "PUBLIC,GIVEN,GIVEN,2,true,-",
            "INTERNAL,GIVEN,PENDING,1,false,examples.publish.warningsNotAcknowledged",
            "DRAFT,GIVEN,GIVEN,0,false,examples.publish.noAudience"})
    void publishing(Publication target, Consent internal, Consent pub, int warnings, boolean acknowledged, String refusal) {
        assertEquals(Optional.ofNullable(refusal), PublicationRules.refusal(target, internal, pub, warnings, acknowledged));
    }

    @ParameterizedTest
    @CsvSource({
            // published, internal consent, public consent → after a consent change
            "PUBLIC,GIVEN,REFUSED,INTERNAL", "PUBLIC,REFUSED,REFUSED,DRAFT", "PUBLIC,PENDING,REFUSED,DRAFT",
            "PUBLIC,REFUSED,GIVEN,PUBLIC", "INTERNAL,REFUSED,PENDING,DRAFT", "INTERNAL,GIVEN,REFUSED,INTERNAL",
            "INTERNAL,REFUSED,GIVEN,INTERNAL", "DRAFT,GIVEN,GIVEN,DRAFT"})
    void consentChanges(Publication current, Consent internal, Consent pub, Publication after) {
        assertEquals(after, PublicationRules.afterConsentChange(current, internal, pub));
    }

    @ParameterizedTest
    @CsvSource({"PUBLIC,false,true", "PUBLIC,true,true", "INTERNAL,false,false", "INTERNAL,true,true",
            "DRAFT,false,false", "DRAFT,true,false"})
    void whoReads(Publication publication, boolean staff, boolean visible) {
        assertEquals(visible, PublicationRules.visible(publication, staff));
    }

    static GoodExample example(String outcome) {
        var facts = new GoodExample.Facts(1L, 2L, 3L, 4L, 2025, "QUALITY_AWARD", outcome, "Förskola", "PRESCHOOL",
                "Förskolan Solrosen", "Söderorts stadsdelsförvaltning", "MUNICIPAL");
        var texts = new GoodExample.Texts("Läsglädje", "Kort.", "språk, läsning, språk", null, null, null, null, null,
                null, null, false, null);
        return GoodExample.prepare(facts, false, texts, List.of(), "lasgladje", Instant.now(), "admin");
    }

    @Test
    void theRecordFollowsTheRules() {
        var e = example("WINNER");
        assertEquals(Publication.DRAFT, e.getPublication());
        assertEquals(List.of("språk", "läsning"), e.tagList());
        assertThrows(RuleViolation.class, () -> e.publish(Publication.PUBLIC, 0, false, Instant.now(), "admin"));
        assertEquals(ConsentRecord.Decision.GIVEN, e.consent(Publication.PUBLIC, true));
        e.publish(Publication.PUBLIC, 0, false, Instant.now(), "admin");
        assertEquals(Publication.PUBLIC, e.getPublication());
        assertEquals(ConsentRecord.Decision.WITHDRAWN, e.consent(Publication.PUBLIC, false));
        assertEquals(Publication.DRAFT, e.getPublication(), "withdrawal unpublishes publicly, no internal consent either");
        assertEquals(ConsentRecord.Decision.REFUSED, e.consent(Publication.INTERNAL, false));
        assertThrows(RuleViolation.class, e::unpublish);
        assertThrows(RuleViolation.class, () -> example("NOT_AWARDED"));
    }

    @Test
    void theSummaryHasAtMostFiveHundredCharactersAndTheAddressStays() {
        var e = example("WINNER");
        var tooLong = new GoodExample.Texts("Ny rubrik", "x".repeat(501), null, null, null, null, null, null, null, null,
                false, null);
        var violation = assertThrows(RuleViolation.class, () -> e.edit(tooLong));
        assertEquals("examples.edit.summaryTooLong", violation.getMessageKey());
        e.edit(new GoodExample.Texts("Ny rubrik", "x".repeat(500), null, null, null, null, null, null, null, null,
                false, "https://film.example/1"));
        assertEquals("Ny rubrik", e.getTitle());
        assertEquals("lasgladje", e.getSlug());
        assertThrows(RuleViolation.class, () -> e.edit(new GoodExample.Texts("T", null, null, null, null, null, null,
                null, null, null, false, "javascript:alert(1)")));
    }
}

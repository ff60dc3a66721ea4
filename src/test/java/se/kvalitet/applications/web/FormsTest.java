package se.kvalitet.applications.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.kvalitet.applications.boundary.EligibilityDraft;
import se.kvalitet.applications.boundary.RenewalDraft;

/** What the writing page sends is what the writer typed, counted the way the counter counts it. */
class FormsTest {

    @Test
    void aLineBreakIsOneCharacterWhateverTheBrowserSends() {
        assertEquals("a\nb\nc", Written.normalized("a\r\nb\rc"));
        assertEquals(5, Written.length("a\r\nb\r\nc"));
        assertNull(Written.normalized(" \r\n "), "blank is no answer");
        assertEquals(0, Written.length(null));
    }

    @Test
    void renewalFieldsGoBackAsTheyCame() {
        var draft = new RenewalDraft("PROJECT", "Titel", "Bakgrund", "Nytt", "Resultat", "Spridning", "Hållbart", "Mål",
                LocalDate.of(2025, 3, 1), "https://example.org/film");
        assertEquals(draft, RenewalForm.of(draft).toDraft());
    }

    @Test
    void renewalTextsAreNormalized() {
        var form = RenewalForm.of(null);
        form.getTexts().put("whatIsNew", "rad ett\r\nrad två");
        form.setTitle("   ");
        var draft = form.toDraft();
        assertEquals("rad ett\nrad två", draft.whatIsNew());
        assertNull(draft.title());
        assertNull(draft.backgroundAndChallenge());
    }

    @Test
    void eligibilityYesNoAndUnanswered() {
        var draft = new EligibilityDraft(true, false, 17, null, null, 2023, true);
        var form = EligibilityForm.of(draft);
        assertEquals("true", form.getYesNo().get("managerResponsibility"));
        assertEquals("false", form.getYesNo().get("businessPlan"));
        assertEquals("", form.getYesNo().get("reportedToBoard"), "not answered");
        assertEquals(draft, form.toDraft());
        form.getYesNo().put("businessPlan", "");
        assertNull(form.toDraft().businessPlan());
    }
}

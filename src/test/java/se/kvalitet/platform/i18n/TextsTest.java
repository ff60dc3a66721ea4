package se.kvalitet.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void looksUpTheKeyInTheBundleNamedByItsFirstSegmentInTheRequestedLanguage() {
        assertEquals("Det finns inget utmärkelseår med id 42.", Texts.text(Texts.SWEDISH, "cycle.notFound.id", 42L));
        assertEquals("There is no award cycle with the id 42.", Texts.text(Texts.ENGLISH, "cycle.notFound.id", 42L));
    }

    @Test
    void fallsBackToTheCommonBundle() {
        assertEquals("Sparat.", Texts.text(Texts.SWEDISH, "saved"));
        assertEquals("Saved.", Texts.text(Texts.ENGLISH, "saved"));
    }

    @Test
    void aLocalizableArgumentIsPutInAsItsOwnTextInTheSameLanguage() {
        Localizable closed = () -> "cycle.phase.APPLICATION_CLOSED";
        assertEquals("Utmärkelseåret 2027 är i fasen " + Texts.text(Texts.SWEDISH, "cycle.phase.APPLICATION_CLOSED")
                        + ". Följ upp och gå vidare till nästa fas när det är dags.",
                Texts.text(Texts.SWEDISH, "start.admin.phase", 2027, closed));
        assertTrue(Texts.text(Texts.ENGLISH, "start.admin.phase", 2027, closed)
                .contains(Texts.text(Texts.ENGLISH, "cycle.phase.APPLICATION_CLOSED")));
    }

    @Test
    void aMissingKeyShowsAsTheKey() {
        assertEquals("cycle.no.such.key", Texts.text(Texts.ENGLISH, "cycle.no.such.key"));
    }

    @Test
    void numbersAreNotGroupedWhenThePatternSaysSo() {
        assertEquals("Det finns ingen enhet med id 123456.", Texts.text(Texts.SWEDISH, "organizations.unit.notFound", 123456L));
    }

    @Test
    void thePreferredLanguageIsTheFirstAcceptableOneWeHaveTextsIn() {
        assertEquals(Texts.ENGLISH, Texts.preferred(List.of(Locale.GERMAN, Locale.UK, Texts.SWEDISH)));
        assertEquals(Texts.SWEDISH, Texts.preferred(List.of(Locale.forLanguageTag("sv-FI"), Locale.ENGLISH)));
    }

    @Test
    void swedishIsTheDefault() {
        assertEquals(Texts.SWEDISH, Texts.preferred(List.of()));
        assertEquals(Texts.SWEDISH, Texts.preferred(null));
        assertEquals(Texts.SWEDISH, Texts.preferred(List.of(Locale.FRENCH, new Locale("*"))));
    }

    @Test
    void bundlesFollowTheKeyPrefix() {
        assertArrayEquals(new String[]{"i18n.cycles", "i18n.common"}, Texts.bundlesFor("cycle.phase.PLANNING"));
        assertArrayEquals(new String[]{"i18n.api", "i18n.common"}, Texts.bundlesFor("api.problem.404.title"));
        assertArrayEquals(new String[]{"i18n.saved", "i18n.common"}, Texts.bundlesFor("saved"));
    }
}

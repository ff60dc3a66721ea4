package se.kvalitet.examples.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishTextTest {

    static Set<String> stems(String word) {
        var tokens = SwedishText.tokens(word);
        assertEquals(1, tokens.size(), word);
        return tokens.get(0).stems();
    }

    @ParameterizedTest
    @CsvSource({"barnen,barn", "barnens,barn", "förskolornas,förskola", "förskolan,förskolor", "resultaten,resultat",
            "skolan,skolor", "bibliotekets,biblioteket", "eleverna,elever", "utvecklingen,utveckling", "arbetar,arbete"})
    void inflectedFormsMatch(String one, String other) {
        assertTrue(Ranking.matchKind(stems(one), stems(other)) == Ranking.EXACT, one + " ~ " + other);
    }

    @ParameterizedTest
    @CsvSource({"utveckling,utvecklingsarbete", "förskola,förskolebarn", "läsning,läsningsprojekt"})
    void aQueryWordFindsTheCompoundItBegins(String query, String compound) {
        assertEquals(Ranking.PREFIX, Ranking.matchKind(stems(query), stems(compound)), query + " in " + compound);
    }

    @Test
    void differentWordsDoNotMatch() {
        assertEquals(Ranking.NONE, Ranking.matchKind(stems("skola"), stems("vård")));
        // short stems do not match as the start of a longer word
        assertEquals(Ranking.NONE, Ranking.matchKind(Set.of("bar"), Set.of("barriär")));
    }

    @Test
    void stopWordsAreDroppedAndTextIsLowerCased() {
        var tokens = SwedishText.tokens("Och att BARNEN som läser");
        assertEquals(List.of("barnen", "läser"), tokens.stream().map(SwedishText.Token::word).toList());
        assertEquals(8, tokens.get(0).start());
        assertEquals(14, tokens.get(0).end());
        assertEquals(List.of(), SwedishText.tokens("  "));
        assertEquals(List.of(), SwedishText.tokens(null));
    }

    @Test
    void stemsAreDistinct() {
        assertNotEquals(0, SwedishText.stems("barn").size());
        assertEquals(Set.copyOf(SwedishText.stems("barnen")).size(), SwedishText.stems("barnen").size());
    }
}

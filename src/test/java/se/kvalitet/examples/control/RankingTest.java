package se.kvalitet.examples.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingTest {

    static List<Set<String>> query(String text) {
        return SwedishText.tokens(text).stream().map(SwedishText.Token::stems).toList();
    }

    static Map<String, String> record(String title, String done) {
        var texts = new LinkedHashMap<String, String>();
        texts.put("title", title);
        texts.put("done", done);
        return texts;
    }

    static List<Long> rank(String q, Map<Long, Map<String, String>> records) {
        var rows = new ArrayList<Ranking.Row>();
        records.forEach((id, texts) -> rows.addAll(IndexTerms.of(id, texts)));
        return Ranking.rank(query(q), rows, records.keySet(), records.size()).stream().map(Ranking.Scored::exampleId).toList();
    }

    @Test
    void inflectedFormsAndCompoundsAreFound() {
        var records = Map.of(1L, record("Språk i vardagen", "Förskolornas utvecklingsarbete med barnen"),
                2L, record("Trygg hemtjänst", "Äldre får samma personal varje dag"));
        assertEquals(List.of(1L), rank("förskola", records));
        assertEquals(List.of(1L), rank("utveckling", records));
        assertEquals(List.of(1L), rank("barn", records));
        assertEquals(List.of(1L), rank("förskola utveckling", records));
        assertEquals(List.of(2L), rank("hemtjänsten", records));
    }

    @Test
    void everyQueryWordMustMatch() {
        var records = Map.of(1L, record("Läsglädje", "Barnen läser varje dag"), 2L, record("Trygghet", "Barnen leker ute"));
        assertEquals(List.of(1L), rank("barn läsa", records));
        assertEquals(List.of(), rank("barn simning", records));
    }

    @Test
    void aTitleHitOutranksAHitInTheRunningText() {
        var records = new LinkedHashMap<Long, Map<String, String>>();
        records.put(1L, record("Trygg hemtjänst", "Vi arbetar med läsning för de äldre"));
        records.put(2L, record("Läsning i förskolan", "Vi arbetar med språk"));
        assertEquals(List.of(2L, 1L), rank("läsning", records));
    }

    @Test
    void anExactHitOutranksACompoundHitAndRareWordsCountMore() {
        var records = new LinkedHashMap<Long, Map<String, String>>();
        records.put(1L, record("Utvecklingsarbete", "text"));
        records.put(2L, record("Utveckling", "text"));
        assertEquals(List.of(2L, 1L), rank("utveckling", records));
        var common = new LinkedHashMap<Long, Map<String, String>>();
        common.put(1L, record("a", "barn barn"));
        common.put(2L, record("b", "barn simning"));
        common.put(3L, record("c", "barn"));
        // "simning" is rare: the record with it ranks first for "barn simning" (the only one matching both)
        assertEquals(List.of(2L), rank("barn simning", common));
        var scores = Ranking.rank(query("barn"), IndexTerms.of(1L, Map.of("done", "barn barn barn")), Set.of(1L), 3);
        assertTrue(scores.get(0).score() > 0);
    }

    @Test
    void recordsTheCallerMayNotSeeAreLeftOut() {
        var rows = IndexTerms.of(7L, Map.of("title", "Förskola"));
        assertEquals(List.of(), Ranking.rank(query("förskola"), rows, Set.of(8L), 1));
    }
}

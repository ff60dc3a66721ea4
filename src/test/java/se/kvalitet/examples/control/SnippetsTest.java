package se.kvalitet.examples.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    static List<Set<String>> query(String text) {
        return SwedishText.tokens(text).stream().map(SwedishText.Token::stems).toList();
    }

    @Test
    void matchingWordsAreMarkedAndTheTextEscaped() {
        String snippet = Snippets.of("Förskolornas <b>utvecklingsarbete</b> & barnen", query("förskola barn"));
        assertEquals("<mark>Förskolornas</mark> &lt;b&gt;utvecklingsarbete&lt;/b&gt; &amp; <mark>barnen</mark>", snippet);
    }

    @Test
    void longTextsAreCutAroundTheFirstHit() {
        String text = "Inledning ".repeat(40) + "Här läser barnen varje dag. " + "Avslutning ".repeat(40);
        String snippet = Snippets.of(text, query("läsa"));
        assertTrue(snippet.startsWith("… "), snippet);
        assertTrue(snippet.endsWith(" …"), snippet);
        assertTrue(snippet.contains("<mark>läser</mark>"), snippet);
        assertTrue(snippet.length() < text.length());
    }

    @Test
    void noHitNoSnippet() {
        assertNull(Snippets.of("Trygg hemtjänst", query("förskola")));
        assertNull(Snippets.of(null, query("förskola")));
    }

    @Test
    void slugsAreReadableAndStable() {
        assertEquals("lasgladje-i-forskolan-solrosen", Slugs.of("Läsglädje i Förskolan Solrosen!"));
        assertEquals("exempel", Slugs.of("!!!"));
        assertTrue(Slugs.of("a".repeat(300)).length() <= 80);
    }
}

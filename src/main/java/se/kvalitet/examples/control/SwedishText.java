package se.kvalitet.examples.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Swedish text as the library's search sees it, the same at index time and at query time: Lucene's standard
 * tokenizer (Unicode word boundaries), lower-casing and its Swedish stop words ("och", "att", "som" …), then each
 * word's <em>stems</em>: the Snowball Swedish stem, Lucene's light Swedish stem and the Snowball stem of the light
 * one. One stemmer alone misses forms the other catches (Snowball keeps "förskolan" and "skolan" whole; the light
 * stemmer cuts "barn" to "bar" but "barnen" to "barn"), so two words match when their stem sets meet:
 * "barnen" and "barn" share {@code barn}, "förskolornas" and "förskola" share {@code förskol}, "resultaten" and
 * "resultat" share {@code result}. Compounds stay whole ("utvecklingsarbete"); {@link Ranking} lets a query
 * stem of at least {@link #MIN_PREFIX} letters match the start of a longer stem, so "utveckling" finds it.
 */
public final class SwedishText {

    /** One word of a text: its stems and where the original word stands (for highlighting). */
    public record Token(String word, Set<String> stems, int start, int end) {

        /** Whether this word matches any of {@code query}'s stems, exactly or as the start of a compound. */
        public boolean matches(Token query) {
            return Ranking.matchKind(query.stems(), stems) != Ranking.NONE;
        }
    }

    /** A query stem matches the start of a longer indexed stem only from this length (no "bar" → "barriär"). */
    public static final int MIN_PREFIX = 4;

    /** Longest stem kept; longer "words" (hashes, URLs) are not worth indexing. */
    static final int MAX_TERM = 100;

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(source, stream);
        }
    };

    private SwedishText() {
    }

    /** The analysed words of {@code text} in order (empty for null or blank). */
    public static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = WORDS.tokenStream("text", new StringReader(text))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (!word.isEmpty() && word.length() <= MAX_TERM) {
                    tokens.add(new Token(word, stems(word), offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The stems of one lower-cased word: Snowball, light, and Snowball of light (distinct, in that order). */
    public static Set<String> stems(String word) {
        var stems = new LinkedHashSet<String>();
        String snowball = snowball(word);
        char[] chars = word.toCharArray();
        String light = new String(chars, 0, new SwedishLightStemmer().stem(chars, chars.length));
        stems.add(snowball);
        stems.add(light);
        stems.add(snowball(light));
        stems.removeIf(String::isEmpty);
        return stems;
    }

    private static String snowball(String word) {
        var stemmer = new SwedishStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}

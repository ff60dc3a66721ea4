package se.kvalitet.examples.control;

import java.util.List;
import java.util.Set;

/**
 * The highlighted snippet of a search hit: the stretch of a text around its first matching word, HTML-escaped,
 * with every matching word in {@code <mark>}. The text is escaped here, so the snippet is safe to render as HTML.
 */
public final class Snippets {

    static final int RADIUS = 90;

    private Snippets() {
    }

    /** A snippet of {@code text} for the query's words, or null when no word of the text matches. */
    public static String of(String text, List<Set<String>> queryWords) {
        if (text == null || queryWords.isEmpty()) {
            return null;
        }
        var matching = SwedishText.tokens(text).stream().filter(t -> queryWords.stream()
                .anyMatch(q -> Ranking.matchKind(q, t.stems()) != Ranking.NONE)).toList();
        if (matching.isEmpty()) {
            return null;
        }
        int from = Math.max(0, matching.get(0).start() - RADIUS);
        int to = Math.min(text.length(), matching.get(0).end() + 2 * RADIUS);
        // widen to word boundaries
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        var out = new StringBuilder(from > 0 ? "… " : "");
        int at = from;
        for (var token : matching) {
            if (token.start() < from || token.end() > to) {
                continue;
            }
            out.append(escape(text.substring(at, token.start()))).append("<mark>")
                    .append(escape(text.substring(token.start(), token.end()))).append("</mark>");
            at = token.end();
        }
        out.append(escape(text.substring(at, to)));
        if (to < text.length()) {
            out.append(" …");
        }
        return out.toString();
    }

    static String escape(String s) {
        var out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

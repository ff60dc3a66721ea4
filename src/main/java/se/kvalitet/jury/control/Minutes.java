package se.kvalitet.jury.control;

import java.util.List;

/**
 * The minutes of a cycle's jury meeting in plain values, ready to print: attendance, recusals, decisions,
 * motivations and votes. The boundary fills it as the reader may see it (blind mode, recusal).
 */
public record Minutes(String language, String cycleName, String chair, String held, List<String> present,
                      List<String> absent, List<ClassMinutes> classes, String announced) {

    public record ClassMinutes(String heading, List<Item> items, boolean noWinner) {
    }

    /** One application: label, place, decision and motivation (localized), votes ("name: outcome"), recusals. */
    public record Item(String label, Integer rank, String decision, String motivation, List<String> votes,
                       List<String> recused) {
    }
}

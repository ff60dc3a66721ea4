package se.kvalitet.examiners.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a calibration exercise. An examiner's deviation on a criterion is their score minus the
 * reference score (positive: scored higher than the reference). The group's spread per criterion is taken over the
 * submitted scorings: the lowest and highest deviation, the mean deviation and the mean absolute deviation (how far
 * off the group is on average, whichever way). Pure and table-tested; means are rounded to one decimal.
 */
public final class Deviations {

    /** An examiner's deviation per criterion, in the exercise's order. */
    public static List<Integer> of(List<Integer> scores, List<Integer> references) {
        if (scores.size() != references.size()) {
            throw new IllegalArgumentException("a score per criterion");
        }
        var deviations = new ArrayList<Integer>();
        for (int i = 0; i < scores.size(); i++) {
            deviations.add(scores.get(i) == null ? null : scores.get(i) - references.get(i));
        }
        return deviations;
    }

    /** The group's spread on one criterion; {@code count} 0 when nobody has submitted. */
    public record Spread(int count, int lowest, int highest, double mean, double meanAbsolute) implements Serializable {
    }

    /**
     * The spread per criterion over everyone's deviations ({@code deviations}: one list per examiner, each in the
     * exercise's order; a null deviation, a criterion not scored, is left out).
     */
    public static List<Spread> spread(List<List<Integer>> deviations, int criteria) {
        var spreads = new ArrayList<Spread>();
        for (int c = 0; c < criteria; c++) {
            int count = 0;
            int lowest = Integer.MAX_VALUE;
            int highest = Integer.MIN_VALUE;
            long sum = 0;
            long absolute = 0;
            for (var examiner : deviations) {
                Integer d = examiner.get(c);
                if (d == null) {
                    continue;
                }
                count++;
                lowest = Math.min(lowest, d);
                highest = Math.max(highest, d);
                sum += d;
                absolute += Math.abs(d);
            }
            spreads.add(count == 0 ? new Spread(0, 0, 0, 0, 0)
                    : new Spread(count, lowest, highest, round(sum, count), round(absolute, count)));
        }
        return spreads;
    }

    /** An examiner's own mean absolute deviation over the criteria they scored (0 when none). */
    public static double meanAbsolute(List<Integer> deviations) {
        long sum = 0;
        int count = 0;
        for (Integer d : deviations) {
            if (d != null) {
                sum += Math.abs(d);
                count++;
            }
        }
        return count == 0 ? 0 : round(sum, count);
    }

    private static double round(long sum, int count) {
        return Math.round(sum * 10.0 / count) / 10.0;
    }

    private Deviations() {
    }
}

package se.kvalitet.consensus.control;

import java.util.List;
import java.util.Objects;

/**
 * Calibration practice: the spread of a criterion is the highest minus the lowest individual score, and a
 * spread at or above the model's threshold (30 points on percent scales, 2 steps on 1–5 by default) puts the
 * criterion first on the consensus agenda. One score or none has no spread.
 */
public final class Spread {

    private Spread() {
    }

    public static int of(List<Integer> scores) {
        var present = scores.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
        if (present.length < 2) {
            return 0;
        }
        int max = Integer.MIN_VALUE;
        int min = Integer.MAX_VALUE;
        for (int s : present) {
            max = Math.max(max, s);
            min = Math.min(min, s);
        }
        return max - min;
    }

    public static boolean flagged(List<Integer> scores, int threshold) {
        return of(scores) >= threshold;
    }
}
